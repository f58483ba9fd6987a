package dev.covet.orm.exception;

import java.sql.SQLException;

/** A FOREIGN KEY constraint was violated. */
public class ForeignKeyViolation extends IntegrityError {
    /** Creates the error. */
    public ForeignKeyViolation(String message, SQLException cause) {
        super(message, cause);
    }
}
