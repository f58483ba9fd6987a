package dev.covet.orm.exception;

/**
 * A transaction was used wrongly: committed twice, used from another thread, or an
 * {@code ...Async} call was made inside {@code atomic()}, where it would run outside the transaction.
 */
public class TransactionManagementError extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, shown as its message
     */
    public TransactionManagementError(String message) {
        super(message);
    }
}
