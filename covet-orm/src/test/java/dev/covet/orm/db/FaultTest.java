package dev.covet.orm.db;

import dev.covet.orm.Covet;
import dev.covet.orm.PrivateServers;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server processes killed under Covet, on a PostgreSQL and a MariaDB of the run's own
 * ({@link PrivateServers}): the statement fails at once with {@link ConnectionLost}, the pool
 * replaces the connection, and a transaction on it is reported rolled back, never run again.
 */
@ExtendWith(PrivateServers.Resolver.class)
@ResourceLock("private database servers")   // their bootstraps share /tmp and loopback ports
class FaultTest {
    private static final String SLOW_PG = "SELECT pg_sleep(30)";
    private static final String SLOW_MARIADB = "SELECT SLEEP(30)";

    private static Database open(PrivateServers servers, String name, String alias) {
        return Database.open(alias, DatabaseSettings.builder(servers.server(name).url()).maxPoolSize(2).minPoolSize(2).build());
    }

    private static String slow(String name) {
        return name.equals("postgresql") ? SLOW_PG : SLOW_MARIADB;
    }

    /** Waits until the slow statement runs on the server, then kills the session (or backend process) running it. */
    private static long kill(Database admin, String name) throws InterruptedException {
        String find = name.equals("postgresql")
                ? "SELECT pid FROM pg_stat_activity WHERE query = '" + SLOW_PG + "' AND pid <> pg_backend_pid()"
                : "SELECT id FROM information_schema.processlist WHERE info = '" + SLOW_MARIADB + "'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<Long> ids = admin.query(Sql.of(find), rs -> rs.getLong(1));
            if (!ids.isEmpty()) {
                long started = System.nanoTime();
                if (name.equals("postgresql")) {
                    admin.query(new Sql("SELECT pg_terminate_backend(?)", List.of(Value.of((int) (long) ids.getFirst()))), rs -> 1);
                } else {
                    admin.update(Sql.of("KILL CONNECTION " + ids.getFirst()));
                }
                return started;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The slow statement never showed up on the " + name + " server");
    }

    private static CompletableFuture<Throwable> failureOf(Runnable work) {
        Runnable inRuntime = Covet.currentRuntime().map(r -> r.wrap(work)).orElse(work);
        return CompletableFuture.supplyAsync(() -> {
            try {
                inRuntime.run();
                return null;
            } catch (Throwable t) {
                return t;
            }
        }, r -> Thread.ofPlatform().daemon().start(r));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void aConnectionKilledMidQueryRaisesConnectionLostWithinASecondAndThePoolReplacesIt(String name, PrivateServers servers)
            throws Exception {
        try (Database db = open(servers, name, "victim"); Database admin = open(servers, name, "admin")) {
            CompletableFuture<Throwable> failure = failureOf(() -> db.query(Sql.of(slow(name)), rs -> 1));
            long killed = kill(admin, name);
            Throwable t = failure.get(10, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - killed) / 1_000_000;
            assertThat(t).isInstanceOf(ConnectionLost.class);
            assertThat(((ConnectionLost) t).rolledBack()).isFalse();
            assertThat(millis).isLessThan(1000);
            // every connection the pool hands out next works: the dead one is gone
            for (int i = 0; i < 4; i++) {
                assertThat(db.query(Sql.of("SELECT 1"), rs -> rs.getInt(1))).containsExactly(1);
            }
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void aTransactionWhoseConnectionDiesIsReportedRolledBackAndNeverRetried(String name, PrivateServers servers) throws Exception {
        try (Database db = open(servers, name, "victim"); Database admin = open(servers, name, "admin")) {
            db.execute(List.of("DROP TABLE IF EXISTS fault_row", "CREATE TABLE fault_row (id INTEGER PRIMARY KEY)"));
            AtomicInteger runs = new AtomicInteger();
            CompletableFuture<Throwable> failure = failureOf(() -> db.atomic(RetryPolicy.attempts(5), () -> {
                runs.incrementAndGet();
                db.update(new Sql("INSERT INTO fault_row (id) VALUES (?)", List.of(Value.of(1))));
                db.query(Sql.of(slow(name)), rs -> 1);
            }));
            long killed = kill(admin, name);
            Throwable t = failure.get(10, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - killed) / 1_000_000).isLessThan(1000);
            assertThat(t).isInstanceOf(ConnectionLost.class).hasMessageContaining("rolled the whole transaction back");
            assertThat(((ConnectionLost) t).rolledBack()).isTrue();
            assertThat(runs).hasValue(1);
            assertThat(db.query(Sql.of("SELECT COUNT(*) FROM fault_row"), rs -> rs.getLong(1))).containsExactly(0L);
            // the pool serves transactions again
            db.atomic(() -> db.update(new Sql("INSERT INTO fault_row (id) VALUES (?)", List.of(Value.of(2)))));
            assertThat(db.query(Sql.of("SELECT id FROM fault_row"), rs -> rs.getInt(1))).containsExactly(2);
        }
    }
}
