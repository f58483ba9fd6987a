package dev.covet.spring;

import dev.covet.orm.Covet;
import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.db.QueryListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every statement Covet runs as {@code covet.statements}, tagged with the database alias and
 * {@code outcome} ({@code success} or {@code error}). Stops listening when the context closes.
 */
final class CovetMetrics implements MeterBinder, AutoCloseable {
    static final String NAME = "covet.statements";

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private QueryListener listener;

    @Override
    public void bindTo(MeterRegistry registry) {
        listener = event -> timer(registry, event).record(event.nanos(), TimeUnit.NANOSECONDS);
        Covet.addQueryListener(listener);
    }

    private Timer timer(MeterRegistry registry, QueryEvent event) {
        String outcome = event.failed() ? "error" : "success";
        return timers.computeIfAbsent(event.database() + '\n' + outcome, key -> Timer.builder(NAME)
                .description("Statements Covet ran")
                .tag("database", event.database())
                .tag("outcome", outcome)
                .register(registry));
    }

    @Override
    public void close() {
        if (listener != null) {
            Covet.removeQueryListener(listener);
        }
    }
}
