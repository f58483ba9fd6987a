package dev.covet.orm.exception;

import java.sql.SQLException;

/**
 * A constraint was violated. The subclasses {@link UniqueViolation},
 * {@link NotNullViolation}, {@link ForeignKeyViolation} and {@link CheckViolation}
 * say which kind. The connection, and any enclosing transaction once rolled back
 * to its savepoint, stay usable.
 */
public class IntegrityError extends DatabaseError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public IntegrityError(String message, SQLException cause) {
        super(message, cause);
    }
}
