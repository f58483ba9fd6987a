package dev.covet.orm.metrics;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.SaveOptions;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.User;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Micrometer meters of dev.covet.orm.metrics on a SimpleMeterRegistry. */
class MetricsTest {
    private static Timer timer(SimpleMeterRegistry registry, String operation, String model) {
        return registry.find("covet.query").tag("operation", operation).tag("model", model).tag("database", Config.DEFAULT).timer();
    }

    @DbTest
    void statementsAreTimedByOperationModelAndDatabase() {
        String table = ModelRegistry.info(Counter.class).table();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (CovetMetrics ignored = CovetMetrics.bindTo(registry)) {
            Counter c = new Counter();
            c.name = "hits";
            c.save();
            c.value = 2;
            c.save();
            assertThat(Counter.objects.filter("value", 2).count()).isEqualTo(1);
            Counter.objects.get("name", "hits");
            c.delete();
            assertThat(timer(registry, "insert", table).count()).isEqualTo(1);
            assertThat(timer(registry, "update", table).count()).isEqualTo(1);
            assertThat(timer(registry, "select", table).count()).isGreaterThanOrEqualTo(2);
            assertThat(timer(registry, "delete", table).count()).isEqualTo(1);
            assertThat(timer(registry, "insert", table).totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
            assertThat(registry.find("covet.errors").counters()).isEmpty();
        }
    }

    @DbTest
    void poolGaugesReadThePool() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (CovetMetrics ignored = CovetMetrics.bindTo(registry)) {
            Counter.objects.count();
            assertThat(gauge(registry, "covet.pool.size")).isEqualTo(Covet.poolStats(Config.DEFAULT).size()).isBetween(1.0, 10.0);
            assertThat(gauge(registry, "covet.pool.active")).isZero();
            assertThat(gauge(registry, "covet.pool.idle")).isEqualTo(gauge(registry, "covet.pool.size"));
            assertThat(gauge(registry, "covet.pool.waiting")).isZero();
            double insideActive = Covet.atomic(() -> {
                Counter.objects.count();
                return gauge(registry, "covet.pool.active");
            });
            assertThat(insideActive).isEqualTo(1);
            assertThat(gauge(registry, "covet.pool.active")).isZero();
        }
    }

    @DbTest
    void theMetersStayWithTheRuntimeCurrentWhenBound() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (CovetMetrics ignored = CovetMetrics.bindTo(registry)) {
            Counter.objects.count();
            double size = Covet.poolStats(Config.DEFAULT).size();
            // sampled on a thread with no runtime bound, as a metrics exporter samples them
            double sampled = java.util.concurrent.CompletableFuture.supplyAsync(() -> gauge(registry, "covet.pool.size")).join();
            assertThat(sampled).isEqualTo(size).isBetween(1.0, 10.0);
        }
    }

    @DbTest
    void anIntegrityErrorIsCountedByItsType() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (CovetMetrics ignored = CovetMetrics.bindTo(registry)) {
            user("alice", "a@example.com").save();
            User again = user("alice", "other@example.com");
            assertThatThrownBy(() -> again.save(SaveOptions.skipValidation())).isInstanceOf(IntegrityError.class);
            assertThat(registry.get("covet.errors").tag("type", "UniqueViolation").tag("database", Config.DEFAULT).counter().count())
                    .isEqualTo(1);
            assertThat(timer(registry, "insert", ModelRegistry.info(User.class).table()).count()).isEqualTo(2);
        }
    }

    @DbTest
    void nothingIsMeasuredOnceClosedAndTheMetersAreRemoved() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CovetMetrics metrics = CovetMetrics.bindTo(registry);
        Counter.objects.count();
        assertThat(registry.getMeters()).isNotEmpty();
        metrics.close();
        assertThat(registry.getMeters()).isEmpty();
        Counter.objects.count();
        assertThat(registry.getMeters()).isEmpty();
    }

    @DbTest
    void bindingWithoutARegistryIsRefused() {
        assertThatThrownBy(() -> CovetMetrics.bindTo(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("registry");
    }

    private static double gauge(SimpleMeterRegistry registry, String name) {
        return registry.get(name).tag("database", Config.DEFAULT).gauge().value();
    }

    private static User user(String name, String email) {
        User u = new User();
        u.username = name;
        u.email = email;
        return u;
    }
}
