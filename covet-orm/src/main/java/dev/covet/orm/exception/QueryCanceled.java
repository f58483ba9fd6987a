package dev.covet.orm.exception;

import java.sql.SQLException;

/** The statement was cancelled, for example by a statement timeout. */
public class QueryCanceled extends OperationalError {
    /** Creates the error. */
    public QueryCanceled(String message, SQLException cause) {
        super(message, cause);
    }
}
