package dev.covet.orm.db;

import java.util.function.Supplier;

/**
 * What owns a {@link Database}: the runtime that opened it. The database tells the owner's query
 * listeners about its statements, and runs its async work inside the owner, so that code on the async
 * thread sees the same databases, receivers and caches as the code that started it.
 */
public interface DatabaseOwner {
    /** A database nobody owns: no listeners, and async work runs as it is. */
    DatabaseOwner NONE = new DatabaseOwner() {
        private final QueryListeners none = new QueryListeners();

        @Override
        public QueryListeners queryListeners() {
            return none;
        }

        @Override
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    };

    /**
     * The listeners told about every statement of the owner's databases.
     *
     * @return the owner's listeners
     */
    QueryListeners queryListeners();

    /**
     * Runs {@code work} on the calling thread with this owner current.
     *
     * @param <T> the type of the work's result
     * @param work what to run
     * @return what {@code work} returned
     */
    <T> T call(Supplier<T> work);
}
