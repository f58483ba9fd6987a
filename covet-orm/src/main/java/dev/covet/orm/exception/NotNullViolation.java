package dev.covet.orm.exception;

import java.sql.SQLException;

/** A NOT NULL constraint was violated. */
public class NotNullViolation extends IntegrityError {
    /** Creates the error. */
    public NotNullViolation(String message, SQLException cause) {
        super(message, cause);
    }
}
