package dev.covet.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.covet.orm.Covet;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.spring.models.Chapter;
import dev.covet.spring.models.Note;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auto-configuration's choices and refusals, on a SQLite file per context (the behaviour on every
 * database is the sample application's tests', under Boot's dependency management).
 */
class CovetAutoConfigurationTest {
    static ApplicationContextRunner runner() {
        return runner(SqliteFiles.next());
    }

    static ApplicationContextRunner runner(Path file) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, CovetAutoConfiguration.class,
                        CovetActuatorAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + file, "covet.packages=dev.covet.spring.models");
    }

    @Test
    void scansThePackagesForConcreteModelsAndSetsCovetUpUntilTheContextCloses() {
        runner().withPropertyValues("covet.create-tables=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CovetSetup.class);
            assertThat(context.getBean(CovetSetup.class).models()).containsExactly(Chapter.class, Note.class);
            assertThat(Covet.isSetup()).isTrue();
            Note n = Note.objects.create(Map.of("text", "hello"));
            assertThat(Note.objects.get("id", n.id).text).isEqualTo("hello");
            assertThat(Chapter.objects.count()).isZero();                  // covet.create-tables made its table
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aPackageWithoutModelsFailsNamingIt() {
        runner().withPropertyValues("covet.packages=dev.covet.spring.empty").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(ImproperlyConfigured.class)
                    .hasMessageContaining("No Covet models were found in [dev.covet.spring.empty]")
                    .hasMessageContaining("covet.packages");
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aSqlitePoolOpensItsConnectionsWithCovetsSettingsKeepingTheApplicationsOwn() {
        runner().withPropertyValues("spring.datasource.hikari.data-source-properties.transaction_mode=EXCLUSIVE").run(context -> {
            HikariDataSource pool = context.getBean(HikariDataSource.class);
            assertThat(pool.getDataSourceProperties()).containsEntry("foreign_keys", "true")
                    .containsEntry("transaction_mode", "EXCLUSIVE");
        });
    }

    @Test
    void aFailingInitializerStopsTheApplicationAndShutsCovetDown() {
        runner().withBean(CovetInitializer.class, () -> covet -> {
            throw new IllegalStateException("cannot migrate");
        }).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessage("cannot migrate");
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void theHealthIndicatorIsDownNamingMissingTablesAndUpOnceTheyExist() {
        runner().run(context -> {
            HealthIndicator health = context.getBean("covetHealthIndicator", HealthIndicator.class);
            Health down = health.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("database", "sqlite").containsEntry("models", 2)
                    .containsEntry("missingTables", List.of("chapter", "note"));
            Covet.createTables();
            Health up = health.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).doesNotContainKey("missingTables");
        });
    }

    @Test
    void covetsMetersAppearOnTheApplicationsRegistryAndGoWithTheContext() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        runner().withPropertyValues("covet.create-tables=true").withBean(MeterRegistry.class, () -> registry).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CovetMetrics.class);
            Chapter.objects.count();
            assertThat(registry.get("covet.query").tag("operation", "select").tag("model", "chapter")
                    .tag("database", "default").timer().count()).isEqualTo(1);
            assertThat(registry.get("covet.pool.size").tag("database", "default").gauge().value()).isBetween(1.0, 10.0);
            assertThat(registry.get("covet.pool.active").tag("database", "default").gauge().value()).isZero();
            assertThat(registry.get("covet.statements").tag("database", "default").tag("outcome", "success").timer().count())
                    .isPositive();
        });
        assertThat(registry.find("covet.query").meters()).isEmpty();
        assertThat(registry.find("covet.pool.size").meters()).isEmpty();
    }

    @Test
    void withoutAMeterRegistryNothingIsBound() {
        runner().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CovetMetrics.class));
    }

    @Test
    void olderVersionsThanCovetNeedsAreRefusedNamingThePropertyToRaise() {
        assertThat(CovetRequirements.compare("6.3.3", "6.3")).isPositive();
        assertThat(CovetRequirements.compare("42.7.8", "42.7")).isPositive();
        assertThat(CovetRequirements.compare("3.49.1.0", "3.49")).isPositive();
        assertThat(CovetRequirements.compare("5.1.0", "6.3")).isNegative();
        assertThat(CovetRequirements.compare("7.1.0", "6.3")).isPositive();
        assertThat(CovetRequirements.compare("3.5.0-SNAPSHOT", "3.5")).isZero();
        CovetRequirements.require("HikariCP", "6.3.3", CovetRequirements.HIKARI, "hikaricp.version", "com.zaxxer:HikariCP");
        assertThatThrownBy(() -> CovetRequirements.require("HikariCP", "5.1.0",
                        CovetRequirements.HIKARI, "hikaricp.version", "com.zaxxer:HikariCP"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("Covet needs HikariCP 6.3 or newer; the class path has 5.1.0")
                .hasMessageContaining("hikaricp.version");
    }
}
