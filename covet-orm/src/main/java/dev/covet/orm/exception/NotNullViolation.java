package dev.covet.orm.exception;

import java.sql.SQLException;

/** A NOT NULL constraint was violated. */
public class NotNullViolation extends IntegrityError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public NotNullViolation(String message, SQLException cause) {
        super(message, cause);
    }
}
