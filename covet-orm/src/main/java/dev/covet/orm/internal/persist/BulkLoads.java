package dev.covet.orm.internal.persist;

import dev.covet.orm.db.Database;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.sql.BulkLoader;
import dev.covet.orm.sql.ValueCodec;

import java.util.List;

/**
 * {@code bulkCreate} through the database's {@link BulkLoader} (PostgreSQL's COPY): the loader writes
 * the statements and sends the rows, and they run here on the {@link Database}, so that transactions,
 * the log, listeners, statement limits and error translation apply as to any statement. Stateless.
 */
final class BulkLoads {
    private BulkLoads() {
    }

    /**
     * Loads every row in one statement of the database's bulk loader, with keys for {@code withoutKey}
     * taken from the key's sequence first. False, with nothing written, when the key has no sequence.
     */
    static <T extends Entity> boolean load(List<T> objects, List<T> withoutKey, BulkLoader loader, ModelInfo<T> info,
                                          Database db) {
        FieldInfo pk = info.pk();
        if (!withoutKey.isEmpty()) {
            List<Object> keys = reserveKeys(loader, db, info.table(), pk, withoutKey.size());
            if (keys == null || keys.size() != withoutKey.size()) {
                return false;
            }
            for (int i = 0; i < keys.size(); i++) {
                pk.setDbValue(withoutKey.get(i), keys.get(i));
            }
        }
        List<FieldInfo> columns = info.columns();
        BulkLoader.Rows rows = new BulkLoader.Rows() {
            @Override
            public int size() {
                return objects.size();
            }

            @Override
            public Object value(int row, int column) {
                FieldInfo f = columns.get(column);
                return FieldValues.checkLength(f, f.dbValue(objects.get(row)));
            }
        };
        try {
            db.withConnection(loader.loadStatement(info.table(), columns),
                    (connection, statement) -> loader.load(connection, statement, columns, rows));
        } catch (RuntimeException e) {
            // nothing was loaded: the instances stay unsaved, without the keys they were given
            for (T obj : withoutKey) {
                pk.setDbValue(obj, null);
            }
            throw e;
        }
        return true;
    }

    /** {@code count} keys from the sequence behind {@code key}, in the order taken; null when it has none. */
    private static List<Object> reserveKeys(BulkLoader loader, Database db, String table, FieldInfo key, int count) {
        ValueCodec codec = db.dialect().codec(key.storage());
        List<Object> keys = db.query(loader.reserveKeys(table, key, count), rs -> codec.read(rs, 1));
        return keys.isEmpty() || keys.getFirst() == null ? null : keys;
    }
}
