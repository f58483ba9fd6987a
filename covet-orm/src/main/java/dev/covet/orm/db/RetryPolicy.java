package dev.covet.orm.db;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.Retriable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often {@link dev.covet.orm.Covet#atomic(RetryPolicy, Runnable)} runs a transaction again after a
 * {@link Retriable} error (a deadlock victim, a serialization failure), and how long it waits
 * between attempts: exponential backoff from {@code initialBackoff}, capped at {@code maxBackoff},
 * with full jitter so that two victims of the same deadlock do not collide again. Other errors,
 * {@link ConnectionLost} included, are never retried. Immutable and thread-safe.
 *
 * <pre>{@code
 * Covet.atomic(RetryPolicy.attempts(5), () -> transfer(from, to, amount));
 * }</pre>
 */
public final class RetryPolicy {
    /** Three attempts, 10 ms then 20 ms apart at most: the policy Covet's own writes use. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(200));

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A RetryPolicy needs at least 1 attempt, not " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("Backoff must be 0 or more and maxBackoff at least initialBackoff, not "
                    + initialBackoff + " / " + maxBackoff);
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * At most {@code n} attempts in all (1 = no retry), with the default backoff.
     *
     * @param n the most attempts, the first included; at least 1
     * @return the policy
     */
    public static RetryPolicy attempts(int n) {
        return new RetryPolicy(n, DEFAULT.initialBackoff, DEFAULT.maxBackoff);
    }

    /**
     * This policy waiting up to {@code initial} before the first retry, doubling up to {@code max}.
     *
     * @param initial the longest pause before the first retry
     * @param max the longest pause before any retry
     * @return a copy of this policy with that backoff
     */
    public RetryPolicy backoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max);
    }

    /**
     * How many times the work runs at most, the first time included.
     *
     * @return the most attempts, at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Runs {@code attempt}, and again after a {@link Retriable} error, at most {@link #maxAttempts()}
     * times in all, pausing as {@link #pauseAfter} says; any other error, or the last one, propagates.
     * Each attempt must be a whole transaction (or start one): a retriable error means the database
     * rolled back the transaction it happened in. {@link dev.covet.orm.Covet#atomic(RetryPolicy, Runnable)} is this
     * around a transaction.
     *
     * @param <T> the result type
     * @param attempt the work, one transaction per call
     * @return what the first successful attempt returned
     */
    public <T> T call(java.util.function.Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!(e instanceof Retriable) || n >= maxAttempts) {
                    throw e;
                }
                try {
                    Thread.sleep(pauseAfter(n));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    e.addSuppressed(interrupted);
                    throw e;
                }
            }
        }
    }

    /**
     * The pause before attempt {@code attempt + 1}, after {@code attempt} failed (1-based), jittered.
     *
     * @param attempt the number of the failed attempt, from 1
     * @return a random pause between zero and the backoff for that attempt
     */
    public Duration pauseAfter(int attempt) {
        long cap = Math.min(maxBackoff.toNanos(), initialBackoff.toNanos() << Math.min(attempt - 1, 30));
        return cap <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(cap + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy(" + maxAttempts + " attempts, backoff " + initialBackoff.toMillis() + "-" + maxBackoff.toMillis() + " ms)";
    }
}
