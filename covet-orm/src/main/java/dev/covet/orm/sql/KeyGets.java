package dev.covet.orm.sql;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.meta.Where;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code get("pk", key)} on a model's plain QuerySet, compiled once: the SELECT the general path
 * builds for it (the key as its one parameter, no ordering, at most 21 rows) is kept per model,
 * dialect and registry generation, and each call binds only the key. No query tree is copied,
 * resolved or compiled on the way. Anything else (a condition, a slice, a deferral, a router to
 * ask, a key of another Java type) takes the general path. Thread-safe: the statements are kept in a
 * concurrent map.
 */
public final class KeyGets {
    private static final int MAX_ENTRIES = 4096;
    private static final Map<Key, Entry> CACHE = new ConcurrentHashMap<>();

    private KeyGets() {
    }

    /** One model on one dialect; identity, since both are singletons per registration and database. */
    record Key(ModelInfo<?> model, Dialect dialect) {
        // written out: a record's generated equals links a call site on first use, which pins virtual threads
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && model == k.model && dialect == k.dialect;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(model) + System.identityHashCode(dialect);
        }
    }

    /**
     * The compiled statement with its key parameter left out, for the generation it was compiled in.
     *
     * @param generation the model registry's generation it was compiled in
     * @param text the SELECT's text
     * @param shape the SELECT's shape
     * @param key the primary key field, whose parameter the text takes
     */
    public record Entry(int generation, String text, SelectShape shape, FieldInfo key) {
        /**
         * The statement with {@code key} as its parameter.
         *
         * @param key the key, as the key field stores it
         * @return the statement to run
         */
        public CompiledSelect bind(Object key) {
            return new CompiledSelect(new Sql(text, List.of(Value.of(this.key, key))), shape, false);
        }
    }

    /**
     * Does {@code lookup} name the primary key itself, compared for equality?
     *
     * @param model the model
     * @param lookup a lookup such as {@code pk} or {@code id__exact}
     * @return true for the key's equality lookup
     */
    public static boolean namesKey(ModelInfo<?> model, String lookup) {
        if (lookup == null) {
            return false;
        }
        String name = lookup.endsWith("__exact") ? lookup.substring(0, lookup.length() - "__exact".length()) : lookup;
        return name.equals("pk") || name.equals(model.pk().name());
    }

    /**
     * Is {@code value} a key as the key field stores it, so that binding it as it is gives what the
     * general path's conversion would? Only plain numbers, strings and UUIDs of the field's own type.
     *
     * @param key the primary key field
     * @param value the value looked up
     * @return true when it may be bound as it is
     */
    public static boolean isStoredKey(FieldInfo key, Object value) {
        if (value == null || key.isRelation() || key.customType() != null) {
            return false;
        }
        Class<?> type = key.javaType();
        return switch (key.storage()) {
            case INT -> value instanceof Integer && (type == Integer.class || type == int.class);
            case LONG -> value instanceof Long && (type == Long.class || type == long.class);
            case SHORT -> value instanceof Short && (type == Short.class || type == short.class);
            case STRING -> value instanceof String && type == String.class;
            case UUID -> value instanceof UUID && type == UUID.class;
            default -> false;
        };
    }

    /**
     * The statement for a get by key of {@code model} on {@code dialect}, or null when it does not fit one parameter.
     *
     * @param model the model
     * @param dialect the database's dialect
     * @param maxRows the most rows the SELECT reads
     * @return the statement, kept for later calls; null to take the general path
     */
    public static Entry entry(ModelInfo<?> model, Dialect dialect, int maxRows) {
        Key k = new Key(model, dialect);
        int generation = ModelRegistry.generation();
        Entry e = CACHE.get(k);
        if (e == null || e.generation() != generation) {
            e = compile(model, dialect, maxRows, generation);
            if (e == null) {
                return null;
            }
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(k, e);
        }
        return e;
    }

    /**
     * The entry kept for {@code model} on {@code dialect}, if any (for tests).
     *
     * @param model the model
     * @param dialect the database's dialect
     * @return the entry, or null
     */
    public static Entry cached(ModelInfo<?> model, Dialect dialect) {
        return CACHE.get(new Key(model, dialect));
    }

    private static Entry compile(ModelInfo<?> model, Dialect dialect, int maxRows, int generation) {
        FieldInfo key = model.pk();
        Object sample = switch (key.storage()) {
            case INT -> 0;
            case LONG -> 0L;
            case SHORT -> (short) 0;
            case STRING -> "";
            case UUID -> new UUID(0, 0);
            default -> null;
        };
        if (sample == null) {
            return null;
        }
        // the query the general path builds for get("pk", sample), compiled by the same compiler
        Query q = new Query(model);
        q.addFilter(Where.of("pk", sample));
        q.clearOrdering();
        q.setLimit(maxRows);
        CompiledSelect compiled = SelectCompiler.compile(q, dialect);
        if (compiled.empty() || compiled.sql().params().size() != 1 || !sample.equals(compiled.sql().params().getFirst().value())) {
            return null;
        }
        return new Entry(generation, compiled.sql().text(), compiled.shape(), key);
    }
}
