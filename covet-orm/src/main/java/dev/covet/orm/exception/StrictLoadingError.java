package dev.covet.orm.exception;

/**
 * A relation that was not loaded was touched while strict loading is on (for the QuerySet that
 * loaded the instance, or globally). Instead of a silent query per row (an N+1), the code fails
 * and says what to add: {@code selectRelated(...)} or {@code prefetchRelated(...)}.
 */
public class StrictLoadingError extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, shown as its message
     */
    public StrictLoadingError(String message) {
        super(message);
    }
}
