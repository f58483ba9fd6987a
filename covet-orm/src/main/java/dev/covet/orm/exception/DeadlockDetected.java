package dev.covet.orm.exception;

import java.sql.SQLException;

/** The database chose this transaction as a deadlock victim and rolled it back; retrying it may succeed. */
public class DeadlockDetected extends OperationalError implements Retriable {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public DeadlockDetected(String message, SQLException cause) {
        super(message, cause);
    }
}
