package dev.covet.orm.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set.
 *
 * @param <T> the type a row is read as
 */
@FunctionalInterface
public interface RowMapper<T> {
    /**
     * Reads the row the result set is on; does not move it.
     *
     * @param rs the result set, on a row
     * @return the row's object
     * @throws SQLException if a column cannot be read
     */
    T map(ResultSet rs) throws SQLException;
}
