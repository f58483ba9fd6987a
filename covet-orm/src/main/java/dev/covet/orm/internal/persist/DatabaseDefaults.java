package dev.covet.orm.internal.persist;

import dev.covet.orm.db.Database;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.WriteCompiler;

import java.util.ArrayList;
import java.util.List;

/**
 * An INSERT that leaves fields with a database default ({@code @DbDefault}) to the database, then holds
 * the values it chose: read back with {@code RETURNING} where the database has it (PostgreSQL, SQLite,
 * MariaDB 10.5+), else with one SELECT by key.
 */
final class DatabaseDefaults {
    private DatabaseDefaults() {
    }

    static void insert(Entity m, ModelInfo<?> info, Database db, List<FieldInfo> fields, List<Value> values,
                       FieldInfo generatedKey, List<FieldInfo> filled) {
        Dialect d = db.dialect();
        List<FieldInfo> back = new ArrayList<>();
        if (generatedKey != null) {
            back.add(generatedKey);
        }
        back.addAll(filled);
        if (d.features().supportsReturning()) {
            Sql sql = WriteCompiler.insert(info, fields, List.of(values), back, d);
            List<Object[]> rows = db.query(sql, rs -> {
                Object[] row = new Object[back.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = d.codec(back.get(i).storage()).read(rs, i + 1);
                }
                return row;
            });
            if (rows.isEmpty()) {
                throw new DatabaseError("The database returned nothing for the new " + info.name());
            }
            for (int i = 0; i < back.size(); i++) {
                back.get(i).setDbValue(m, rows.getFirst()[i]);
            }
            return;
        }
        Sql sql = WriteCompiler.insert(info, fields, List.of(values), (FieldInfo) null, d);
        if (generatedKey != null) {
            List<Object> keys = db.insert(sql, d.codec(generatedKey.storage()), false);
            if (keys.isEmpty()) {
                throw new DatabaseError("The database returned no key for the new " + info.name());
            }
            generatedKey.setDbValue(m, keys.getFirst());
        } else {
            db.update(sql);
        }
        Sql read = WriteCompiler.selectByKey(info, filled, info.pk(), Value.of(info.pk(), info.pk().dbValue(m)), d);
        List<Object[]> rows = db.query(read, rs -> {
            Object[] row = new Object[filled.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = d.codec(filled.get(i).storage()).read(rs, i + 1);
            }
            return row;
        });
        for (int i = 0; i < filled.size(); i++) {
            filled.get(i).setDbValue(m, rows.getFirst()[i]);
        }
    }
}
