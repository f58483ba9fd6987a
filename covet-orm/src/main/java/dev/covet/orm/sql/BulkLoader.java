package dev.covet.orm.sql;

import dev.covet.orm.meta.FieldInfo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A database's way of loading many rows faster than INSERT statements can: PostgreSQL's
 * {@code COPY ... FROM STDIN}. {@code bulkCreate} uses it for large loads when every column can travel
 * that way, and sends multi-row INSERTs otherwise. The loader writes the statements and sends the rows
 * over a JDBC connection; running them (transaction, log, listeners, limits) is its caller's part.
 */
public interface BulkLoader {
    /**
     * Can rows of these columns be loaded?
     *
     * @param fields the columns to load, each with its storage
     * @return false when one of them has no encoding here (then INSERTs are used)
     */
    boolean canLoad(List<FieldInfo> fields);

    /**
     * The query that takes {@code count} values from the sequence behind an auto-increment key, in one
     * statement: one row per key, in the order taken, the key in the first column. Where the column has
     * no sequence of its own, the query returns no row or a first row whose key is null.
     *
     * @param table the table
     * @param key   the auto-increment key column
     * @param count how many keys to take
     * @return the query
     */
    Sql reserveKeys(String table, FieldInfo key, int count);

    /**
     * The statement that loads rows of {@code fields} into {@code table}, as {@link #load} sends it.
     *
     * @param table  the table
     * @param fields the columns, in order
     * @return the statement, without parameters
     */
    Sql loadStatement(String table, List<FieldInfo> fields);

    /**
     * Loads every row, every column given, in one statement on {@code connection}. Inside a transaction,
     * a failed load leaves the transaction as it was.
     *
     * @param connection the connection to load on (its current transaction's, if any)
     * @param statement  the text of {@link #loadStatement}, as the statement limit in force leaves it
     * @param fields     the columns, in order
     * @param rows       the values, row by row in the order of {@code fields}
     * @return the number of rows the database loaded
     * @throws SQLException as the driver raises it
     */
    long load(Connection connection, String statement, List<FieldInfo> fields, Rows rows) throws SQLException;

    /** The values to load, read one at a time so that no copy of all of them is made. */
    interface Rows {
        /**
         * The number of rows.
         *
         * @return how many rows there are
         */
        int size();

        /**
         * One value, as stored (the canonical value of its column's storage).
         *
         * @param row    the row, from 0
         * @param column the column, from 0, in the order of the fields given to {@link #load}
         * @return the value, or null for SQL NULL
         */
        Object value(int row, int column);
    }
}
