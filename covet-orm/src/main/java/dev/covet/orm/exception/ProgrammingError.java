package dev.covet.orm.exception;

import java.sql.SQLException;

/** The statement itself was wrong: a missing table, a syntax error in raw SQL, a bad column. */
public class ProgrammingError extends DatabaseError {
    /** Creates the error. */
    public ProgrammingError(String message, SQLException cause) {
        super(message, cause);
    }
}
