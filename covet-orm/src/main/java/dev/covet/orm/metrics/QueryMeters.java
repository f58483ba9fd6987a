package dev.covet.orm.metrics;

import dev.covet.orm.CovetRuntime;
import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.db.QueryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The query listener behind {@code covet.query} and {@code covet.errors}. A statement's text is
 * classified once ({@link StatementShape}); its timers are then found by the same text and the
 * database alias, with no string building per statement.
 */
final class QueryMeters implements QueryListener {
    static final String TIMER = "covet.query";
    static final String ERRORS = "covet.errors";
    private static final int MAX_SHAPES = 10_000;

    private final MeterRegistry registry;
    private final CovetRuntime runtime;
    private final Map<String, Map<String, Timer>> timers = new ConcurrentHashMap<>();
    private final Map<String, StatementShape> shapes = new ConcurrentHashMap<>();
    private final Map<String, Meter> meters = new ConcurrentHashMap<>();

    QueryMeters(MeterRegistry registry, CovetRuntime runtime) {
        this.runtime = runtime;
        this.registry = registry;
    }

    @Override
    public void onQuery(QueryEvent event) {
        timer(event).record(event.nanos(), TimeUnit.NANOSECONDS);
        if (event.failed()) {
            String type = errorType(event);
            Counter c = Counter.builder(ERRORS)
                    .description("Statements that failed, by the Covet exception they raised")
                    .tag("type", type)
                    .tag("database", event.database())
                    .register(registry);
            meters.putIfAbsent(type + '\n' + event.database(), c);
            c.increment();
        }
    }

    private Timer timer(QueryEvent event) {
        String sql = event.sql();
        Map<String, Timer> byDatabase = timers.get(sql);
        if (byDatabase == null) {
            if (timers.size() >= MAX_SHAPES) {
                timers.clear();   // an application that builds unbounded SQL texts: start over rather than grow
                shapes.clear();
            }
            byDatabase = timers.computeIfAbsent(sql, k -> new ConcurrentHashMap<>());
        }
        Timer t = byDatabase.get(event.database());
        if (t == null) {
            StatementShape shape = shapes.computeIfAbsent(sql, StatementShape::of);
            t = byDatabase.computeIfAbsent(event.database(), db -> {
                Timer timer = Timer.builder(TIMER)
                        .description("Statements Covet ran")
                        .tag("operation", shape.operation())
                        .tag("model", shape.table())
                        .tag("database", db)
                        .register(registry);
                meters.putIfAbsent(shape.operation() + '\n' + shape.table() + '\n' + db, timer);
                return timer;
            });
        }
        return t;
    }

    /** The simple name of the Covet exception the failure raised (the driver's exception class when Covet cannot tell). */
    private String errorType(QueryEvent event) {
        Throwable error = event.error();
        if (error instanceof SQLException e && !runtime.isClosed() && runtime.aliases().contains(event.database())) {
            return runtime.database(event.database()).dialect().errors().translate(e, event.sql()).getClass().getSimpleName();
        }
        return error.getClass().getSimpleName();
    }

    List<Meter> meters() {
        return new ArrayList<>(meters.values());
    }
}
