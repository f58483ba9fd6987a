package dev.covet.orm.signal;

import dev.covet.orm.internal.persist.Lifecycle;

/**
 * Covet's built-in signals.
 *
 * <table>
 * <caption>When each signal is sent</caption>
 * <tr><td>{@link #PRE_INIT}</td><td>at the start of every model constructor</td></tr>
 * <tr><td>{@link #POST_INIT}</td><td>after Covet fills an instance: loaded from the database, {@code fromDict}, {@code create}</td></tr>
 * <tr><td>{@link #PRE_SAVE} / {@link #POST_SAVE}</td><td>around {@code save()}; not for {@code bulkCreate} / {@code bulkUpdate}</td></tr>
 * <tr><td>{@link #PRE_DELETE} / {@link #POST_DELETE}</td><td>per deleted object, cascades included, for {@code delete()} on an instance or a QuerySet</td></tr>
 * <tr><td>{@link #PRE_UPDATE} / {@link #POST_UPDATE}</td><td>around {@code QuerySet.update()}, once per statement</td></tr>
 * <tr><td>{@link #M2M_CHANGED}</td><td>around many-to-many {@code add}, {@code remove}, {@code clear} (and {@code set})</td></tr>
 * </table>
 */
public final class Signals {
    /** Sent at the start of every model constructor (Django's {@code pre_init}). */
    public static final Signal<InitEvent> PRE_INIT = new Signal<>("pre_init");
    /** Sent after Covet fills an instance: loaded from the database, {@code fromDict}, {@code create} (Django's {@code post_init}). */
    public static final Signal<InitEvent> POST_INIT = new Signal<>("post_init");
    /** Sent at the start of {@code save()}, before any SQL (Django's {@code pre_save}). */
    public static final Signal<SaveEvent> PRE_SAVE = new Signal<>("pre_save");
    /** Sent at the end of {@code save()}, inside its transaction (Django's {@code post_save}). */
    public static final Signal<SaveEvent> POST_SAVE = new Signal<>("post_save");
    /** Sent for each object a delete removes, cascades included, before any SQL (Django's {@code pre_delete}). */
    public static final Signal<DeleteEvent> PRE_DELETE = new Signal<>("pre_delete");
    /** Sent for each object a delete removed, cascades included, inside its transaction (Django's {@code post_delete}). */
    public static final Signal<DeleteEvent> POST_DELETE = new Signal<>("post_delete");
    /** Sent before a {@code QuerySet.update()} statement runs. */
    public static final Signal<UpdateEvent> PRE_UPDATE = new Signal<>("pre_update");
    /** Sent after a {@code QuerySet.update()} statement ran, with the number of rows changed. */
    public static final Signal<UpdateEvent> POST_UPDATE = new Signal<>("post_update");
    /** Sent before and after many-to-many {@code add}, {@code remove}, {@code clear} and {@code set} (Django's {@code m2m_changed}). */
    public static final Signal<M2MChangedEvent> M2M_CHANGED = new Signal<>("m2m_changed");

    static {
        Lifecycle.install(new SignalLifecycle());
    }

    private Signals() {
    }
}
