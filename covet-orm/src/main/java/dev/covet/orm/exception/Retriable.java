package dev.covet.orm.exception;

import dev.covet.orm.Covet;

/**
 * Marks an error after which running the whole transaction again may succeed: the database rolled
 * it back to break a deadlock or to keep transactions serializable, and nothing of it was committed.
 * {@link Covet#atomic(RetryPolicy, Runnable)} retries these, and only these.
 */
public interface Retriable {
}
