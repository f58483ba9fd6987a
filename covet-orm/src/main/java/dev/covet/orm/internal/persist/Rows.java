package dev.covet.orm.internal.persist;

import dev.covet.orm.db.Database;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.Where;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.CompiledSelect;
import dev.covet.orm.sql.SelectCompiler;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Persistence's own reads: the rows of one model matching plain conditions, as instances or as the values of
 * one field, read the way {@code QuerySet.of(model).using(db).filter(...)} reads them (no manager, no prefetch).
 * A delete's cascades find what they reach with it, and a save reads back the fields expressions set. Stateless; safe to call from any thread.
 */
public final class Rows {
    private Rows() {
    }

    /**
     * The instances of {@code model} matching every condition, marked as loaded from {@code db}.
     *
     * @param <T> the model
     * @param db the database to read
     * @param model the model
     * @param conditions the conditions, all of which a row meets
     * @return the instances, in the model's default order
     */
    public static <T extends Entity> List<T> instances(Database db, ModelInfo<T> model, Where... conditions) {
        CompiledSelect compiled = SelectCompiler.compile(query(model, conditions), db.dialect());
        if (compiled.empty()) {
            return List.of();
        }
        return db.query(compiled.sql(), RowReaders.models(compiled.shape(), db.dialect(), new RowReaders.Marks(db.alias(), false, Set.of())));
    }

    /**
     * The values of {@code field} (a name {@code values()} takes, {@code "pk"} among them) of the rows of
     * {@code model} matching every condition.
     *
     * @param db the database to read
     * @param model the model
     * @param field the field whose values to read
     * @param conditions the conditions, all of which a row meets
     * @return the values, in the model's default order
     */
    public static List<Object> values(Database db, ModelInfo<?> model, String field, Where... conditions) {
        Query q = query(model, conditions);
        q.setValues(List.of(field));
        CompiledSelect compiled = SelectCompiler.compile(q, db.dialect());
        if (compiled.empty()) {
            return List.of();
        }
        return db.query(compiled.sql(), RowReaders.flat(compiled.shape(), db.dialect()));
    }

    /**
     * The values of {@code fields} of the rows of {@code model} matching every condition, a map per row.
     *
     * @param db the database to read
     * @param model the model
     * @param fields the fields whose values to read
     * @param conditions the conditions, all of which a row meets
     * @return a map per row from field name to value, in the model's default order
     */
    public static List<Map<String, Object>> maps(Database db, ModelInfo<?> model, List<String> fields, Where... conditions) {
        Query q = query(model, conditions);
        q.setValues(fields);
        CompiledSelect compiled = SelectCompiler.compile(q, db.dialect());
        if (compiled.empty()) {
            return List.of();
        }
        return db.query(compiled.sql(), RowReaders.maps(compiled.shape(), db.dialect()));
    }

    private static Query query(ModelInfo<?> model, Where... conditions) {
        Query q = new Query(model);
        for (Where w : conditions) {
            q.addFilter(w);
        }
        return q;
    }
}
