package dev.covet.orm.exception;

import java.sql.SQLException;

/** A value did not fit its column: too long, out of range, not a valid number or date. */
public class DataError extends DatabaseError {
    /** Creates the error. */
    public DataError(String message, SQLException cause) {
        super(message, cause);
    }
}
