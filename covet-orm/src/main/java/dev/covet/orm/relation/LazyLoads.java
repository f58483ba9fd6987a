package dev.covet.orm.relation;

import dev.covet.orm.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The process-wide listeners told about each {@link LazyLoad}: what an N+1 detector (such as
 * covet-test's) needs to name the relation behind a repeated query. Thread-safe; a listener that
 * throws is logged and ignored.
 */
public final class LazyLoads {
    private static final Logger LOG = LoggerFactory.getLogger(LazyLoads.class);
    private static final List<Consumer<LazyLoad>> LISTENERS = new CopyOnWriteArrayList<>();

    private LazyLoads() {
    }

    /**
     * Tells {@code listener} about every lazy load from now on.
     *
     * @param listener called on the loading thread with each lazy load; what it throws is logged
     */
    public static void add(Consumer<LazyLoad> listener) {
        LISTENERS.add(listener);
    }

    /**
     * Stops telling {@code listener}.
     *
     * @param listener a listener passed to {@link #add}
     */
    public static void remove(Consumer<LazyLoad> listener) {
        LISTENERS.remove(listener);
    }

    static void fire(Model owner, String relation, boolean single) {
        if (LISTENERS.isEmpty()) {
            return;
        }
        LazyLoad event = new LazyLoad(owner.getClass(), relation, single);
        for (Consumer<LazyLoad> l : LISTENERS) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A lazy-load listener failed: {}", e.toString());
            }
        }
    }
}
