package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.RowMapper;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.SelectShape;

import java.util.List;

/** A QuerySet whose rows are lists of values in the order named ({@code valuesList(...)}). Immutable. */
public final class ValuesListQuerySet extends BaseQuerySet<List<Object>, ValuesListQuerySet> {
    ValuesListQuerySet(ModelInfo<?> model, Query query, String using) {
        super(model, query, using);
    }

    @Override
    protected ValuesListQuerySet chain(Query query, String using) {
        return new ValuesListQuerySet(model, query, using);
    }

    @Override
    protected RowMapper<List<Object>> mapper(SelectShape shape, Database database) {
        return RowReaders.tuples(shape, database.dialect());
    }

    /**
     * Adds a value computed per row, or per group of the values so far when it aggregates.
     *
     * @param alias the name of the new value
     * @param expression the value's expression, or an aggregate
     * @return a new QuerySet with the value added
     */
    public ValuesListQuerySet annotate(String alias, Expression expression) {
        return mutate(q -> q.addAnnotation(alias, expression));
    }

    /**
     * Adds aggregates under their default names ({@code books__count}), grouping by the values so far.
     *
     * @param aggregates the aggregates, each named after its field and function
     * @return a new QuerySet with the values added
     */
    public ValuesListQuerySet annotate(Aggregate... aggregates) {
        return mutate(q -> {
            for (Aggregate a : aggregates) {
                q.addAnnotation(a.defaultAlias(), a);
            }
        });
    }
}
