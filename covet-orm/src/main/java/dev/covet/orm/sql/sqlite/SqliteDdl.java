package dev.covet.orm.sql.sqlite;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.sql.DdlSpelling;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ddl.ColumnType;

import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's DDL: storage classes for types, tables rebuilt to alter them (with foreign keys off
 * around the swap), CHECK names read from the table's CREATE statement. Immutable and thread-safe.
 */
final class SqliteDdl extends DdlSpelling {
    SqliteDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String typeOf(ColumnType field) {
        return switch (field.kind()) {
            case CHAR, TEXT, EMAIL, URL, ENUM, DATETIME, DATE, TIME, JSON, UUID -> "TEXT";
            case INTEGER, BIG_INTEGER, SMALL_INTEGER, BOOLEAN, AUTO, BIG_AUTO -> "INTEGER";
            case FLOAT, DECIMAL -> "REAL";
            case BINARY -> "BLOB";
            case ARRAY -> throw new NotSupportedError("Array fields are not supported on SQLite; use PostgreSQL or a JSONField");
            case RELATION, MANY_TO_MANY -> throw new IllegalArgumentException(field.kind() + " has no column type of its own");
        };
    }

    @Override
    protected String autoKeyReferenceType(FieldKind kind) {
        return "INTEGER";
    }

    @Override
    public String autoIncrementColumn(FieldKind kind) {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public String foreignKeyTiming() {
        return " DEFERRABLE INITIALLY DEFERRED";
    }

    @Override
    public String renameIndex(String table, String from, String to) {
        return null;
    }

    @Override
    public Sql checkConstraintsQuery(String table) {
        return new Sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", List.of(dev.covet.orm.query.Value.of(table)));
    }

    private static final java.util.regex.Pattern NAMED_CHECK =
            java.util.regex.Pattern.compile("CONSTRAINT\\s+[\"`\\[]?([^\"`\\]\\s]+)[\"`\\]]?\\s+CHECK\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public List<String> checkNames(List<String> rows) {
        List<String> out = new java.util.ArrayList<>();
        for (String create : rows) {
            java.util.regex.Matcher m = NAMED_CHECK.matcher(create == null ? "" : create);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Override
    public boolean rebuildsTablesToAlter() {
        // SQLite: ALTER TABLE can add, rename and (without constraints) drop columns, but not change one
        return true;
    }

    @Override
    public List<String> beforeSchemaChange() {
        // SQLite: dropping the old copy of a rebuilt table would count every row pointing at it as a
        // broken key; PRAGMA foreign_keys is ignored inside a transaction, so it is set before BEGIN
        return List.of("PRAGMA foreign_keys = OFF");
    }

    @Override
    public List<String> afterSchemaChange() {
        return List.of("PRAGMA foreign_keys = ON");
    }
}
