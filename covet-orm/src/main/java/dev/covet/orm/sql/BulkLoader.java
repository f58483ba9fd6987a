package dev.covet.orm.sql;

import dev.covet.orm.db.Database;
import dev.covet.orm.meta.FieldInfo;

import java.util.List;

/**
 * A database's way of loading many rows faster than INSERT statements can: PostgreSQL's
 * {@code COPY ... FROM STDIN}. {@code bulkCreate} uses it for large loads when every column can travel
 * that way, and sends multi-row INSERTs otherwise.
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
     * Takes {@code count} values from the sequence behind an auto-increment key, in one query.
     *
     * @param db    the database
     * @param table the table
     * @param key   the auto-increment key column
     * @param count how many keys to take
     * @return the keys in the order taken, or null when the column has no sequence of its own
     */
    List<Object> reserveKeys(Database db, String table, FieldInfo key, int count);

    /**
     * Loads one row per instance, every column given, in one statement.
     *
     * @param db        the database (its current transaction's connection, if any)
     * @param table     the table
     * @param fields    the columns, in order
     * @param rows      the values, row by row in the order of {@code fields}
     * @return the number of rows the database loaded
     */
    long load(Database db, String table, List<FieldInfo> fields, Rows rows);

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
