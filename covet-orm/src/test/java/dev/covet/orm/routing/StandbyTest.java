package dev.covet.orm.routing;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.StandbyServers;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.PoolTimeout;
import dev.covet.orm.exception.ReadOnlyError;
import dev.covet.orm.models.Tag;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.testing.CaptureQueries;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The primary/replica router on a real PostgreSQL hot standby ({@link StandbyServers}): reads on the
 * standby, writes and transactions on the primary, a stopped standby left out, a restarted one and a
 * killed backend reported as typed errors and recovered from without restarting Covet.
 */
@ExtendWith(StandbyServers.Resolver.class)
@ResourceLock("private database servers")   // their bootstraps share /tmp and loopback ports
class StandbyTest {
    /** Rows only a session in recovery (the standby) returns. */
    private static final String ON_STANDBY = "SELECT id, name FROM tag WHERE pg_is_in_recovery()";

    private static CovetRuntime open(StandbyServers servers, ReplicaRouter router) {
        CovetRuntime r = Covet.open(Config.builder()
                .database("default", servers.primaryUrl(), s -> s.maxPoolSize(2).connectionTimeout(Duration.ofMillis(500)))
                .database("standby", servers.standbyUrl(), s -> s.maxPoolSize(2).readOnly(true).connectionTimeout(Duration.ofMillis(500)))
                .routers(router)
                .models(Tag.class)
                .build());
        try (CovetRuntime.Binding bound = r.bind()) {
            Covet.createTables("default");
            // every row goes, without the cascades other test models registered in this JVM would look for
            Covet.database("default").update(Sql.of("DELETE FROM tag"));
        }
        return r;
    }

    private static ReplicaRouter router() {
        return ReplicaRouter.primary("default").replicas("standby").retryAfter(Duration.ofMillis(300));
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    private static boolean answers(Runnable call) {
        try {
            call.run();
            return true;
        } catch (CovetException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = "postgresql")
    void readsLandOnTheStandbyAndWritesOnThePrimary(String name, StandbyServers servers) throws Exception {
        CovetRuntime r = open(servers, router());
        CovetRuntime.Binding bound = r.bind();
        try {
            assertThat(Covet.database("standby").query(Sql.of("SELECT pg_is_in_recovery()"), rs -> rs.getBoolean(1))).containsExactly(true);
            assertThat(Covet.database("default").query(Sql.of("SELECT pg_is_in_recovery()"), rs -> rs.getBoolean(1))).containsExactly(false);
            try (CaptureQueries q = CaptureQueries.start()) {
                Tag.objects.create(Map.of("name", "written"));
                assertThat(q.queries()).extracting(e -> e.database()).containsOnly("default");
            }
            await("the standby replays the write", () -> Tag.objects.raw(ON_STANDBY).list().size() == 1);
            try (CaptureQueries q = CaptureQueries.start()) {
                assertThat(Tag.objects.all().list()).extracting(t -> t.name).containsExactly("written");
                assertThat(Tag.objects.filter("name", "written").exists()).isTrue();
                assertThat(q.queries()).extracting(e -> e.database()).containsOnly("standby");
            }
            assertThatThrownBy(() -> Tag.objects.using("standby").create(Map.of("name", "astray")))
                    .isInstanceOf(ReadOnlyError.class)
                    .hasMessageContaining("'standby'");
            assertThat(Covet.replicaLag("default")).isEmpty();
            assertThat(Covet.replicaLag("standby")).hasValueSatisfying(lag -> assertThat(lag).isLessThan(Duration.ofMinutes(5)));
        } finally {
            bound.close();
            r.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = "postgresql")
    void aWriteThenReadInsideAtomicSeesItsRow(String name, StandbyServers servers) {
        CovetRuntime r = open(servers, router());
        CovetRuntime.Binding bound = r.bind();
        try {
            boolean seen = Covet.atomic(() -> {
                Tag.objects.create(Map.of("name", "fresh"));
                return Tag.objects.filter("name", "fresh").exists() && Tag.objects.raw(ON_STANDBY).list().isEmpty();
            });
            assertThat(seen).isTrue();
        } finally {
            bound.close();
            r.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = "postgresql")
    void aStoppedStandbyMakesReadsFallBackToThePrimaryWithinOnePoolTimeout(String name, StandbyServers servers) throws Exception {
        ReplicaRouter router = router();
        CovetRuntime r = open(servers, router);
        CovetRuntime.Binding bound = r.bind();
        try {
            Tag.objects.create(Map.of("name", "kept"));
            await("the standby replays the write", () -> Tag.objects.raw(ON_STANDBY).list().size() == 1);
            servers.stopStandby();
            try {
                long start = System.nanoTime();
                assertThat(Tag.objects.all().list()).extracting(t -> t.name).containsExactly("kept");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(millis).as("one pool timeout (500 ms) and the read on the primary").isLessThan(1500);
                assertThat(router.isDown("standby")).isTrue();
                try (CaptureQueries q = CaptureQueries.start()) {
                    assertThat(Tag.objects.count()).isEqualTo(1);
                    assertThat(q.queries()).extracting(e -> e.database()).containsOnly("default");
                }
            } finally {
                servers.startStandby();
            }
            await("reads go to the standby again", () -> answers(() -> Tag.objects.count())
                    && Tag.objects.raw(ON_STANDBY).list().size() == 1);
        } finally {
            bound.close();
            r.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = "postgresql")
    void restartingTheStandbyGivesTypedErrorsWithinASecondAndCovetRecovers(String name, StandbyServers servers) throws Exception {
        CovetRuntime r = open(servers, router());
        CovetRuntime.Binding bound = r.bind();
        try {
            assertThat(Tag.objects.using("standby").count()).isZero();
            servers.stopStandby();
            try {
                long start = System.nanoTime();
                assertThatThrownBy(() -> Tag.objects.using("standby").count()).isInstanceOfAny(ConnectionLost.class, PoolTimeout.class);
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
            } finally {
                servers.startStandby();
            }
            await("the standby answers again", () -> answers(() -> Tag.objects.using("standby").count()));
            assertThat(Covet.database("standby").query(Sql.of("SELECT pg_is_in_recovery()"), rs -> rs.getBoolean(1))).containsExactly(true);
        } finally {
            bound.close();
            r.close();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = "postgresql")
    void killingThePrimarysBackendOfAPooledConnectionGivesATypedErrorAndTheNextCallRecovers(String name, StandbyServers servers) {
        CovetRuntime r = open(servers, router());
        CovetRuntime.Binding bound = r.bind();
        try (Database admin = Database.open("admin", DatabaseSettings.builder(servers.primaryUrl()).maxPoolSize(1).build())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> Covet.atomic(() -> {
                int pid = Covet.database().query(Sql.of("SELECT pg_backend_pid()"), rs -> rs.getInt(1)).getFirst();
                admin.query(new Sql("SELECT pg_terminate_backend(?)", List.of(Value.of(pid))), rs -> 1);
                Tag.objects.create(Map.of("name", "lost"));
            })).isInstanceOf(ConnectionLost.class).satisfies(e -> assertThat(((ConnectionLost) e).rolledBack()).isTrue());
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
            Tag.objects.create(Map.of("name", "next"));
            assertThat(Tag.objects.using("default").valuesList(String.class, "name").list()).containsExactly("next");
        } finally {
            bound.close();
            r.close();
        }
    }
}
