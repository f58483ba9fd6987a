package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.RowMapper;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.SelectShape;

/**
 * A QuerySet whose rows are single values of one field ({@code valuesList(String.class, "title")},
 * Django's {@code flat=True}). Immutable.
 *
 * @param <V> the value type
 */
public final class FlatValuesQuerySet<V> extends BaseQuerySet<V, FlatValuesQuerySet<V>> {
    private final Class<V> type;

    FlatValuesQuerySet(ModelInfo<?> model, Query query, String using, Class<V> type) {
        super(model, query, using);
        this.type = type;
    }

    @Override
    protected FlatValuesQuerySet<V> chain(Query query, String using) {
        return new FlatValuesQuerySet<>(model, query, using, type);
    }

    @Override
    protected RowMapper<V> mapper(SelectShape shape, Database database) {
        RowMapper<Object> raw = RowReaders.flat(shape, database.dialect());
        return rs -> {
            Object v = raw.map(rs);
            if (v != null && !type.isInstance(v)) {
                throw new ClassCastException("valuesList(" + type.getSimpleName() + ".class, ...) read a "
                        + v.getClass().getSimpleName() + " (" + v + ")");
            }
            return type.cast(v);
        };
    }
}
