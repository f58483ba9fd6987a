package dev.covet.orm.sql.ddl;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.ColumnDefault;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.DdlSpelling;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;

import java.util.ArrayList;
import java.util.List;

/** Renders {@link TableDef}s: CREATE TABLE with its constraints, and the indexes made after it. */
public final class TableSql {
    private TableSql() {
    }

    /**
     * CREATE TABLE {@code t} (under the name {@code as}, for a SQLite rebuild), its keys declared inline.
     *
     * @param t the table to create
     * @param as the name to create it under, unquoted (usually {@code t}'s own name)
     * @param d the dialect to write for
     * @return the statement, with the dialect's table options
     */
    public static String createTable(TableDef t, String as, Dialect d) {
        List<String> lines = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            lines.add(d.quote(c.name()) + " " + definition(c, d));
        }
        // MySQL takes no constraint name on a column's own UNIQUE, so each is declared for the table
        for (ColumnDef c : t.columns()) {
            if (c.unique() && !c.primaryKey()) {
                lines.add(unique(new UniqueDef(c.uniqueName(), List.of(c.name())), d));
            }
        }
        for (ForeignKeyDef fk : t.foreignKeys()) {
            lines.add(foreignKey(fk, d));
        }
        for (UniqueDef u : t.uniques()) {
            lines.add(unique(u, d));
        }
        for (ConstraintDef c : t.constraints()) {
            if (!c.isPartialUnique()) {
                lines.add(constraint(c, d));
            }
        }
        return "CREATE TABLE " + d.quote(as) + " (\n    " + String.join(",\n    ", lines) + "\n)" + d.ddl().tableOptions();
    }

    /**
     * A column's type, nullability and primary key after its name (its UNIQUE is a constraint of its own).
     *
     * @param c the column
     * @param d the dialect to write for
     * @return the definition, without the column name
     */
    public static String definition(ColumnDef c, Dialect d) {
        if (c.primaryKey() && c.autoIncrement()) {
            return d.ddl().autoIncrementColumn(c.type().kind());
        }
        StringBuilder out = new StringBuilder(d.ddl().columnType(c.type()));
        if (c.dbDefault() != null) {
            out.append(" DEFAULT ").append(defaultSql(c.dbDefault(), c.type().storage(), d));
        }
        if (!c.nullable()) {
            out.append(" NOT NULL");
        }
        if (c.primaryKey()) {
            out.append(" PRIMARY KEY");
        }
        return out.toString();
    }

    /**
     * A foreign key constraint as declared in CREATE TABLE or ADD, deferred where the dialect defers them.
     *
     * @param fk the foreign key
     * @param d the dialect to write for
     * @return {@code CONSTRAINT name FOREIGN KEY (column) REFERENCES target (column)}
     */
    public static String foreignKey(ForeignKeyDef fk, Dialect d) {
        return "CONSTRAINT " + d.quote(fk.name()) + " FOREIGN KEY (" + d.quote(fk.column()) + ") REFERENCES "
                + d.quote(fk.targetTable()) + " (" + d.quote(fk.targetColumn()) + ")" + d.ddl().foreignKeyTiming();
    }

    /**
     * A unique constraint as declared in CREATE TABLE or ADD.
     *
     * @param u the unique constraint
     * @param d the dialect to write for
     * @return {@code CONSTRAINT name UNIQUE (columns)}
     */
    public static String unique(UniqueDef u, Dialect d) {
        return "CONSTRAINT " + d.quote(u.name()) + " UNIQUE (" + String.join(", ", u.columns().stream().map(d::quote).toList()) + ")";
    }

    /**
     * A CHECK or unique constraint as declared in CREATE TABLE or ADD (not a partial unique: see {@link #createPartialUnique}).
     *
     * @param c the constraint, a CHECK or a unique constraint without a condition
     * @param d the dialect to write for
     * @return the constraint's clause
     */
    public static String constraint(ConstraintDef c, Dialect d) {
        if (c.isCheck()) {
            return "CONSTRAINT " + d.quote(c.name()) + " CHECK (" + c.check() + ")";
        }
        return unique(new UniqueDef(c.name(), c.columns()), d);
    }

    /**
     * A unique constraint held by the rows matching its condition: a partial unique index.
     *
     * @param table the table, unquoted
     * @param c the unique constraint with a condition
     * @param d the dialect to write for
     * @return a {@code CREATE UNIQUE INDEX ... WHERE} statement
     * @throws dev.covet.orm.exception.NotSupportedError where the database has no partial indexes (MySQL)
     */
    public static String createPartialUnique(String table, ConstraintDef c, Dialect d) {
        if (!d.ddl().supportsPartialUniques()) {
            throw new NotSupportedError("Constraint " + c.name() + ": " + d.name()
                    + " has no partial unique indexes (a unique constraint with a condition); drop the condition or use PostgreSQL or SQLite");
        }
        return "CREATE UNIQUE INDEX " + d.quote(c.name()) + " ON " + d.quote(table) + " ("
                + String.join(", ", c.columns().stream().map(d::quote).toList()) + ") WHERE " + c.condition();
    }

    /**
     * The statements that make {@code c} on an existing table.
     *
     * @param table the table, unquoted
     * @param c the constraint
     * @param d the dialect to write for
     * @return an {@code ALTER TABLE ... ADD} statement, or a {@code CREATE UNIQUE INDEX} for a partial unique
     */
    public static String addConstraint(String table, ConstraintDef c, Dialect d) {
        return c.isPartialUnique() ? createPartialUnique(table, c, d) : addConstraint(table, constraint(c, d), d);
    }

    /**
     * The statement that drops {@code c}.
     *
     * @param table the table, unquoted
     * @param c the constraint
     * @param d the dialect to write for
     * @return the statement ({@code DROP INDEX} for a partial unique)
     */
    public static String dropConstraint(String table, ConstraintDef c, Dialect d) {
        if (c.isPartialUnique()) {
            return d.ddl().dropIndex(table, c.name());
        }
        return d.ddl().dropConstraint(table, c.name(), c.isCheck() ? DdlSpelling.ConstraintKind.CHECK : DdlSpelling.ConstraintKind.UNIQUE);
    }

    /**
     * The statements that create {@code index}: one, or a search index's own (see {@link Dialect#search()}).
     *
     * @param table the table, unquoted
     * @param index the index
     * @param d the dialect to write for
     * @param concurrently whether to build it without blocking writes ({@code CONCURRENTLY}; ignored for a search index)
     * @return the statements, in order
     */
    public static List<String> createIndexes(String table, IndexDef index, Dialect d, boolean concurrently) {
        return index.search() ? d.search().createIndex(table, index, d) : List.of(createIndex(table, index, d, concurrently));
    }

    /**
     * The statements that drop {@code index}.
     *
     * @param table the table, unquoted
     * @param index the index
     * @param d the dialect to write for
     * @return the statements, in order
     */
    public static List<String> dropIndexes(String table, IndexDef index, Dialect d) {
        return index.search() ? d.search().dropIndex(table, index, d) : List.of(d.ddl().dropIndex(table, index.name()));
    }

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY]} for an index over plain columns (Django's {@code sql_create_index}).
     *
     * @param table the table, unquoted
     * @param index the index
     * @param d the dialect to write for
     * @param concurrently whether to write {@code CONCURRENTLY} (PostgreSQL only)
     * @return the statement
     */
    public static String createIndex(String table, IndexDef index, Dialect d, boolean concurrently) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            cols.add(d.quote(index.columns().get(i)) + (index.descending().get(i) ? " DESC" : ""));
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + d.quote(index.name()) + " ON " + d.quote(table) + " (" + String.join(", ", cols) + ")";
    }

    /**
     * ADD COLUMN, without the column's UNIQUE constraint (added on its own, see {@link #unique}).
     *
     * @param table the table, unquoted
     * @param c the column
     * @param d the dialect to write for
     * @return an {@code ALTER TABLE ... ADD COLUMN} statement
     */
    public static String addColumn(String table, ColumnDef c, Dialect d) {
        return "ALTER TABLE " + d.quote(table) + " ADD COLUMN " + d.quote(c.name()) + " " + definition(c, d);
    }

    /**
     * Sets (or, for null, drops) the database default of {@code column}.
     *
     * @param table the table, unquoted
     * @param column the column, unquoted
     * @param type the column's type, which decides how the default is written
     * @param dbDefault the new default, or null to drop it
     * @param d the dialect to write for
     * @return the {@code ALTER TABLE ... ALTER COLUMN} statement
     */
    public static String setDefault(String table, String column, ColumnType type, ColumnDefault dbDefault, Dialect d) {
        return "ALTER TABLE " + d.quote(table) + " ALTER COLUMN " + d.quote(column)
                + (dbDefault == null ? " DROP DEFAULT" : " SET DEFAULT " + defaultSql(dbDefault, type.storage(), d));
    }

    /**
     * {@code ALTER TABLE t ADD constraint} (Django's {@code sql_create_constraint}).
     *
     * @param table the table, unquoted
     * @param constraint the constraint's clause, as {@link #constraint} or {@link #foreignKey} write it
     * @param d the dialect to write for
     * @return the statement
     */
    public static String addConstraint(String table, String constraint, Dialect d) {
        return "ALTER TABLE " + d.quote(table) + " ADD " + constraint;
    }

    /**
     * {@code DROP TABLE} without {@code IF EXISTS} (Django's {@code sql_delete_table}): a migration drops a table that exists.
     *
     * @param table the table, unquoted
     * @param d the dialect to write for
     * @return the statement
     */
    public static String dropTable(String table, Dialect d) {
        return "DROP TABLE " + d.quote(table);
    }

    /**
     * Writes one value (a parameter) into {@code column} of every row, or of the rows where it is NULL.
     *
     * @param table the table, unquoted
     * @param column the column, unquoted
     * @param value the value to write
     * @param onlyNulls whether only rows where the column is NULL are written
     * @param d the dialect to write for
     * @return the UPDATE with the value as its parameter
     */
    public static Sql fill(String table, String column, Value value, boolean onlyNulls, Dialect d) {
        return new Sql("UPDATE " + d.quote(table) + " SET " + d.quote(column) + " = ?"
                + (onlyNulls ? " WHERE " + d.quote(column) + " IS NULL" : ""), List.of(value));
    }

    /**
     * Copies rows into {@code into}: each of {@code columns} (quoted) from the expression at the same place.
     *
     * @param into the new table, unquoted
     * @param columns the columns to fill, unquoted
     * @param values for each column, the expression it is copied from
     * @param from the old table, unquoted
     * @param d the dialect to write for
     * @return an {@code INSERT INTO ... SELECT} with the expressions' parameters
     */
    public static Sql copyRows(String into, List<String> columns, List<Sql> values, String from, Dialect d) {
        Sql select = Sql.join(", ", values);
        return new Sql("INSERT INTO " + d.quote(into) + " (" + String.join(", ", columns.stream().map(d::quote).toList())
                + ") SELECT " + select.text() + " FROM " + d.quote(from), select.params());
    }

    /**
     * A column of the old table, as a rebuild copies it.
     *
     * @param column the column, unquoted
     * @param d the dialect to write for
     * @return the quoted column
     */
    public static Sql column(String column, Dialect d) {
        return Sql.of(d.quote(column));
    }

    /**
     * A value for every copied row: a parameter, or NULL.
     *
     * @param value the value, or null for SQL {@code NULL}
     * @return a placeholder with the value, or {@code NULL}
     */
    public static Sql value(Value value) {
        return value == null ? Sql.of("NULL") : new Sql("?", List.of(value));
    }

    /**
     * A line that {@code sqlmigrate} shows where no statement can be known in advance.
     *
     * @param text the comment's text; line breaks become spaces
     * @return a {@code --} comment
     */
    public static Sql comment(String text) {
        return Sql.of("-- " + text.replace('\n', ' '));
    }

    /**
     * The expression after {@code DEFAULT}.
     *
     * @param dbDefault the column's default
     * @param storage the storage of the column's field
     * @param d the dialect to write for
     * @return {@code (CURRENT_TIMESTAMP)} or the dialect's form of now, or the constant as a literal
     * @throws dev.covet.orm.exception.FieldError if the constant is not a value of {@code storage}
     */
    public static String defaultSql(ColumnDefault dbDefault, Storage storage, Dialect d) {
        return dbDefault.now() ? "(" + d.dates().now() + ")" : d.ddl().ddlLiteral(dbDefault.value(storage));
    }
}
