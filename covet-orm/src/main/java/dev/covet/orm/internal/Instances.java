package dev.covet.orm.internal;

import dev.covet.orm.Model;
import dev.covet.orm.query.Expression;

import java.util.Map;
import java.util.Set;

/**
 * Covet's bookkeeping on model instances (Django's {@code _state}): whether an instance is new, which
 * database it came from, which fields were deferred, whether it loads relations strictly, and the
 * caches of its annotations and prefetched relations. The state lives in fields of {@link Model};
 * this class reaches them for Covet's other packages. Not for application code.
 */
public final class Instances {
    private static Access access;

    private Instances() {
    }

    /** What {@link Model} offers Covet's internals. */
    public interface Access {
        /**
         * Is {@code m} new, not yet saved nor loaded (Django's {@code _state.adding})?
         *
         * @param m the instance
         * @return true for a new instance
         */
        boolean isAdding(Model m);

        /**
         * Marks {@code m} as new or as saved.
         *
         * @param m the instance
         * @param adding true for new, false once saved or loaded
         */
        void setAdding(Model m, boolean adding);

        /**
         * The database {@code m} was loaded from or saved to (Django's {@code _state.db}).
         *
         * @param m the instance
         * @return the database's alias, or null when it has none yet
         */
        String database(Model m);

        /**
         * Sets the database {@code m} belongs to.
         *
         * @param m the instance
         * @param alias the database's alias
         */
        void setDatabase(Model m, String alias);

        /**
         * The fields of {@code m} not loaded yet ({@code defer()}, {@code only()}).
         *
         * @param m the instance
         * @return the deferred field names, empty when every field is loaded
         */
        Set<String> deferred(Model m);

        /**
         * Sets the fields of {@code m} not loaded yet.
         *
         * @param m the instance
         * @param deferred the deferred field names
         */
        void setDeferred(Model m, Set<String> deferred);

        /**
         * Does {@code m} load relations strictly?
         *
         * @param m the instance
         * @return true when strict
         */
        boolean isStrict(Model m);

        /**
         * Sets whether {@code m} loads relations strictly.
         *
         * @param m the instance
         * @param strict true for strict
         */
        void setStrict(Model m, boolean strict);

        /**
         * The instance's annotation values, created on demand when {@code create}.
         *
         * @param m the instance
         * @param create whether to create the map when the instance has none yet
         * @return the values by name; null when there are none and {@code create} is false
         */
        Map<String, Object> annotations(Model m, boolean create);

        /**
         * The instance's cache of related objects (prefetches, reverse one-to-ones), created on demand.
         *
         * @param m the instance
         * @param create whether to create the map when the instance has none yet
         * @return the related objects by name; null when there are none and {@code create} is false
         */
        Map<String, Object> related(Model m, boolean create);

        /**
         * The expressions {@link Model#setExpression} left for the next save of {@code m}.
         *
         * @param m the instance
         * @return the expressions by field name; null when there are none
         */
        Map<String, Expression> pendingExpressions(Model m);

        /**
         * Forgets the expressions left for the next save of {@code m}, once the save has applied them.
         *
         * @param m the instance
         */
        void clearPendingExpressions(Model m);
    }

    /**
     * Called once, by {@link Model}'s static initializer.
     *
     * @param a the model's accessor
     * @throws IllegalStateException if an accessor is installed already
     */
    public static void install(Access a) {
        if (access != null) {
            throw new IllegalStateException("already installed");
        }
        access = a;
    }

    /**
     * Is {@code m} new, not yet saved nor loaded (Django's {@code _state.adding})?
     *
     * @param m the instance
     * @return true for a new instance
     */
    public static boolean isAdding(Model m) {
        return access.isAdding(m);
    }

    /**
     * Marks {@code m} as new or as saved.
     *
     * @param m the instance
     * @param adding true for new, false once saved or loaded
     */
    public static void setAdding(Model m, boolean adding) {
        access.setAdding(m, adding);
    }

    /**
     * The database {@code m} was loaded from or saved to (Django's {@code _state.db}).
     *
     * @param m the instance
     * @return the database's alias, or null when it has none yet
     */
    public static String database(Model m) {
        return access.database(m);
    }

    /**
     * Marks an instance as loaded from (or saved to) {@code alias}.
     *
     * @param m the instance, which is no longer new
     * @param alias the database's alias
     */
    public static void loaded(Model m, String alias) {
        access.setAdding(m, false);
        access.setDatabase(m, alias);
    }

    /**
     * The fields of {@code m} not loaded yet ({@code defer()}, {@code only()}).
     *
     * @param m the instance
     * @return the deferred field names, empty when every field is loaded
     */
    public static Set<String> deferred(Model m) {
        return access.deferred(m);
    }

    /**
     * Sets the fields of {@code m} not loaded yet.
     *
     * @param m the instance
     * @param deferred the deferred field names
     */
    public static void setDeferred(Model m, Set<String> deferred) {
        access.setDeferred(m, deferred);
    }

    /**
     * Does {@code m} load relations strictly?
     *
     * @param m the instance
     * @return true when strict
     */
    public static boolean isStrict(Model m) {
        return access.isStrict(m);
    }

    /**
     * Sets whether {@code m} loads relations strictly.
     *
     * @param m the instance
     * @param strict true for strict
     */
    public static void setStrict(Model m, boolean strict) {
        access.setStrict(m, strict);
    }

    /**
     * The annotation values of {@code m}, created on demand when {@code create}.
     *
     * @param m the instance
     * @param create whether to create the map when the instance has none yet
     * @return the values by name; null when there are none and {@code create} is false
     */
    public static Map<String, Object> annotations(Model m, boolean create) {
        return access.annotations(m, create);
    }

    /**
     * The cache of related objects of {@code m} (prefetches, reverse one-to-ones), created on demand.
     *
     * @param m the instance
     * @param create whether to create the map when the instance has none yet
     * @return the related objects by name; null when there are none and {@code create} is false
     */
    public static Map<String, Object> related(Model m, boolean create) {
        return access.related(m, create);
    }

    /**
     * The expressions {@link Model#setExpression} left for the next save of {@code m}.
     *
     * @param m the instance
     * @return the expressions by field name; null when there are none
     */
    public static Map<String, Expression> pendingExpressions(Model m) {
        return access.pendingExpressions(m);
    }

    /**
     * Forgets the expressions left for the next save of {@code m}, once the save has applied them.
     *
     * @param m the instance
     */
    public static void clearPendingExpressions(Model m) {
        access.clearPendingExpressions(m);
    }
}
