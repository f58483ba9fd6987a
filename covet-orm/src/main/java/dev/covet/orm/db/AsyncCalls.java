package dev.covet.orm.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The async calls of one database: run on its executor inside its owner, counted so that closing
 * the database waits for those still running and refuses new ones. Thread-safe.
 */
final class AsyncCalls {
    // under the name users already configure for a database's messages
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String alias;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param executor     runs the calls
     * @param ownsExecutor whether Covet made the executor, and so shuts it down on close
     */
    AsyncCalls(String alias, ExecutorService executor, boolean ownsExecutor) {
        this.alias = alias;
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
    }

    ExecutorService executor() {
        return executor;
    }

    /** Runs {@code work} on the executor inside {@code owner}; see {@link Database#async}. */
    <T> CompletableFuture<T> submit(DatabaseOwner owner, Supplier<T> work) {
        if (closed) {
            throw new dev.covet.orm.exception.ImproperlyConfigured("Database '" + alias + "' is closed");
        }
        running.incrementAndGet();
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                // completed before the call counts as finished, so that a close that waited for it finds it done
                try {
                    future.complete(owner.call(work));
                } catch (Throwable t) {
                    future.completeExceptionally(t);
                } finally {
                    finished();
                }
            });
        } catch (RuntimeException e) {
            finished();
            throw e;
        }
        return future;
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            synchronized (running) {
                running.notifyAll();
            }
        }
    }

    /** Refuses new calls, shuts the executor down when Covet made it, and waits up to {@code patience} for the calls still running. */
    void close(Duration patience) {
        closed = true;
        long deadline = System.nanoTime() + patience.toNanos();
        if (ownsExecutor) {
            executor.shutdown();
        }
        synchronized (running) {
            while (running.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("Closing database '{}' with {} async calls still running after {} ms", alias, running.get(),
                            patience.toMillis());
                    return;
                }
                try {
                    running.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
