package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.RowMapper;
import dev.covet.orm.internal.query.RecordShape;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.SelectShape;

/**
 * A QuerySet whose rows are Java records ({@code values(BookRow.class)}): each record component is read
 * from the field, path or annotation it names, as they were matched to fields and type-checked when
 * the QuerySet was made. Immutable.
 *
 * @param <R> the record type
 */
public final class RecordQuerySet<R extends Record> extends BaseQuerySet<R, RecordQuerySet<R>> {
    private final RecordShape<R> shape;

    RecordQuerySet(ModelInfo<?> model, Query query, String using, RecordShape<R> shape) {
        super(model, query, using);
        this.shape = shape;
    }

    @Override
    protected RecordQuerySet<R> chain(Query query, String using) {
        return new RecordQuerySet<>(model, query, using, shape);
    }

    @Override
    protected RowMapper<R> mapper(SelectShape selectShape, Database database) {
        return shape.mapper(selectShape, database.dialect());
    }
}
