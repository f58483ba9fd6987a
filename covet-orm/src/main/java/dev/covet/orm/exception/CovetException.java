package dev.covet.orm.exception;

/**
 * The base of every exception Covet throws. All of them are unchecked, so that
 * database calls read like ordinary method calls.
 */
public class CovetException extends RuntimeException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, shown as its message
     */
    public CovetException(String message) {
        super(message);
    }

    /**
     * Creates the error with {@code message}, caused by {@code cause}.
     *
     * @param message the text of the error, shown as its message
     * @param cause the exception that led to this one
     */
    public CovetException(String message, Throwable cause) {
        super(message, cause);
    }
}
