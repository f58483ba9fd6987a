package dev.covet.orm.signal;

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
    public static final Signal<InitEvent> PRE_INIT = new Signal<>("pre_init");
    public static final Signal<InitEvent> POST_INIT = new Signal<>("post_init");
    public static final Signal<SaveEvent> PRE_SAVE = new Signal<>("pre_save");
    public static final Signal<SaveEvent> POST_SAVE = new Signal<>("post_save");
    public static final Signal<DeleteEvent> PRE_DELETE = new Signal<>("pre_delete");
    public static final Signal<DeleteEvent> POST_DELETE = new Signal<>("post_delete");
    public static final Signal<UpdateEvent> PRE_UPDATE = new Signal<>("pre_update");
    public static final Signal<UpdateEvent> POST_UPDATE = new Signal<>("post_update");
    public static final Signal<M2MChangedEvent> M2M_CHANGED = new Signal<>("m2m_changed");

    private Signals() {
    }
}
