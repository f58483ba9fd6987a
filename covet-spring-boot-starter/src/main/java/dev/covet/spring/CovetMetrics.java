package dev.covet.spring;

import dev.covet.orm.CovetRuntime;
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
 * the bean is made, on the context's runtime, whose pools the gauges read; unbound when the context
 * closes.
 */
final class CovetMetrics implements AutoCloseable {
    static final String NAME = "covet.statements";

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final QueryListener listener;
    private final dev.covet.orm.metrics.CovetMetrics meters;
    private final CovetRuntime runtime;

    CovetMetrics(CovetRuntime runtime, MeterRegistry registry) {
        this.runtime = runtime;
        meters = runtime.call(() -> dev.covet.orm.metrics.CovetMetrics.bindTo(registry));
        listener = event -> timer(registry, event).record(event.nanos(), TimeUnit.NANOSECONDS);
        runtime.addQueryListener(listener);
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
        runtime.removeQueryListener(listener);
        runtime.run(meters::close);
    }
}
