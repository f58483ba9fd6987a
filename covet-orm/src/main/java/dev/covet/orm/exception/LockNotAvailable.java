package dev.covet.orm.exception;

import java.sql.SQLException;

/** A row or table lock could not be taken (for example under {@code selectForUpdate(nowait)}). */
public class LockNotAvailable extends OperationalError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public LockNotAvailable(String message, SQLException cause) {
        super(message, cause);
    }
}
