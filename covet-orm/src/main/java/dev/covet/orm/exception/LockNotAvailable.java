package dev.covet.orm.exception;

import java.sql.SQLException;

/** A row or table lock could not be taken (for example under {@code selectForUpdate(nowait)}). */
public class LockNotAvailable extends OperationalError {
    /** Creates the error. */
    public LockNotAvailable(String message, SQLException cause) {
        super(message, cause);
    }
}
