package dev.covet.orm.exception;

import java.sql.SQLException;

/**
 * The database could not carry out the work for a reason outside the statement:
 * the connection was lost, a lock could not be had, the query was cancelled or
 * chosen as a deadlock victim. The subclasses say which.
 */
public class OperationalError extends DatabaseError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public OperationalError(String message, SQLException cause) {
        super(message, cause);
    }
}
