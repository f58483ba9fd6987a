package dev.covet.orm.exception;

import java.sql.SQLException;

/** A write reached a database that only reads (a replica, or one configured {@code readOnly}); the message names it. */
public class ReadOnlyError extends OperationalError {
    public ReadOnlyError(String message, SQLException cause) {
        super(message, cause);
    }
}
