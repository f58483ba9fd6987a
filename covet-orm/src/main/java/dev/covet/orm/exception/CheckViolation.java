package dev.covet.orm.exception;

import java.sql.SQLException;

/** A CHECK constraint was violated. */
public class CheckViolation extends IntegrityError {
    /** Creates the error. */
    public CheckViolation(String message, SQLException cause) {
        super(message, cause);
    }
}
