package dev.covet.orm.metrics;

import dev.covet.orm.Covet;
import dev.covet.orm.db.PoolStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;
import java.util.function.ToIntFunction;

/** The {@code covet.pool.*} gauges of one database, read from {@link Covet#poolStats} when sampled. */
final class PoolGauges {
    private PoolGauges() {
    }

    static List<Meter> register(MeterRegistry registry, String alias) {
        return List.of(
                gauge(registry, alias, "covet.pool.active", "Connections lent out", PoolStats::active),
                gauge(registry, alias, "covet.pool.idle", "Connections open and free", PoolStats::idle),
                gauge(registry, alias, "covet.pool.waiting", "Threads waiting for a connection", PoolStats::waiting),
                gauge(registry, alias, "covet.pool.size", "Connections open", PoolStats::size));
    }

    private static Meter gauge(MeterRegistry registry, String alias, String name, String description, ToIntFunction<PoolStats> read) {
        return Gauge.builder(name, () -> sample(alias, read))
                .description(description)
                .tag("database", alias)
                .baseUnit("connections")
                .register(registry);
    }

    /** NaN once Covet is shut down or the database is gone, or when the pool cannot tell (-1). */
    private static double sample(String alias, ToIntFunction<PoolStats> read) {
        if (!Covet.isSetup() || !Covet.aliases().contains(alias)) {
            return Double.NaN;
        }
        int value = read.applyAsInt(Covet.poolStats(alias));
        return value < 0 ? Double.NaN : value;
    }
}
