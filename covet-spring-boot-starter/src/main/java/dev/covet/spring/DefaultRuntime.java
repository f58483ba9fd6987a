package dev.covet.spring;

import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JVM's default runtime, the one {@link Covet#setup} opened, as a thread with no runtime made current
 * sees it. The calling thread may have one bound (a context started inside a test method that another
 * context's runtime is bound around), so the question is asked on a new thread of its own.
 */
final class DefaultRuntime {
    private DefaultRuntime() {
    }

    /** {@return the default runtime, or empty when Covet is not set up} */
    static Optional<CovetRuntime> get() {
        AtomicReference<Optional<CovetRuntime>> seen = new AtomicReference<>(Optional.empty());
        Thread asking = Thread.ofVirtual().start(() -> seen.set(Covet.currentRuntime()));
        boolean interrupted = false;
        while (true) {
            try {
                asking.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return seen.get();
    }
}
