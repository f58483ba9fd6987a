package dev.covet.orm.sql;

import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code count()} of a query over its model's own table, compiled once per model, dialect and registry
 * generation as SELECTs are: the {@code SELECT COUNT(*) AS "count" FROM table} part is kept, and each
 * call compiles only its WHERE. A query that joins, annotates, groups, slices, combines or is DISTINCT
 * takes the full path, which wraps it.
 */
final class CountTemplates {
    private static final int MAX_ENTRIES = 2048;
    private static final Map<Key, Template> CACHE = new ConcurrentHashMap<>();

    private CountTemplates() {
    }

    /** One model on one dialect in one registry generation. */
    record Key(ModelInfo<?> model, Dialect dialect, int generation) {
        // written out: a record's generated equals links a call site on first use, which pins virtual threads
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && model == k.model && dialect == k.dialect && generation == k.generation;
        }

        @Override
        public int hashCode() {
            return (31 * System.identityHashCode(model) + System.identityHashCode(dialect)) * 31 + generation;
        }
    }

    /** The count of every row, to which a WHERE is added. */
    record Template(CompiledAggregate all) {
        CompiledAggregate complete(Sql where) {
            if (where == WhereCompiler.EVERYTHING) {
                return all;
            }
            boolean empty = where == WhereCompiler.NOTHING;
            Sql sql = new Sql(all.sql().text() + " WHERE " + where.text(), where.params());
            return new CompiledAggregate(sql, all.names(), all.types(), empty);
        }
    }

    /** Is {@code q} counted over its own table alone, with nothing but a WHERE? */
    static boolean applies(Query q) {
        return q.tables().size() == 1 && q.model().tableParent() == null && q.values() == null && q.annotations().isEmpty()
                && !q.isDistinct() && !q.isSliced() && q.having().isEmpty() && q.combination() == null
                && q.selectRelated() == null && !WindowQualify.applies(q);
    }

    /**
     * The template for {@code q}'s model, compiled by the full path from a query without conditions;
     * null for a model whose every query has one (a single-table subclass's discriminator).
     */
    static Template template(Query q, Dialect dialect) {
        Key key = new Key(q.model(), dialect, ModelRegistry.generation());
        Template t = CACHE.get(key);
        if (t == null) {
            Query all = new Query(q.model());
            if (!all.where().isEmpty()) {
                return null;
            }
            t = new Template(AggregateCompiler.fullCount(all, dialect));
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(key, t);
        }
        return t;
    }

    /** The template kept for {@code model} on {@code dialect} in the current generation, if any (for tests). */
    static Template cached(ModelInfo<?> model, Dialect dialect) {
        return CACHE.get(new Key(model, dialect, ModelRegistry.generation()));
    }
}
