package dev.covet.orm.exception;

/**
 * The database in use lacks a feature the call needs (for example {@code distinct(fields)}
 * outside PostgreSQL). Covet raises this instead of silently doing something else.
 */
public class NotSupportedError extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, shown as its message
     */
    public NotSupportedError(String message) {
        super(message);
    }
}
