package dev.covet.orm.testing;

import dev.covet.orm.Covet;
import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.db.QueryListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Records the statements Covet runs (on every database and thread) while it is open: Django's
 * {@code assertNumQueries} and {@code CaptureQueriesContext}, for your own tests as much as Covet's.
 * Thread-safe.
 *
 * <pre>{@code
 * CaptureQueries.assertNumQueries(2, () -> {
 *     for (Author a : Author.objects.prefetchRelated("books")) a.related("books").list();
 * });
 *
 * try (CaptureQueries q = CaptureQueries.start()) {
 *     book.save();
 *     assertThat(q.sql()).singleElement().asString().startsWith("UPDATE");
 * }
 * }</pre>
 */
public final class CaptureQueries implements AutoCloseable {
    private final List<QueryEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final QueryListener listener = events::add;

    private CaptureQueries() {
        Covet.addQueryListener(listener);
    }

    /**
     * Starts recording. Close it to stop.
     *
     * @return the recorder; close it to stop recording
     */
    public static CaptureQueries start() {
        return new CaptureQueries();
    }

    /**
     * Runs {@code work} and fails with the statements it ran unless there were exactly {@code expected}.
     *
     * @param expected the number of statements {@code work} must run
     * @param work the code to count the statements of
     * @throws AssertionError if the count differs; the message lists the SQL of each statement
     */
    public static void assertNumQueries(int expected, Runnable work) {
        assertNumQueries(expected, () -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #assertNumQueries(int, Runnable)}, returning the work's result.
     *
     * @param <T> the result type
     * @param expected the number of statements {@code work} must run
     * @param work the code to count the statements of
     * @return what {@code work} returned
     * @throws AssertionError if the count differs; the message lists the SQL of each statement
     */
    public static <T> T assertNumQueries(int expected, Supplier<T> work) {
        try (CaptureQueries q = start()) {
            T result = work.get();
            q.close();
            if (q.count() != expected) {
                StringBuilder message = new StringBuilder().append(q.count()).append(" queries executed, ")
                        .append(expected).append(" expected\nCaptured queries were:");
                int i = 1;
                for (String s : q.sql()) {
                    message.append('\n').append(i++).append(". ").append(s);
                }
                throw new AssertionError(message.toString());
            }
            return result;
        }
    }

    /**
     * The statements recorded so far.
     *
     * @return a copy of the statements, in the order they ran
     */
    public List<QueryEvent> queries() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /**
     * The number of statements recorded so far.
     *
     * @return the count
     */
    public int count() {
        return events.size();
    }

    /**
     * The SQL text of each statement recorded so far.
     *
     * @return the SQL of each statement, in the order they ran
     */
    public List<String> sql() {
        return queries().stream().map(QueryEvent::sql).toList();
    }

    @Override
    public void close() {
        Covet.removeQueryListener(listener);
    }
}
