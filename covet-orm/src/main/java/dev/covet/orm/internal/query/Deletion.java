package dev.covet.orm.internal.query;

import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.db.Database;
import dev.covet.orm.internal.WriteDatabases;
import dev.covet.orm.internal.persist.DeleteCollector;
import dev.covet.orm.internal.relation.ContentTypeCache;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.relation.ContentType;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Model.delete} and {@code QuerySet.delete}: the face's side of a delete. It picks the database, reads
 * the rows a QuerySet starts from, and tells {@link DeleteCollector} (beneath the face) which models and content
 * types it can reach. Stateless; safe to call from any thread.
 */
public final class Deletion {
    private Deletion() {
    }

    /**
     * Deletes {@code m} and what its relations' {@code on_delete} rules take with it, on the database it is written to.
     *
     * @param m a saved instance
     * @return the rows removed, in total and per model
     */
    public static DeleteResult delete(Model m) {
        Database db = Covet.database(WriteDatabases.alias(m));
        return result(DeleteCollector.delete(List.of(m), db, reach(db)));
    }

    /**
     * Deletes the rows of {@code qs} and what their relations' {@code on_delete} rules take with them.
     *
     * @param qs the rows to delete
     * @return the rows removed, in total and per model
     */
    public static DeleteResult delete(QuerySet<?> qs) {
        Database db = qs.database();
        ModelInfo<?> model = qs.query().model();
        return result(DeleteCollector.delete(qs.query(), instances -> {
            Map<Object, Entity> rows = new LinkedHashMap<>();
            if (instances) {
                for (Model m : qs.list()) {
                    rows.put(model.pk().dbValue(m), m);
                }
            } else {
                for (Object key : qs.valuesList(Object.class, "pk").list()) {
                    rows.put(key, null);
                }
            }
            return rows;
        }, db, reach(db)));
    }

    /**
     * What a delete on {@code db} can reach: the current runtime's models (those it registered and those they
     * point at), every registered model when there is no runtime, and the content types of {@code db}.
     */
    private static DeleteCollector.Reach reach(Database db) {
        Collection<ModelInfo<?>> models = Covet.currentRuntime().<Collection<ModelInfo<?>>>map(CovetRuntime::models)
                .orElseGet(ModelRegistry::all);
        return new DeleteCollector.Reach(models, model -> {
            ContentType type = ContentTypeCache.existing(model.type().asSubclass(Model.class), db.alias());
            return type == null ? null : type.id;
        });
    }

    private static DeleteResult result(Map<String, Long> counts) {
        return new DeleteResult(counts.values().stream().mapToLong(Long::longValue).sum(), counts);
    }
}
