package dev.covet.orm.exception;

/**
 * Covet was set up wrongly: a malformed database URL, an unknown scheme, a model
 * declared with an impossible combination of fields or options. The message names
 * what was wrong and where.
 */
public class ImproperlyConfigured extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, shown as its message
     */
    public ImproperlyConfigured(String message) {
        super(message);
    }

    /**
     * Creates the error with {@code message}, caused by {@code cause}.
     *
     * @param message the text of the error, shown as its message
     * @param cause the exception that led to this one
     */
    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
