package dev.covet.orm.migrate;

import dev.covet.orm.db.Database;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.sql.RecorderSql;
import dev.covet.orm.sql.Sql;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads and writes the {@code covet_migrations} table: which migrations a database has, and how far. */
final class MigrationRecorder {
    private final Database db;

    /** A recorded migration; {@code progress} is null once it is complete, else the operations done. */
    record Applied(String app, String name, String checksum, Instant at, Integer progress) {
        String key() {
            return app + "." + name;
        }

        boolean complete() {
            return progress == null;
        }
    }

    MigrationRecorder(Database db) {
        this.db = db;
    }

    void ensureTable() {
        if (!db.tableNames().contains(RecorderSql.TABLE.toLowerCase(Locale.ROOT))) {
            try {
                db.executeStatement(Sql.of(RecorderSql.createTable(db.dialect())));
            } catch (RuntimeException e) {
                // another process made it in the meantime
                if (!db.tableNames().contains(RecorderSql.TABLE.toLowerCase(Locale.ROOT))) {
                    throw e;
                }
            }
        }
    }

    boolean exists() {
        return db.tableNames().contains(RecorderSql.TABLE.toLowerCase(Locale.ROOT));
    }

    Map<String, Applied> applied() {
        Map<String, Applied> out = new LinkedHashMap<>();
        if (!exists()) {
            return out;
        }
        var timestamp = db.dialect().codec(Storage.TIMESTAMP);
        for (Applied a : db.query(RecorderSql.select(db.dialect()), rs -> new Applied(rs.getString(1), rs.getString(2),
                rs.getString(3), (Instant) timestamp.read(rs, 4), (Integer) (rs.getObject(5) == null ? null : rs.getInt(5))))) {
            out.put(a.key(), a);
        }
        return out;
    }

    void record(Migration m, Integer progress) {
        db.executeStatement(RecorderSql.delete(db.dialect(), m.app(), m.name()));
        db.executeStatement(RecorderSql.insert(db.dialect(), m.app(), m.name(), m.checksum(), Instant.now(), progress));
    }

    void forget(Migration m) {
        db.executeStatement(RecorderSql.delete(db.dialect(), m.app(), m.name()));
    }
}
