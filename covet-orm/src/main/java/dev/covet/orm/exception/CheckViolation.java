package dev.covet.orm.exception;

import java.sql.SQLException;

/** A CHECK constraint was violated. */
public class CheckViolation extends IntegrityError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public CheckViolation(String message, SQLException cause) {
        super(message, cause);
    }
}
