package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.sql.ddl.ColumnType;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one database's schema is written and changed (Django's {@code SchemaEditor} statements): column
 * types, CREATE / ALTER / DROP / RENAME statements, constraints, DDL literals, how a schema change runs
 * and what it costs, and whole databases for test runs. A dialect hands out its own ({@link Dialect#ddl()});
 * names are quoted by the dialect. Implementations are immutable and thread-safe.
 */
public abstract class DdlSpelling {
    /** The dialect whose quoting and name the statements use. */
    protected final Dialect dialect;

    /**
     * The DDL of {@code dialect}'s database.
     *
     * @param dialect the dialect whose quoting and name the statements use
     */
    protected DdlSpelling(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The identifier quoted as the dialect quotes it. */
    protected final String quote(String identifier) {
        return dialect.quote(identifier);
    }

    // ---------------------------------------------------------------- tables and types

    /**
     * The column type of a field (for a relation: the type of the key it holds).
     *
     * @param field a model field
     * @return the SQL type for the field's column
     * @throws dev.covet.orm.exception.NotSupportedError if this database has no type for the field
     */
    public final String columnType(FieldInfo field) {
        try {
            return columnType(ColumnType.of(field));
        } catch (NotSupportedError e) {
            throw new NotSupportedError(e.getMessage() + " (" + field + ")");
        }
    }

    /**
     * The type of a column that holds values of {@code target} (a foreign key, a junction key).
     *
     * @param target the field the key column points at (usually a primary key)
     * @return the SQL type of the key column
     */
    public final String keyColumnType(FieldInfo target) {
        return columnType(ColumnType.keyOf(target));
    }

    /**
     * The SQL type of a column described apart from any model class (migrations render from these).
     *
     * @param type the column's description, apart from any model class
     * @return the type's custom SQL for this dialect where it names one, else the dialect's own type
     * @throws IllegalArgumentException for a relation or many-to-many type, which has no column of its own
     */
    public final String columnType(ColumnType type) {
        if (type.kind() == FieldKind.RELATION || type.kind() == FieldKind.MANY_TO_MANY) {
            throw new IllegalArgumentException(type.kind() + " has no column type of its own");
        }
        if (type.autoKeyReference()) {
            return autoKeyReferenceType(type.kind());
        }
        String custom = type.customFor(dialect.name());
        return custom != null ? custom : typeOf(type);
    }

    /**
     * Does the database index a foreign key column by itself (so Covet need not)?
     *
     * @return true where a foreign key column gets an index without Covet creating one (default false)
     */
    public boolean indexesForeignKeys() {
        return false;
    }

    /** The type of a non-relation column. */
    protected abstract String typeOf(ColumnType type);

    /** The type of a column that points at an auto-increment key of {@code kind}. */
    protected abstract String autoKeyReferenceType(FieldKind kind);

    /**
     * The definition (after the name) of an auto-increment primary key column of {@code kind}.
     *
     * @param kind the key field's kind (an auto or big auto field)
     * @return the column definition, without the column name
     */
    public abstract String autoIncrementColumn(FieldKind kind);

    /**
     * Text after the closing parenthesis of CREATE TABLE.
     *
     * @return the table options (MySQL's engine and charset), or empty
     */
    public String tableOptions() {
        return "";
    }

    /**
     * The clause (leading space) that makes a foreign key constraint wait until commit (PostgreSQL and SQLite:
     * {@code DEFERRABLE INITIALLY DEFERRED}).
     *
     * @return the clause, or empty where constraints are checked at once
     */
    public String foreignKeyTiming() {
        return "";
    }

    /**
     * The statement that drops {@code table} when it exists (Django's {@code sql_delete_table}).
     *
     * @param table the table name, unquoted
     * @return a {@code DROP TABLE IF EXISTS} statement
     */
    public String dropTable(String table) {
        return "DROP TABLE IF EXISTS " + quote(table);
    }

    // ---------------------------------------------------------------- altering tables

    /**
     * The statement that renames a table (Django's {@code sql_rename_table}).
     *
     * @param from the current table name, unquoted
     * @param to the new table name, unquoted
     * @return an {@code ALTER TABLE ... RENAME TO} statement
     */
    public String renameTable(String from, String to) {
        return "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to);
    }

    /**
     * The statement that renames a column (Django's {@code sql_rename_column}).
     *
     * @param table the table name, unquoted
     * @param from the current column name, unquoted
     * @param to the new column name, unquoted
     * @return an {@code ALTER TABLE ... RENAME COLUMN} statement
     */
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    /**
     * The statement that drops a column (Django's {@code sql_delete_column}).
     *
     * @param table the table name, unquoted
     * @param column the column name, unquoted
     * @return an {@code ALTER TABLE ... DROP COLUMN} statement
     */
    public String dropColumn(String table, String column) {
        return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
    }

    /**
     * The statement that drops an index (Django's {@code sql_delete_index}).
     *
     * @param table the index's table, unquoted (MySQL names it; the default ignores it)
     * @param index the index name, unquoted
     * @return a {@code DROP INDEX} statement
     */
    public String dropIndex(String table, String index) {
        return "DROP INDEX " + quote(index);
    }

    /**
     * Renames an index, or null where the database cannot (drop and create it again instead).
     *
     * @param table the index's table, unquoted
     * @param from the current index name, unquoted
     * @param to the new index name, unquoted
     * @return the statement, or null where the database cannot rename an index
     */
    public String renameIndex(String table, String from, String to) {
        return "ALTER INDEX " + quote(from) + " RENAME TO " + quote(to);
    }

    /** What kind of constraint a statement drops (MySQL drops each with its own words). */
    public enum ConstraintKind {
        /** A unique constraint. */
        UNIQUE,
        /** A foreign key constraint. */
        FOREIGN_KEY,
        /** A CHECK constraint. */
        CHECK
    }

    /**
     * The statement that drops constraint {@code name} of {@code table} (Django's {@code sql_delete_constraint}).
     *
     * @param table the table name, unquoted
     * @param name the constraint name, unquoted
     * @param kind what kind of constraint it is (the default statement does not need to know)
     * @return an {@code ALTER TABLE ... DROP CONSTRAINT} statement
     */
    public String dropConstraint(String table, String name, ConstraintKind kind) {
        return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name);
    }

    /**
     * Changes a column's type and nullability ({@code definition} is its type, with NOT NULL when it
     * may not be null); the column keeps its name.
     *
     * @param table the table name, unquoted
     * @param column the column name, unquoted
     * @param type the new SQL type
     * @param nullableBefore whether the column allowed NULL before the change
     * @param nullable whether the column allows NULL after the change
     * @param typeChanged whether the type changes (false: only nullability)
     * @return the statements, in order; empty when nothing changes
     */
    public List<String> alterColumn(String table, String column, String type, boolean nullableBefore, boolean nullable,
                                    boolean typeChanged) {
        List<String> out = new java.util.ArrayList<>();
        String head = "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column);
        if (typeChanged) {
            out.add(head + " TYPE " + type + " USING " + quote(column) + "::" + type);
        }
        if (nullable != nullableBefore) {
            out.add(head + (nullable ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        return out;
    }

    // ---------------------------------------------------------------- constraints and literals

    /**
     * Can a unique constraint hold only for the rows matching a condition (a partial unique index)?
     *
     * @return true by default (MySQL: false)
     */
    public boolean supportsPartialUniques() {
        return true;
    }

    /**
     * A query whose rows' first column names each CHECK constraint of {@code table} (on SQLite: the
     * table's CREATE statement, which {@link #checkNames} reads the names from).
     *
     * @param table the table name, unquoted
     * @return the query, with the table as its parameter
     */
    public Sql checkConstraintsQuery(String table) {
        return new Sql("SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = to_regclass(?)",
                List.of(dev.covet.orm.query.Value.of(quote(table))));
    }

    /**
     * The CHECK constraint names in the rows of {@link #checkConstraintsQuery}.
     *
     * @param rows the first column of each row {@link #checkConstraintsQuery} returned
     * @return the constraint names (by default the rows themselves)
     */
    public List<String> checkNames(List<String> rows) {
        return rows;
    }

    /**
     * {@code value} written as a literal, for DDL (a constraint's condition), which takes no parameters:
     * numbers, booleans, dates, UUIDs and strings; anything else fails rather than be written unsafely.
     *
     * @param value the value to write; null writes {@code NULL}
     * @return the SQL literal
     * @throws dev.covet.orm.exception.NotSupportedError for any other type, a non-finite number, or a string with a NUL character
     */
    public String literal(Object value) {
        return switch (value) {
            case null -> "NULL";
            case Boolean b -> b ? "TRUE" : "FALSE";
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case java.math.BigInteger b -> b.toString();
            case java.math.BigDecimal b -> b.toPlainString();
            case Double x when Double.isFinite(x) -> x.toString();
            case Float x when Float.isFinite(x) -> x.toString();
            case java.time.LocalDate date -> "'" + date + "'";
            case java.util.UUID u -> "'" + u + "'";
            case String s -> stringLiteral(s);
            default -> throw new dev.covet.orm.exception.NotSupportedError("A constraint's condition cannot hold the value " + value
                    + " (" + value.getClass().getSimpleName() + "): use numbers, booleans, dates or strings");
        };
    }

    /** A string literal: quotes doubled; a NUL character is refused. */
    protected String stringLiteral(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new dev.covet.orm.exception.NotSupportedError("A constraint's condition cannot hold a string with a NUL character");
        }
        return "'" + s.replace("'", "''") + "'";
    }

    /**
     * A constant as DDL writes it (a column's DEFAULT; DDL takes no parameters): numbers as written, text,
     * dates and times quoted with quotes doubled. The values come from {@link dev.covet.orm.meta.ColumnDefault}, checked.
     *
     * @param value a number, boolean, instant, time of day, or anything whose {@code toString()} is the text
     * @return the literal
     */
    public String ddlLiteral(Object value) {
        return switch (value) {
            case BigDecimal n -> n.toPlainString();
            case Number n -> n.toString();
            case Boolean b -> b ? "TRUE" : "FALSE";
            case java.time.Instant i -> "'" + Codecs.TIMESTAMP_TEXT.format(i.atOffset(java.time.ZoneOffset.UTC)) + "'";
            case java.time.LocalTime t -> "'" + Codecs.TIME_TEXT.format(t) + "'";
            default -> "'" + value.toString().replace("'", "''") + "'";
        };
    }

    // ---------------------------------------------------------------- how a schema change runs, and what it costs

    /**
     * Does this database alter a table by rebuilding it (new table, copy, swap) rather than with ALTER TABLE?
     *
     * @return true on SQLite (default false)
     */
    public boolean rebuildsTablesToAlter() {
        return false;
    }

    /**
     * Statements run outside any transaction before a schema change (SQLite: foreign keys off while tables are swapped).
     *
     * @return the statements, empty by default
     */
    public List<String> beforeSchemaChange() {
        return List.of();
    }

    /**
     * Statements that undo {@link #beforeSchemaChange()}.
     *
     * @return the statements, empty by default
     */
    public List<String> afterSchemaChange() {
        return List.of();
    }

    /**
     * Can an index be built without blocking writes ({@code CREATE INDEX CONCURRENTLY}, outside a transaction)?
     *
     * @return true on PostgreSQL (default false)
     */
    public boolean buildsIndexesConcurrently() {
        return false;
    }

    /**
     * What adding the CHECK {@code constraint} to {@code model}'s table locks on this database, with the safer
     * way, for the migration linter; null where adding one is cheap.
     *
     * @param constraint the constraint name, for the advice
     * @param model the model whose table gets the constraint, for the advice
     * @return the advice text, or null where adding a CHECK is cheap
     */
    public String checkConstraintLockAdvice(String constraint, String model) {
        return null;
    }

    /**
     * What a column type change costs here beyond a table rewrite, for the migration linter (with a leading space), or empty.
     *
     * @return the note starting with a space, or the empty string
     */
    public String typeChangeNote() {
        return "";
    }

    // ---------------------------------------------------------------- whole databases and their rows (test runs)

    /**
     * Statements that delete every row of {@code tables}, given dependents first, run in one
     * transaction on one connection (a test's truncation between tests).
     *
     * @param tables the table names, unquoted, dependents first
     * @return one statement per table by default ({@code DELETE FROM})
     */
    public List<String> deleteAllRows(List<String> tables) {
        return tables.stream().map(t -> "DELETE FROM " + quote(t)).toList();
    }

    /**
     * Statements that undo session settings {@link #deleteAllRows} made, run even when a delete failed.
     *
     * @return the statements, empty by default
     */
    public List<String> afterDeletingAllRows() {
        return List.of();
    }

    /**
     * The statement that creates database {@code name} on a server (a checked identifier).
     *
     * @param name the database's name
     * @return the statement
     * @throws dev.covet.orm.exception.NotSupportedError on a database kept in a file (SQLite)
     */
    public String createDatabase(String name) {
        throw new NotSupportedError(dialect.name() + " keeps a database in a file; there is no server to create one on");
    }

    /**
     * The statement that drops database {@code name}, closing other sessions on it where the server allows.
     *
     * @param name the database's name
     * @return the statement
     * @throws dev.covet.orm.exception.NotSupportedError on a database kept in a file (SQLite)
     */
    public String dropDatabase(String name) {
        throw new NotSupportedError(dialect.name() + " keeps a database in a file; delete the file instead");
    }

    /**
     * A query whose single column lists the server's databases.
     *
     * @return the query
     * @throws dev.covet.orm.exception.NotSupportedError on a database kept in a file (SQLite)
     */
    public String listDatabases() {
        throw new NotSupportedError(dialect.name() + " keeps a database in a file; there is no server to list");
    }
}
