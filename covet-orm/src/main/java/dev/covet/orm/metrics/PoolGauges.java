package dev.covet.orm.metrics;

import dev.covet.orm.CovetRuntime;
import dev.covet.orm.db.PoolStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;
import java.util.function.ToIntFunction;

/** The {@code covet.pool.*} gauges of one database of a runtime, read from {@link CovetRuntime#poolStats} when sampled. */
final class PoolGauges {
    private PoolGauges() {
    }

    static List<Meter> register(MeterRegistry registry, CovetRuntime runtime, String alias) {
        return List.of(
                gauge(registry, runtime, alias, "covet.pool.active", "Connections lent out", PoolStats::active),
                gauge(registry, runtime, alias, "covet.pool.idle", "Connections open and free", PoolStats::idle),
                gauge(registry, runtime, alias, "covet.pool.waiting", "Threads waiting for a connection", PoolStats::waiting),
                gauge(registry, runtime, alias, "covet.pool.size", "Connections open", PoolStats::size));
    }

    private static Meter gauge(MeterRegistry registry, CovetRuntime runtime, String alias, String name, String description, ToIntFunction<PoolStats> read) {
        return Gauge.builder(name, () -> sample(runtime, alias, read))
                .description(description)
                .tag("database", alias)
                .baseUnit("connections")
                .register(registry);
    }

    /** NaN once the runtime is closed or the database is gone, or when the pool cannot tell (-1). */
    private static double sample(CovetRuntime runtime, String alias, ToIntFunction<PoolStats> read) {
        if (runtime.isClosed() || !runtime.aliases().contains(alias)) {
            return Double.NaN;
        }
        int value = read.applyAsInt(runtime.poolStats(alias));
        return value < 0 ? Double.NaN : value;
    }
}
