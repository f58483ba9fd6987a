package dev.covet.orm.exception;

import java.sql.SQLException;

/** A write reached a database that only reads (a replica, or one configured {@code readOnly}); the message names it. */
public class ReadOnlyError extends OperationalError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, naming the read-only database
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps
     */
    public ReadOnlyError(String message, SQLException cause) {
        super(message, cause);
    }
}
