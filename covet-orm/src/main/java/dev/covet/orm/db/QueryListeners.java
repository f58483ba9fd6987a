package dev.covet.orm.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The process-wide list of {@link QueryListener}s. Thread-safe. */
public final class QueryListeners {
    private static final Logger LOG = LoggerFactory.getLogger(QueryListeners.class);
    private static final List<QueryListener> LISTENERS = new CopyOnWriteArrayList<>();

    private QueryListeners() {
    }

    /**
     * Adds a listener, told about every statement from now on.
     *
     * @param listener the listener
     */
    public static void add(QueryListener listener) {
        LISTENERS.add(listener);
    }

    /**
     * Removes a listener added before; nothing happens when it is not there.
     *
     * @param listener the listener
     */
    public static void remove(QueryListener listener) {
        LISTENERS.remove(listener);
    }

    static boolean any() {
        return !LISTENERS.isEmpty();
    }

    static void fire(QueryEvent event) {
        for (QueryListener l : LISTENERS) {
            try {
                l.onQuery(event);
            } catch (RuntimeException e) {
                LOG.warn("A query listener failed: {}", e.toString());
            }
        }
    }
}
