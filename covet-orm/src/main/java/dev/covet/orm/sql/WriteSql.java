package dev.covet.orm.sql;

import dev.covet.orm.meta.FieldInfo;

import java.util.List;

/**
 * How one database spells the parts of a write that differ: an INSERT that skips or updates rows whose
 * unique key exists ({@code ON CONFLICT}), an INSERT of defaults only, and a value's placeholder inside a
 * bulk update's CASE. Names are checked columns, quoted by the dialect. A dialect hands out its own
 * ({@link Dialect#writes()}). Implementations are immutable and thread-safe.
 */
public abstract class WriteSql {
    /** The dialect whose quoting, name and features the SQL uses. */
    protected final Dialect dialect;

    /**
     * The write SQL of {@code dialect}'s database.
     *
     * @param dialect the dialect whose quoting, name and features the SQL uses
     */
    protected WriteSql(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The clause (leading space) that makes an INSERT skip rows whose unique key exists already, and
     * only those: other errors (a missing foreign key) still raise. {@code column} is one quoted column
     * of the table. PostgreSQL and SQLite (3.24+) spell it {@code ON CONFLICT DO NOTHING}.
     *
     * @param column a quoted column of the table (MySQL needs one to write its no-op update)
     * @return the clause
     */
    public String ignoreDuplicates(String column) {
        return " ON CONFLICT DO NOTHING";
    }

    /**
     * The placeholder for a value of {@code field} inside a CASE branch (where some databases cannot infer its type).
     *
     * @param field the field whose column receives the value
     * @return the placeholder, a bare {@code ?} by default
     */
    public String caseValue(FieldInfo field) {
        return "?";
    }

    /**
     * The clause after an INSERT's VALUES that skips (no {@code updateColumns}) or updates a row that
     * conflicts on {@code uniqueColumns} ({@code ON CONFLICT ... DO NOTHING / DO UPDATE}); names are checked columns.
     *
     * @param uniqueColumns the columns whose unique constraint decides a conflict, unquoted
     * @param updateColumns the columns to overwrite on a conflict, unquoted; empty to skip the row
     * @param keyColumn the primary key column, unquoted (used where a database needs it)
     * @return the clause, with a leading space
     * @throws dev.covet.orm.exception.FieldError if columns are to be updated but no unique columns are given
     */
    public String onConflict(List<String> uniqueColumns, List<String> updateColumns, String keyColumn) {
        if (updateColumns.isEmpty()) {
            return " ON CONFLICT DO NOTHING";
        }
        if (uniqueColumns.isEmpty()) {
            throw new dev.covet.orm.exception.FieldError("An upsert on " + dialect.name() + " needs the unique fields that decide a conflict");
        }
        List<String> sets = new java.util.ArrayList<>();
        for (String c : updateColumns) {
            sets.add(dialect.quote(c) + " = EXCLUDED." + dialect.quote(c));
        }
        List<String> unique = uniqueColumns.stream().map(dialect::quote).toList();
        return " ON CONFLICT (" + String.join(", ", unique) + ") DO UPDATE SET " + String.join(", ", sets);
    }

    /**
     * An INSERT of a row that takes every column's default.
     *
     * @param table the table name, unquoted
     * @return the statement
     */
    public String insertDefaults(String table) {
        return "INSERT INTO " + dialect.quote(table) + " DEFAULT VALUES";
    }
}
