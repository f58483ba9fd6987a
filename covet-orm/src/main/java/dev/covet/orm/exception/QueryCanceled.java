package dev.covet.orm.exception;

import java.sql.SQLException;

/** The statement was cancelled, for example by a statement timeout. */
public class QueryCanceled extends OperationalError {
    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public QueryCanceled(String message, SQLException cause) {
        super(message, cause);
    }
}
