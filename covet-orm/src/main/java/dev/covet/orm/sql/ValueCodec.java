package dev.covet.orm.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves one kind of canonical value between Java and JDBC for one database. Each dialect keeps
 * one codec per {@link dev.covet.orm.field.FieldKind.Storage}, chosen once per column, never per row.
 */
public interface ValueCodec {
    /** Binds a non-null canonical value. */
    void bind(PreparedStatement ps, int index, Object value) throws SQLException;

    /** Reads the canonical value at {@code index}, or null for SQL NULL. */
    Object read(ResultSet rs, int index) throws SQLException;

    /** The {@link java.sql.Types} code used to bind NULL. */
    int sqlType();
}
