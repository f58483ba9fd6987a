package dev.covet.spring;

import dev.covet.orm.Covet;
import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.db.QueryListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Covet's meters on the application's registry: those of {@link dev.covet.orm.metrics.CovetMetrics}
 * ({@code covet.query}, {@code covet.pool.*}, {@code covet.errors}) and {@code covet.statements}, every
 * statement timed by database alias and {@code outcome} ({@code success} or {@code error}). Bound when
 * the bean is made; unbound when the context closes.
 */
final class CovetMetrics implements AutoCloseable {
    static final String NAME = "covet.statements";

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final QueryListener listener;
    private final dev.covet.orm.metrics.CovetMetrics meters;

    CovetMetrics(MeterRegistry registry) {
        meters = dev.covet.orm.metrics.CovetMetrics.bindTo(registry);
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
        Covet.removeQueryListener(listener);
        meters.close();
    }
}
