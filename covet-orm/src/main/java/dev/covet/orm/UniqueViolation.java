package dev.covet.orm;

import java.sql.SQLException;

/** A UNIQUE or PRIMARY KEY constraint was violated. */
public class UniqueViolation extends IntegrityError {
    public UniqueViolation(String message, SQLException cause) {
        super(message, cause);
    }
}
