package dev.covet.orm.sql.postgres;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.sql.DdlSpelling;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.ddl.ColumnType;

/**
 * PostgreSQL's DDL: SERIAL keys, JSONB and array columns, deferred foreign keys, indexes built
 * concurrently, and databases created and dropped on the server. Immutable and thread-safe.
 */
final class PostgresDdl extends DdlSpelling {
    PostgresDdl(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String typeOf(ColumnType f) {
        return switch (f.kind()) {
            case CHAR, EMAIL, URL, ENUM -> "VARCHAR(" + f.maxLength() + ")";
            case TEXT -> "TEXT";
            case INTEGER, AUTO -> "INTEGER";
            case BIG_INTEGER, BIG_AUTO -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            case FLOAT -> f.storage() == Storage.FLOAT ? "REAL" : "DOUBLE PRECISION";
            case DECIMAL -> "DECIMAL(" + f.maxDigits() + ", " + f.decimalPlaces() + ")";
            case BOOLEAN -> "BOOLEAN";
            case DATETIME -> "TIMESTAMP";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case JSON -> "JSONB";
            case BINARY -> "BYTEA";
            case UUID -> "UUID";
            case ARRAY -> PostgresArrayCodec.elementType(f.elementStorage()) + "[]";
            case RELATION, MANY_TO_MANY -> throw new IllegalArgumentException(f.kind() + " has no column type of its own");
        };
    }

    @Override
    protected String autoKeyReferenceType(FieldKind kind) {
        return kind == FieldKind.BIG_AUTO ? "BIGINT" : "INTEGER";
    }

    @Override
    public String autoIncrementColumn(FieldKind kind) {
        return kind == FieldKind.BIG_AUTO ? "BIGSERIAL PRIMARY KEY" : "SERIAL PRIMARY KEY";
    }

    @Override
    public String foreignKeyTiming() {
        return " DEFERRABLE INITIALLY DEFERRED";
    }

    @Override
    public String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + quote(table) + " CASCADE";
    }

    @Override
    public boolean buildsIndexesConcurrently() {
        return true;
    }

    @Override
    public String checkConstraintLockAdvice(String constraint, String model) {
        return "Adding check constraint " + constraint + " scans every row of " + model
                + " under an ACCESS EXCLUSIVE lock. Safer: RunSQL ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT "
                + "in a later migration (it takes a lighter lock).";
    }

    @Override
    public String createDatabase(String name) {
        return "CREATE DATABASE " + quote(name);
    }

    @Override
    public String dropDatabase(String name) {
        // FORCE (PostgreSQL 13+) ends the sessions a crashed run may have left on it
        return "DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)";
    }

    @Override
    public String listDatabases() {
        return "SELECT datname FROM pg_database";
    }
}
