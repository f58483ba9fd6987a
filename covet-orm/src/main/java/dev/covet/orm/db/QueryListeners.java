package dev.covet.orm.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link QueryListener}s of one runtime: every database the runtime opened tells them about its
 * statements, and no other runtime's database does. Thread-safe.
 */
public final class QueryListeners {
    private static final Logger LOG = LoggerFactory.getLogger(QueryListeners.class);
    private final List<QueryListener> listeners = new CopyOnWriteArrayList<>();

    /** An empty list of listeners. */
    public QueryListeners() {
    }

    /**
     * Adds a listener, told about every statement from now on.
     *
     * @param listener the listener
     */
    public void add(QueryListener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener added before; nothing happens when it is not there.
     *
     * @param listener the listener
     */
    public void remove(QueryListener listener) {
        listeners.remove(listener);
    }

    boolean any() {
        return !listeners.isEmpty();
    }

    void fire(QueryEvent event) {
        for (QueryListener l : listeners) {
            try {
                l.onQuery(event);
            } catch (RuntimeException e) {
                LOG.warn("A query listener failed: {}", e.toString());
            }
        }
    }
}
