package dev.covet.orm.exception;

/**
 * No pooled connection became free within the database's {@code connectionTimeout}: every connection
 * was busy for that long. The server did not fail, nothing was sent, and the call can be retried
 * (after backing off, or with a larger pool or timeout).
 */
public class PoolTimeout extends OperationalError {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, shown as its message
     */
    public PoolTimeout(String message) {
        super(message, null);
    }
}
