package dev.covet.orm.metrics;

import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.exception.ImproperlyConfigured;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Covet's meters on a Micrometer registry, bound with {@link #bindTo(MeterRegistry)} once Covet is set
 * up: a {@code covet.query} timer per operation, model and database; gauges {@code covet.pool.active},
 * {@code .idle}, {@code .waiting} and {@code .size} per database; a {@code covet.errors} counter per
 * Covet exception type and database. Until something is bound Covet times nothing for Micrometer.
 * {@link #close()} stops listening and removes the meters from the registry.
 */
public final class CovetMetrics implements AutoCloseable {
    private final MeterRegistry registry;
    private final CovetRuntime runtime;
    private final QueryMeters queries;
    private final List<Meter> gauges;

    private CovetMetrics(MeterRegistry registry, CovetRuntime runtime, QueryMeters queries, List<Meter> gauges) {
        this.registry = registry;
        this.runtime = runtime;
        this.queries = queries;
        this.gauges = gauges;
    }

    /**
     * Registers the current runtime's meters on {@code registry}: the pool gauges of every configured
     * database and a query listener that feeds the timers and the error counter. The meters stay with
     * that runtime: the gauges read its pools when sampled, whichever runtime is current then.
     *
     * @param registry the Micrometer registry to register the meters on
     * @return the binding; close it to remove the meters and stop timing statements
     * @throws dev.covet.orm.exception.ImproperlyConfigured if Covet is not set up yet
     */
    public static CovetMetrics bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        if (!Covet.isSetup()) {
            throw new ImproperlyConfigured("Covet metrics are bound after Covet.setup(...): the pool gauges need the configured databases");
        }
        CovetRuntime runtime = Covet.runtime();
        List<Meter> gauges = new ArrayList<>();
        for (String alias : runtime.aliases()) {
            gauges.addAll(PoolGauges.register(registry, runtime, alias));
        }
        QueryMeters queries = new QueryMeters(registry, runtime);
        runtime.addQueryListener(queries);
        return new CovetMetrics(registry, runtime, queries, gauges);
    }

    /** Stops timing statements and removes Covet's meters from the registry. */
    @Override
    public void close() {
        runtime.removeQueryListener(queries);
        for (Meter m : queries.meters()) {
            registry.remove(m);
        }
        for (Meter m : gauges) {
            registry.remove(m);
        }
    }
}
