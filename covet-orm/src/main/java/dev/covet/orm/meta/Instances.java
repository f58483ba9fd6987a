package dev.covet.orm.meta;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Covet's bookkeeping on model instances (Django's {@code _state}): whether an instance is new, which
 * database it came from, which fields were deferred, whether it loads relations strictly, and the
 * caches of its annotations, prefetched relations and the expressions its next save computes. The state
 * lives in fields of {@link Entity}; this class reaches them for Covet's other packages. Not for
 * application code.
 */
public final class Instances {
    private Instances() {
    }

    /**
     * Is {@code m} new, not yet saved nor loaded (Django's {@code _state.adding})?
     *
     * @param m the instance
     * @return true for a new instance
     */
    public static boolean isAdding(Entity m) {
        return m.adding;
    }

    /**
     * Marks {@code m} as new or as saved.
     *
     * @param m the instance
     * @param adding true for new, false once saved or loaded
     */
    public static void setAdding(Entity m, boolean adding) {
        m.adding = adding;
    }

    /**
     * The database {@code m} was loaded from or saved to (Django's {@code _state.db}).
     *
     * @param m the instance
     * @return the database's alias, or null when it has none yet
     */
    public static String database(Entity m) {
        return m.database;
    }

    /**
     * Marks an instance as loaded from (or saved to) {@code alias}.
     *
     * @param m the instance, which is no longer new
     * @param alias the database's alias
     */
    public static void loaded(Entity m, String alias) {
        m.adding = false;
        m.database = alias;
    }

    /**
     * The fields of {@code m} not loaded yet ({@code defer()}, {@code only()}).
     *
     * @param m the instance
     * @return the deferred field names, empty when every field is loaded
     */
    public static Set<String> deferred(Entity m) {
        return m.deferred;
    }

    /**
     * Sets the fields of {@code m} not loaded yet.
     *
     * @param m the instance
     * @param deferred the deferred field names
     */
    public static void setDeferred(Entity m, Set<String> deferred) {
        m.deferred = deferred;
    }

    /**
     * Does {@code m} load relations strictly?
     *
     * @param m the instance
     * @return true when strict
     */
    public static boolean isStrict(Entity m) {
        return m.strict;
    }

    /**
     * Sets whether {@code m} loads relations strictly.
     *
     * @param m the instance
     * @param strict true for strict
     */
    public static void setStrict(Entity m, boolean strict) {
        m.strict = strict;
    }

    /**
     * The annotation values of {@code m}, created on demand when {@code create}.
     *
     * @param m the instance
     * @param create whether to create the map when the instance has none yet
     * @return the values by name; null when there are none and {@code create} is false
     */
    public static Map<String, Object> annotations(Entity m, boolean create) {
        if (m.annotations == null && create) {
            m.annotations = new LinkedHashMap<>();
        }
        return m.annotations;
    }

    /**
     * The cache of related objects of {@code m} (prefetches, reverse one-to-ones), created on demand.
     *
     * @param m the instance
     * @param create whether to create the map when the instance has none yet
     * @return the related objects by name; null when there are none and {@code create} is false
     */
    public static Map<String, Object> related(Entity m, boolean create) {
        if (m.related == null && create) {
            m.related = new LinkedHashMap<>();
        }
        return m.related;
    }

    /**
     * The expressions {@code Model.setExpression} left for the next save of {@code m}, created on demand
     * when {@code create}: the values the database computes, by field name.
     *
     * @param <E> the expressions' type, as the query layer knows it
     * @param m the instance
     * @param create whether to create the map when the instance has none yet
     * @return the expressions by field name; null when there are none and {@code create} is false
     */
    @SuppressWarnings("unchecked")  // only Model.setExpression puts into it, and only expressions
    public static <E> Map<String, E> pendingExpressions(Entity m, boolean create) {
        if (m.pendingExpressions == null && create) {
            m.pendingExpressions = new LinkedHashMap<>();
        }
        return (Map<String, E>) m.pendingExpressions;
    }

    /**
     * Forgets the expressions left for the next save of {@code m}, once the save has applied them.
     *
     * @param m the instance
     */
    public static void clearPendingExpressions(Entity m) {
        m.pendingExpressions = null;
    }
}
