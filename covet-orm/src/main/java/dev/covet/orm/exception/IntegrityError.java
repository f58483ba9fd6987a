package dev.covet.orm.exception;

import java.sql.SQLException;

/**
 * A constraint was violated. The subclasses {@link UniqueViolation},
 * {@link NotNullViolation}, {@link ForeignKeyViolation} and {@link CheckViolation}
 * say which kind. The connection, and any enclosing transaction once rolled back
 * to its savepoint, stay usable.
 */
public class IntegrityError extends DatabaseError {
    /** Creates the error. */
    public IntegrityError(String message, SQLException cause) {
        super(message, cause);
    }
}
