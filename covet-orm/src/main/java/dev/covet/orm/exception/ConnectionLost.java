package dev.covet.orm.exception;

import java.sql.SQLException;

/**
 * The connection to the database failed or was closed. When it happens inside a transaction the
 * server has rolled that transaction back ({@link #rolledBack()}); Covet never retries it by itself,
 * since it cannot know whether the work may run twice.
 */
public class ConnectionLost extends OperationalError {
    /** Was a transaction open on the lost connection (and so rolled back by the server)? */
    private final boolean rolledBack;

    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public ConnectionLost(String message, SQLException cause) {
        this(message, cause, false);
    }

    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     * @param rolledBack whether a transaction was open on the connection, and so rolled back by the server
     */
    public ConnectionLost(String message, SQLException cause, boolean rolledBack) {
        super(message, cause);
        this.rolledBack = rolledBack;
    }

    /**
     * Was a transaction open on the lost connection (and so rolled back by the server)?
     *
     * @return true when the server rolled back a transaction that was open on the connection
     */
    public boolean rolledBack() {
        return rolledBack;
    }
}
