package dev.covet.orm.sql;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Case;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.When;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Star;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles {@code count()}, {@code exists()} and {@code aggregate()}. A query that groups, is
 * distinct or sliced is wrapped as a derived table so that the aggregate sees its rows, as Django does.
 */
public final class AggregateCompiler {
    private AggregateCompiler() {
    }

    /**
     * {@code SELECT COUNT(*)} over the rows of {@code query} (Django's {@code QuerySet.count()}).
     *
     * @param query the query counted (copied, not changed)
     * @param dialect the dialect to write for
     * @return the compiled aggregate, its one value named {@code count}
     */
    public static CompiledAggregate count(Query query, Dialect dialect) {
        CountTemplates.Template template = CountTemplates.applies(query) ? CountTemplates.template(query, dialect) : null;
        if (template != null) {
            // the joins were made when the filters were added; compiling the WHERE makes none
            Query q = query.copy();
            return template.complete(WhereCompiler.compile(q.where(), new CompileContext(dialect, q, 0)));
        }
        return fullCount(query, dialect);
    }

    /** {@code SELECT COUNT(*)} compiled in full, without a template. */
    static CompiledAggregate fullCount(Query query, Dialect dialect) {
        return aggregate(query, List.of(new Aggregate(Aggregate.Function.COUNT, Star.INSTANCE, false, "count")), dialect);
    }

    /**
     * {@code SELECT 1 ... LIMIT 1}.
     *
     * @param query the query tested (copied, not changed)
     * @param dialect the dialect to write for
     * @return the compiled SELECT; its {@code empty()} is true when the filter can match no row
     */
    public static CompiledSelect exists(Query query, Dialect dialect) {
        Query q = query.copy();
        q.clearOrdering();
        q.clearSelectRelated();
        if (needsDerivedTable(q)) {
            CompiledSelect inner = SelectCompiler.compile(q, dialect);
            Sql sql = inner.sql().wrap("SELECT 1 FROM (", ") " + dialect.quote("subquery")).append(dialect.limitOffset(1L, 0));
            return new CompiledSelect(sql, inner.shape(), inner.empty());
        }
        Map<String, Expression> one = new LinkedHashMap<>();
        one.put("a", new Col(0, q.model().pk()));
        q.selectExpressions(one);
        q.clearLimits();
        q.slice(0, 1L);
        return SelectCompiler.compile(q, dialect);
    }

    /**
     * The aggregates over the rows of {@code query} (Django's {@code QuerySet.aggregate()}), through a derived
     * table when the query is sliced, distinct, combined or grouped, or when an aggregate is over an aggregate.
     *
     * @param query the query aggregated (copied, not changed)
     * @param aggregates the aggregates, each named by its alias
     * @param dialect the dialect to write for
     * @return the compiled aggregate
     * @throws FieldError if two aggregates have the same name
     */
    public static CompiledAggregate aggregate(Query query, List<Aggregate> aggregates, Dialect dialect) {
        Query q = query.copy();
        if (!q.isSliced()) {
            // order decides which rows a slice holds; otherwise it only costs
            q.clearOrdering();
        }
        q.clearSelectRelated();
        Set<String> names = new LinkedHashSet<>();
        List<Expression> sources = new ArrayList<>();
        List<Expression> filters = new ArrayList<>();
        List<OutputType> types = new ArrayList<>();
        boolean overAggregates = false;
        for (Aggregate a : aggregates) {
            String name = a.defaultAlias();
            if (!names.add(name)) {
                throw new FieldError("aggregate() names '" + name + "' twice; give each aggregate its own alias with .as(...)");
            }
            Expression source = a.resolveSource(q);
            overAggregates |= source.containsAggregate();
            sources.add(source);
            filters.add(a.resolveFilter(q));
            types.add(new Aggregate(a.function(), source, a.distinct(), name).outputType());
        }
        CompileContext ctx;
        Sql sql;
        boolean empty;
        if (overAggregates || needsDerivedTable(q)) {
            // The derived table keeps what the query selects (so DISTINCT means what it meant) and adds
            // the aggregated values it lacks; the outer SELECT aggregates over its columns by name.
            Map<String, Expression> inner = new LinkedHashMap<>();
            if (q.values() != null) {
                inner.putAll(q.values());
            } else if (q.isDistinct()) {
                inner.put("__pk", new Col(0, q.model().pk()));
            }
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Expression source = sources.get(i);
                if (filters.get(i) != null) {
                    // the derived table yields the value only where the filter holds; NULLs are not aggregated
                    Expression kept = source == Star.INSTANCE ? new Value(1, FieldKind.Storage.INT) : source;
                    source = new Case(List.of(new When(filters.get(i), kept)), null, null);
                }
                String existing = null;
                for (Map.Entry<String, Expression> e : inner.entrySet()) {
                    if (e.getValue().equals(source)) {
                        existing = e.getKey();
                    }
                }
                if (source == Star.INSTANCE) {
                    columns.add(null);
                } else if (existing != null) {
                    columns.add(existing);
                } else {
                    inner.put("__c" + i, source);
                    columns.add("__c" + i);
                }
            }
            if (inner.isEmpty()) {
                inner.put("__pk", new Col(0, q.model().pk()));
            }
            q.extendSelection(inner);
            CompiledSelect compiled = SelectCompiler.compile(q, dialect);
            List<Sql> select = new ArrayList<>();
            int i = 0;
            for (Aggregate a : aggregates) {
                String column = columns.get(i) == null ? "*"
                        : dialect.quote("subquery") + "." + dialect.quote(columns.get(i));
                select.add(Sql.of(a.function().name() + "(" + (a.distinct() ? "DISTINCT " : "") + column + ") AS "
                        + dialect.quote(aggregates.get(i).defaultAlias())));
                i++;
            }
            sql = Sql.join(", ", select).wrap("SELECT ", " FROM (").append(compiled.sql()).append(") " + dialect.quote("subquery"));
            empty = compiled.empty();
        } else {
            ctx = new CompileContext(dialect, q, 0);
            Sql where = WhereCompiler.compile(q.where(), ctx);
            empty = where == WhereCompiler.NOTHING;
            List<Sql> select = new ArrayList<>();
            int i = 0;
            for (Aggregate a : aggregates) {
                Aggregate resolved = new Aggregate(a.function(), sources.get(i), a.distinct(), a.alias(), filters.get(i));
                i++;
                select.add(ExpressionCompiler.compile(resolved, ctx).append(" AS " + dialect.quote(a.defaultAlias())));
            }
            sql = Sql.join(", ", select).wrap("SELECT ", "").append(SelectCompiler.from(q, ctx));
            if (where != WhereCompiler.EVERYTHING) {
                sql = sql.append(" WHERE ").append(where);
            }
        }
        return new CompiledAggregate(sql, List.copyOf(names), types, empty);
    }

    private static boolean needsDerivedTable(Query q) {
        return q.isDistinct() || q.isSliced() || WindowQualify.applies(q) || q.combination() != null || q.hasAggregateAnnotation() || !q.having().isEmpty()
                || (q.values() != null && q.groupsByValues());
    }
}
