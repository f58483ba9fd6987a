package dev.covet.orm.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves one kind of canonical value between Java and JDBC for one database. Each dialect keeps
 * one codec per {@link dev.covet.orm.field.FieldKind.Storage}, chosen once per column, never per row.
 */
public interface ValueCodec {
    /**
     * Binds a non-null canonical value.
     *
     * @param ps the statement
     * @param index the parameter's position, from 1
     * @param value the value, never null
     * @throws SQLException if the driver refuses the value
     */
    void bind(PreparedStatement ps, int index, Object value) throws SQLException;

    /**
     * Reads the canonical value at {@code index}, or null for SQL NULL.
     *
     * @param rs the result set, on a row
     * @param index the column's position, from 1
     * @return the value, or null
     * @throws SQLException if the driver cannot read the column
     */
    Object read(ResultSet rs, int index) throws SQLException;

    /**
     * The {@link java.sql.Types} code used to bind NULL.
     *
     * @return the type code
     */
    int sqlType();
}
