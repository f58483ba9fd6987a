package dev.covet.spring;

import dev.covet.orm.Covet;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.ModelInfo;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Covet's part of {@code /actuator/health}: up when the database answers and every model's table is
 * there, down (listing them) when some are missing; the dialect and the pool's connections as details.
 */
final class CovetHealthIndicator extends AbstractHealthIndicator {
    CovetHealthIndicator() {
        super("Covet health check failed");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Database db = Covet.database();
        Set<String> tables = db.tableNames();
        List<String> missing = Covet.models().stream()
                .filter(ModelInfo::ownsTable)
                .map(ModelInfo::table)
                .filter(t -> !tables.contains(t.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
        (missing.isEmpty() ? builder.up() : builder.down().withDetail("missingTables", missing))
                .withDetail("database", db.dialect().name())
                .withDetail("models", Covet.models().size())
                .withDetail("connections", db.poolStats());
    }
}
