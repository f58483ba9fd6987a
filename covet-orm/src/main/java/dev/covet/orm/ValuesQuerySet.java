package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.RowMapper;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.SelectShape;

import java.util.Map;

/**
 * A QuerySet whose rows are maps of name to value ({@code values(...)}). An {@code annotate()} after
 * {@code values()} groups by the values, as in Django. Immutable.
 */
public final class ValuesQuerySet extends BaseQuerySet<Map<String, Object>, ValuesQuerySet> {
    ValuesQuerySet(ModelInfo<?> model, Query query, String using) {
        super(model, query, using);
    }

    @Override
    protected ValuesQuerySet chain(Query query, String using) {
        return new ValuesQuerySet(model, query, using);
    }

    @Override
    protected RowMapper<Map<String, Object>> mapper(SelectShape shape, Database database) {
        return RowReaders.maps(shape, database.dialect());
    }

    /**
     * Adds a value computed per row, or per group of the values so far when it aggregates.
     *
     * @param alias the key of the new value in each row
     * @param expression the value's expression, or an aggregate
     * @return a new QuerySet with the value added
     */
    public ValuesQuerySet annotate(String alias, Expression expression) {
        return mutate(q -> q.addAnnotation(alias, expression));
    }

    /**
     * Adds aggregates under their default names ({@code books__count}).
     *
     * @param aggregates the aggregates, each named after its field and function
     * @return a new QuerySet with the values added
     */
    public ValuesQuerySet annotate(Aggregate... aggregates) {
        return mutate(q -> {
            for (Aggregate a : aggregates) {
                q.addAnnotation(a.defaultAlias(), a);
            }
        });
    }
}
