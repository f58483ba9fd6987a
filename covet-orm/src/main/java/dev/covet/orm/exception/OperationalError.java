package dev.covet.orm.exception;

import java.sql.SQLException;

/**
 * The database could not carry out the work for a reason outside the statement:
 * the connection was lost, a lock could not be had, the query was cancelled or
 * chosen as a deadlock victim. The subclasses say which.
 */
public class OperationalError extends DatabaseError {
    /** Creates the error. */
    public OperationalError(String message, SQLException cause) {
        super(message, cause);
    }
}
