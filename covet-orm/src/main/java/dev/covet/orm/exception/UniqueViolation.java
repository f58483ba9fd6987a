package dev.covet.orm.exception;

import java.sql.SQLException;

/** A UNIQUE or PRIMARY KEY constraint was violated. */
public class UniqueViolation extends IntegrityError {
    /** Creates the error. */
    public UniqueViolation(String message, SQLException cause) {
        super(message, cause);
    }
}
