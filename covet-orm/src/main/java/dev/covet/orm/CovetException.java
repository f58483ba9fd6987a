package dev.covet.orm;

/**
 * The base of every exception Covet throws. All of them are unchecked, so that
 * database calls read like ordinary method calls.
 */
public class CovetException extends RuntimeException {
    public CovetException(String message) {
        super(message);
    }

    public CovetException(String message, Throwable cause) {
        super(message, cause);
    }
}
