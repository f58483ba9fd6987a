package dev.covet.orm.sql;

import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.Query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled SELECTs kept by query shape. Most queries an application sends are a few shapes with new
 * values: a model's columns from its own table, a WHERE, an ORDER BY and a LIMIT. For those the
 * select list, FROM, ORDER BY and LIMIT are compiled once per shape; each call compiles only its
 * WHERE, whose values are parameters. Queries with joins, annotations, {@code values()},
 * DISTINCT, row locks or expressions in their ordering take the full path every time.
 */
final class SelectTemplates {
    private static final int MAX_SHAPES = 2048;
    private static final Map<Key, Template> CACHE = new ConcurrentHashMap<>();

    private SelectTemplates() {
    }

    /** Everything but the WHERE clause that decides a simple query's SQL. */
    record Key(ModelInfo<?> model, Dialect dialect, Set<String> deferred, Set<String> only,
               List<OrderBy> ordering, Long limit, long offset, int registryGeneration) {
        // Written out rather than generated: a record's generated equals and hashCode link their call
        // site on first use, which pins every virtual thread that arrives meanwhile (JFR VirtualThreadPinned)
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && model == k.model && dialect == k.dialect && offset == k.offset
                    && registryGeneration == k.registryGeneration && Objects.equals(limit, k.limit)
                    && Objects.equals(deferred, k.deferred) && Objects.equals(only, k.only) && ordering.equals(k.ordering);
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(model);
            h = 31 * h + System.identityHashCode(dialect);
            h = 31 * h + Objects.hashCode(deferred);
            h = 31 * h + Objects.hashCode(only);
            h = 31 * h + ordering.hashCode();
            h = 31 * h + Objects.hashCode(limit);
            h = 31 * h + Long.hashCode(offset);
            return 31 * h + registryGeneration;
        }
    }

    /** The SQL around the WHERE clause, and the shape of the rows. */
    record Template(String head, String tail, SelectShape shape) {
        CompiledSelect complete(Sql where, Long limit) {
            boolean empty = where == WhereCompiler.NOTHING || (limit != null && limit == 0);
            String text = where == WhereCompiler.EVERYTHING ? head + tail : head + " WHERE " + where.text() + tail;
            return new CompiledSelect(new Sql(text, where.params()), shape, empty);
        }
    }

    /**
     * The shape of {@code q} (a copy that compiling may change), or null when it is not one kept
     * here. Asks for the effective ordering only of queries that cannot gain a join from it.
     */
    static Key key(Query q, Dialect dialect) {
        if (q.values() != null || !q.annotations().isEmpty() || q.selectRelated() != null || q.isDistinct()
                || q.lock() != null || !q.having().isEmpty() || q.tables().size() != 1 || q.model().tableParent() != null) {
            return null;
        }
        List<OrderBy> ordering = q.effectiveOrdering();
        if (q.tables().size() != 1) {
            return null;
        }
        for (OrderBy o : ordering) {
            if (!o.isRandom() && !(o.expression() instanceof Col c && c.table() == 0)) {
                return null;
            }
        }
        // a single-table subclass registered later adds columns to its base's SELECT
        return new Key(q.model(), dialect, q.deferredNames(), q.onlyNames(), ordering, q.limit(), q.offset(),
                ModelRegistry.generation());
    }

    static Template get(Key key) {
        return CACHE.get(key);
    }

    static void put(Key key, Template template) {
        if (CACHE.size() >= MAX_SHAPES) {
            // a bound, not an eviction policy: an application has far fewer shapes than this
            CACHE.clear();
        }
        CACHE.put(key, template);
    }
}
