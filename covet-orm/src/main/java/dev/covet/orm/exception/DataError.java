package dev.covet.orm.exception;

import java.sql.SQLException;

/** A value did not fit its column: too long, out of range, not a valid number or date. */
public class DataError extends DatabaseError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public DataError(String message, SQLException cause) {
        super(message, cause);
    }
}
