package dev.covet.orm.migrate;

import dev.covet.orm.exception.CovetException;

/**
 * A migration could not be made or applied: a conflict, a missing dependency, a file edited after it
 * was applied, an irreversible step, or a failed operation. The message says what was applied and
 * what to do next.
 */
public class MigrationError extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message what went wrong, and what to do
     */
    public MigrationError(String message) {
        super(message);
    }

    /**
     * Creates the error with {@code message}, caused by {@code cause}.
     *
     * @param message what went wrong, and what to do
     * @param cause the underlying failure
     */
    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
