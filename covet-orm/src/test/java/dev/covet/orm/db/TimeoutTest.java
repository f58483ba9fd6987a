package dev.covet.orm.db;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.QuerySet;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.QueryCanceled;
import dev.covet.orm.models.Product;
import dev.covet.orm.sql.Sql;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statement timeouts: from the URL, per block and per QuerySet, enforced by each database. */
class TimeoutTest {
    /** A statement that would run for half a minute or more. */
    static String slow(TestDb t) {
        if (t.isPostgres()) {
            return "SELECT pg_sleep(30)";
        }
        if (t.isMariaDb()) {
            return "SELECT SLEEP(30)";
        }
        // SQLite has no sleep: count an endless recursive sequence
        return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";
    }

    /** A statement that takes about {@code millis} (on SQLite: many VM steps, so any leftover deadline would stop it). */
    static String pause(TestDb t, int millis) {
        if (t.isPostgres()) {
            return "SELECT pg_sleep(" + millis / 1000.0 + ")";
        }
        if (t.isMariaDb()) {
            return "SELECT SLEEP(" + millis / 1000.0 + ")";
        }
        return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c";
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @DbTest
    void aDefaultTimeoutFromTheUrlCancelsASlowStatementAndTheConnectionServesTheNext(TestDb t) {
        DatabaseUrl base = t.database().url();
        String url = (t.isSqlite() ? "sqlite:" + base.path() : base.text()) + (base.options().isEmpty() ? "?" : "&") + "statementTimeout=1s";
        try (Database db = Database.open("timeouts", DatabaseSettings.builder(url).maxPoolSize(1).build())) {
            assertThat(db.settings().statementTimeout()).isEqualTo(Duration.ofSeconds(1));
            long start = System.nanoTime();
            assertThatThrownBy(() -> db.query(Sql.of(slow(t)), rs -> rs.getObject(1)))
                    .isInstanceOf(QueryCanceled.class);
            assertThat(millisSince(start)).isBetween(900L, 2000L);
            // the one connection of the pool is the one that was cancelled
            assertThat(db.query(Sql.of("SELECT 1"), rs -> rs.getInt(1))).containsExactly(1);
            // a block may lift the default
            assertThat(db.withStatementTimeout(Duration.ZERO, () -> db.query(Sql.of(pause(t, 1200)), rs -> 1))).hasSize(1);
        }
    }

    @DbTest
    void aLimitSetForABlockEndsWithIt(TestDb t) throws InterruptedException {
        Database db = t.database();
        long start = System.nanoTime();
        assertThatThrownBy(() -> db.withStatementTimeout(Duration.ofMillis(500), () -> db.query(Sql.of(slow(t)), rs -> 1)))
                .isInstanceOf(QueryCanceled.class);
        assertThat(millisSince(start)).isBetween(400L, 1500L);
        Thread.sleep(100);
        // longer than the block's limit, and unlimited outside it
        assertThat(db.query(Sql.of(pause(t, 700)), rs -> 1)).hasSize(1);
    }

    @DbTest
    void aCancelledStatementInsideATransactionLeavesTheTransactionUsable(TestDb t) {
        Database db = t.database();
        Covet.atomic(() -> {
            Product.objects.create(Map.of("name", "kept", "quantity", 1));
            assertThatThrownBy(() -> db.withStatementTimeout(Duration.ofMillis(300), () -> db.query(Sql.of(slow(t)), rs -> 1)))
                    .isInstanceOf(QueryCanceled.class);
            Product.objects.create(Map.of("name", "after", "quantity", 2));
        });
        assertThat(Product.objects.count()).isEqualTo(2);
    }

    @DbTest
    void aQuerySetTimeoutTravelsWithItsCopiesAndRejectsNonsense(TestDb t) {
        QuerySet<Product> limited = Product.objects.all().timeout(Duration.ofSeconds(3));
        assertThat(limited.filter("quantity__gt", 0).query().timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(Product.objects.all().query().timeout()).isNull();
        assertThatThrownBy(() -> Product.objects.all().timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> Product.objects.all().timeout(Duration.ofNanos(10)))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("at least 1 ms");
        Product.objects.create(Map.of("name", "p", "quantity", 1));
        assertThat(limited.count()).isEqualTo(1);
        assertThat(limited.list()).hasSize(1);
        assertThat(limited.update(Map.of("quantity", 2))).isEqualTo(1);
        assertThat(limited.delete().total()).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void urlTimeoutsAreReadByCovetAndNotPassedToTheDriver() {
        DatabaseSettings s = DatabaseSettings.builder("postgresql://u@h/db?statementTimeout=250ms&sslmode=disable").build();
        assertThat(s.statementTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.url().driverOptions()).containsOnlyKeys("sslmode");
        assertThat(DatabaseSettings.builder("sqlite:x.db?statementTimeout=PT2M").build().statementTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(DatabaseSettings.builder("sqlite:x.db").build().statementTimeout()).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> DatabaseSettings.builder("sqlite:x.db?statementTimeout=soon").build())
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("statementTimeout 'soon' is not a duration").hasMessageContaining("30s");
    }
}
