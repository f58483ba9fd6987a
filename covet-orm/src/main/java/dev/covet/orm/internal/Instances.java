package dev.covet.orm.internal;

import dev.covet.orm.Model;

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
        boolean isAdding(Model m);

        void setAdding(Model m, boolean adding);

        String database(Model m);

        void setDatabase(Model m, String alias);

        Set<String> deferred(Model m);

        void setDeferred(Model m, Set<String> deferred);

        boolean isStrict(Model m);

        void setStrict(Model m, boolean strict);

        /** The instance's annotation values, created on demand when {@code create}. */
        Map<String, Object> annotations(Model m, boolean create);

        /** The instance's cache of related objects (prefetches, reverse one-to-ones), created on demand. */
        Map<String, Object> related(Model m, boolean create);
    }

    /** Called once, by {@link Model}'s static initializer. */
    public static void install(Access a) {
        if (access != null) {
            throw new IllegalStateException("already installed");
        }
        access = a;
    }

    public static boolean isAdding(Model m) {
        return access.isAdding(m);
    }

    public static void setAdding(Model m, boolean adding) {
        access.setAdding(m, adding);
    }

    public static String database(Model m) {
        return access.database(m);
    }

    /** Marks an instance as loaded from (or saved to) {@code alias}. */
    public static void loaded(Model m, String alias) {
        access.setAdding(m, false);
        access.setDatabase(m, alias);
    }

    public static Set<String> deferred(Model m) {
        return access.deferred(m);
    }

    public static void setDeferred(Model m, Set<String> deferred) {
        access.setDeferred(m, deferred);
    }

    public static boolean isStrict(Model m) {
        return access.isStrict(m);
    }

    public static void setStrict(Model m, boolean strict) {
        access.setStrict(m, strict);
    }

    public static Map<String, Object> annotations(Model m, boolean create) {
        return access.annotations(m, create);
    }

    public static Map<String, Object> related(Model m, boolean create) {
        return access.related(m, create);
    }
}
