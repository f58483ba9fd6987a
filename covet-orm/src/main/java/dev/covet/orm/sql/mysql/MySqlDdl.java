package dev.covet.orm.sql.mysql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.sql.DdlSpelling;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ddl.ColumnType;

import java.util.ArrayList;
import java.util.List;

/**
 * MySQL's and MariaDB's DDL: InnoDB tables in a binary, no-pad utf8mb4 collation, MODIFY for
 * column changes, each kind of constraint dropped with its own words. Immutable and thread-safe.
 */
final class MySqlDdl extends DdlSpelling {
    private final String collation;

    MySqlDdl(Dialect dialect, String collation) {
        super(dialect);
        this.collation = collation;
    }

    @Override
    public boolean indexesForeignKeys() {
        // InnoDB creates an index for every FOREIGN KEY constraint
        return true;
    }

    @Override
    protected String typeOf(ColumnType f) {
        return switch (f.kind()) {
            case CHAR, EMAIL, URL, ENUM -> "VARCHAR(" + f.maxLength() + ")";
            case TEXT -> "LONGTEXT";
            case INTEGER, AUTO -> "INT";
            case BIG_INTEGER, BIG_AUTO -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            // Java floats too: the server sends FLOAT values as text with six significant digits, which
            // would lose the seventh; a DOUBLE column gives every float back exactly
            case FLOAT -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + f.maxDigits() + ", " + f.decimalPlaces() + ")";
            case BOOLEAN -> "TINYINT(1)";
            case DATETIME -> "DATETIME(6)";
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            case JSON -> "JSON";
            case BINARY -> "LONGBLOB";
            case UUID -> "CHAR(36)";
            case ARRAY -> throw new NotSupportedError("Array fields are not supported on MySQL/MariaDB; use PostgreSQL or a JSONField");
            case RELATION, MANY_TO_MANY -> throw new IllegalArgumentException(f.kind() + " has no column type of its own");
        };
    }

    @Override
    protected String autoKeyReferenceType(FieldKind kind) {
        return kind == FieldKind.BIG_AUTO ? "BIGINT" : "INT";
    }

    @Override
    public String autoIncrementColumn(FieldKind kind) {
        return (kind == FieldKind.BIG_AUTO ? "BIGINT" : "INT") + " AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation;
    }

    @Override
    public String dropIndex(String table, String index) {
        return "DROP INDEX " + quote(index) + " ON " + quote(table);
    }

    @Override
    public String renameIndex(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME INDEX " + quote(from) + " TO " + quote(to);
    }

    @Override
    public String dropConstraint(String table, String name, ConstraintKind kind) {
        return switch (kind) {
            case UNIQUE -> "ALTER TABLE " + quote(table) + " DROP INDEX " + quote(name);
            case FOREIGN_KEY -> "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(name);
            case CHECK -> "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name);
        };
    }

    @Override
    public List<String> alterColumn(String table, String column, String type, boolean nullableBefore, boolean nullable,
                                    boolean typeChanged) {
        // MySQL: MODIFY restates the whole definition; the table's default collation applies to text types
        return List.of("ALTER TABLE " + quote(table) + " MODIFY " + quote(column) + " " + type + (nullable ? " NULL" : " NOT NULL"));
    }

    @Override
    public boolean supportsPartialUniques() {
        return false;
    }

    @Override
    public Sql checkConstraintsQuery(String table) {
        return new Sql("SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = ?", List.of(dev.covet.orm.query.Value.of(table)));
    }

    @Override
    protected String stringLiteral(String s) {
        // whether a backslash escapes depends on the server's sql_mode: such a string is refused
        if (s.indexOf('\\') >= 0) {
            throw new dev.covet.orm.exception.NotSupportedError("A constraint's condition on MySQL/MariaDB cannot hold a string with a backslash: " + s);
        }
        return super.stringLiteral(s);
    }

    @Override
    public String ddlLiteral(Object value) {
        // a backslash escapes in MariaDB's string literals (unless NO_BACKSLASH_ESCAPES)
        return value instanceof String s ? super.ddlLiteral(s.replace("\\", "\\\\")) : super.ddlLiteral(value);
    }

    @Override
    public String checkConstraintLockAdvice(String constraint, String model) {
        return "Adding check constraint " + constraint + " copies table " + model
                + " (MariaDB and MySQL cannot add a CHECK in place) while writes wait. Safer: add it when the table is small "
                + "or at a quiet time, or validate the rows in the application first.";
    }

    @Override
    public String typeChangeNote() {
        return " (MariaDB cannot change a column's type with ALGORITHM=INPLACE, LOCK=NONE: writes wait while it copies the table)";
    }

    /**
     * InnoDB checks a foreign key row by row, so deleting the rows of a self-referencing table (a tree)
     * fails halfway; every row goes, so the checks are off for the session while they do.
     */
    @Override
    public List<String> deleteAllRows(List<String> tables) {
        List<String> statements = new ArrayList<>();
        statements.add("SET FOREIGN_KEY_CHECKS = 0");
        statements.addAll(super.deleteAllRows(tables));
        return statements;
    }

    /** The pooled connection must not go back with its foreign-key checks off. */
    @Override
    public List<String> afterDeletingAllRows() {
        return List.of("SET FOREIGN_KEY_CHECKS = 1");
    }

    @Override
    public String createDatabase(String name) {
        // tables name their own collation; this one is known before the server's version is
        return "CREATE DATABASE " + quote(name) + " CHARACTER SET utf8mb4";
    }

    @Override
    public String dropDatabase(String name) {
        return "DROP DATABASE IF EXISTS " + quote(name);
    }

    @Override
    public String listDatabases() {
        return "SELECT schema_name FROM information_schema.schemata";
    }
}
