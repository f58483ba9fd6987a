package dev.covet.orm.internal.persist;

import dev.covet.orm.meta.Entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The signals Covet sends as models are made, saved, deleted and updated, and as many-to-many relations
 * change, as the code that sends them sees them: the signal package, which sits above the face, installs the
 * implementation that turns each call into an event for its receivers. Until it does, no receiver can have
 * connected (connecting loads it), and nothing is sent. Thread-safe.
 *
 * <p>A sender asks {@link #hears} first, which is cheap enough to ask per row, and builds what it sends only
 * when a receiver would get it.
 */
public abstract class Lifecycle {
    /** The signals, one per signal Covet sends. */
    public enum Kind {
        /** {@code pre_init}: at the start of a model's constructor. */
        PRE_INIT,
        /** {@code post_init}: an instance was filled (loaded, {@code fromDict}, {@code create}). */
        POST_INIT,
        /** {@code pre_save}. */
        PRE_SAVE,
        /** {@code post_save}. */
        POST_SAVE,
        /** {@code pre_delete}, per object. */
        PRE_DELETE,
        /** {@code post_delete}, per object. */
        POST_DELETE,
        /** {@code pre_update}, per {@code QuerySet.update()} statement. */
        PRE_UPDATE,
        /** {@code post_update}, per {@code QuerySet.update()} statement. */
        POST_UPDATE,
        /** {@code m2m_changed}. */
        M2M_CHANGED
    }

    /** What changed in a many-to-many relation, and whether before or after ({@code M2MChangedEvent.Action}'s constants). */
    public enum M2mAction {
        /** Rows are about to be added. */
        PRE_ADD,
        /** Rows were added. */
        POST_ADD,
        /** Rows are about to be removed. */
        PRE_REMOVE,
        /** Rows were removed. */
        POST_REMOVE,
        /** Every row of the relation is about to be removed. */
        PRE_CLEAR,
        /** Every row of the relation was removed. */
        POST_CLEAR
    }

    private static final Lifecycle SILENT = new Lifecycle() {
        @Override
        public boolean hears(Kind kind, Class<?> sender) {
            return false;
        }

        @Override
        public void init(Kind kind, Entity instance) {
        }

        @Override
        public void save(Kind kind, Entity instance, boolean created, List<String> updateFields, String database) {
        }

        @Override
        public void delete(Kind kind, Entity instance, String database) {
        }

        @Override
        public void update(Kind kind, Class<?> sender, Map<String, Object> values, int rowCount, String sql, String database) {
        }

        @Override
        public void m2mChanged(Class<?> sender, Entity instance, M2mAction action, boolean reverse, Class<?> model,
                               Set<Object> keys, String database) {
        }
    };

    private static volatile Lifecycle current = SILENT;

    /** For the one implementation, in the signal package. */
    protected Lifecycle() {
    }

    /**
     * The installed lifecycle, or one that hears nothing.
     *
     * @return the lifecycle senders report to
     */
    public static Lifecycle current() {
        return current;
    }

    /**
     * Makes {@code lifecycle} the one senders report to. For {@code dev.covet.orm.signal.Signals}, which installs its
     * implementation as it loads, before any receiver can connect; nothing else should call it.
     *
     * @param lifecycle the implementation
     */
    public static void install(Lifecycle lifecycle) {
        current = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /**
     * Would {@code kind} for {@code sender} reach a receiver? Cheap enough to ask per row.
     *
     * @param kind the signal
     * @param sender the model class (for {@code m2m_changed}: the relation's through model, or the declaring model)
     * @return true if it would
     */
    public abstract boolean hears(Kind kind, Class<?> sender);

    /**
     * Sends {@code pre_init} or {@code post_init} for {@code instance}.
     *
     * @param kind {@link Kind#PRE_INIT} or {@link Kind#POST_INIT}
     * @param instance the instance, its fields not filled yet for {@code pre_init}
     */
    public abstract void init(Kind kind, Entity instance);

    /**
     * Sends {@code pre_save} or {@code post_save}.
     *
     * @param kind {@link Kind#PRE_SAVE} or {@link Kind#POST_SAVE}
     * @param instance the instance being saved
     * @param created for {@code post_save}: whether the row was inserted
     * @param updateFields the fields being saved, or null for all
     * @param database the database's alias
     */
    public abstract void save(Kind kind, Entity instance, boolean created, List<String> updateFields, String database);

    /**
     * Sends {@code pre_delete} or {@code post_delete} for one object.
     *
     * @param kind {@link Kind#PRE_DELETE} or {@link Kind#POST_DELETE}
     * @param instance the object being (or just) deleted
     * @param database the database's alias
     */
    public abstract void delete(Kind kind, Entity instance, String database);

    /**
     * Sends {@code pre_update} or {@code post_update} for one {@code QuerySet.update()} statement.
     *
     * @param kind {@link Kind#PRE_UPDATE} or {@link Kind#POST_UPDATE}
     * @param sender the model class updated
     * @param values the values set, by field name
     * @param rowCount for {@code post_update}, the rows changed; -1 before
     * @param sql the query of the rows updated, as {@code toSql()} shows it
     * @param database the database's alias
     */
    public abstract void update(Kind kind, Class<?> sender, Map<String, Object> values, int rowCount, String sql, String database);

    /**
     * Sends {@code m2m_changed}.
     *
     * @param sender the relation's through model class, or for an automatic one the model declaring the field
     * @param instance the object whose relation changed
     * @param action what happened
     * @param reverse whether it changed from the reverse side
     * @param model the class of the objects added or removed
     * @param keys their primary keys; empty for a clear
     * @param database the database's alias
     */
    public abstract void m2mChanged(Class<?> sender, Entity instance, M2mAction action, boolean reverse, Class<?> model,
                                    Set<Object> keys, String database);
}
