package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.internal.Instances;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.WriteCompiler;

import java.util.List;
import java.util.Map;

/** Deletes rows. */
final class Deletion {
    private Deletion() {
    }

    static DeleteResult delete(Model m) {
        ModelInfo<?> info = ModelRegistry.info(m.getClass());
        FieldInfo pk = info.pk();
        Object key = pk.dbValue(m);
        if (key == null) {
            throw new IllegalStateException(info.name() + " object can't be deleted because its " + pk.name() + " attribute is set to None.");
        }
        Database db = Persister.databaseOf(m, null);
        int n = db.update(WriteCompiler.deleteWhereIn(info, pk.column(), List.of(new Value(key, pk.storage())), db.dialect()));
        if (pk.isAutoIncrement()) {
            pk.setValue(m, null);
        }
        Instances.setAdding(m, true);
        return new DeleteResult(n, n == 0 ? Map.of() : Map.of(info.name(), (long) n));
    }

    static DeleteResult delete(QuerySet<?> qs) {
        Database db = qs.database();
        Sql sql = WriteCompiler.delete(qs.query(), db.dialect());
        int n = sql == null ? 0 : db.update(sql);
        return new DeleteResult(n, n == 0 ? Map.of() : Map.of(qs.info().name(), (long) n));
    }
}
