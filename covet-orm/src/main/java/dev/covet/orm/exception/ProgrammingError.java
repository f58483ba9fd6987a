package dev.covet.orm.exception;

import java.sql.SQLException;

/** The statement itself was wrong: a missing table, a syntax error in raw SQL, a bad column. */
public class ProgrammingError extends DatabaseError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public ProgrammingError(String message, SQLException cause) {
        super(message, cause);
    }
}
