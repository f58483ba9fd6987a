package dev.covet.spring;

import dev.covet.orm.CovetRuntime;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.ModelInfo;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Covet's part of {@code /actuator/health}, for the context's runtime: up when its database answers and
 * every model's table is there, down (listing them) when some are missing; the dialect and the pool's
 * connections as details.
 */
final class CovetHealthIndicator extends AbstractHealthIndicator {
    private final CovetRuntime runtime;

    CovetHealthIndicator(CovetRuntime runtime) {
        super("Covet health check failed");
        this.runtime = runtime;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Database db = runtime.database();
        Set<String> tables = db.tableNames();
        List<String> missing = runtime.models().stream()
                .filter(ModelInfo::ownsTable)
                .map(ModelInfo::table)
                .filter(t -> !tables.contains(t.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
        (missing.isEmpty() ? builder.up() : builder.down().withDetail("missingTables", missing))
                .withDetail("database", db.dialect().name())
                .withDetail("models", runtime.models().size())
                .withDetail("connections", db.poolStats());
    }
}
