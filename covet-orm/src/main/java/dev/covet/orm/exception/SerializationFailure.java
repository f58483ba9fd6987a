package dev.covet.orm.exception;

import java.sql.SQLException;

/**
 * The database rolled the transaction back because it could not be serialized with a concurrent one
 * (PostgreSQL's SQLSTATE 40001, SQLite's stale WAL snapshot); running it again may succeed.
 */
public class SerializationFailure extends OperationalError implements Retriable {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public SerializationFailure(String message, SQLException cause) {
        super(message, cause);
    }
}
