package dev.covet.orm.db;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.GetOrCreate;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.PoolTimeout;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.TestModels;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many virtual threads on one row through a small pool: every call either succeeds or waits its turn;
 * none fails with an error the server did not cause. Bounded to a few seconds per database.
 */
class LoadTest {
    private static final int THREADS = 200;
    private static final int CALLS = 10;

    @DbTest
    void updatesThroughASmallPoolAllLand(TestDb db) throws Exception {
        Counter c = Counter.objects.create(Map.of("name", "hits"));
        List<Throwable> failures = withTightPool(db, () -> hammer(i -> Counter.objects.filter("id", c.id)
                .update("value", F.of("value").plus(1))));
        assertThat(failures).isEmpty();
        assertThat(Counter.objects.get("id", c.id).value).isEqualTo(THREADS * CALLS);
    }

    @DbTest
    void lockedReadModifySavesAllLand(TestDb db) throws Exception {
        Counter c = Counter.objects.create(Map.of("name", "hits"));
        List<Throwable> failures = withTightPool(db, () -> hammer(i -> Covet.atomic(() -> {
            Counter locked = Counter.objects.selectForUpdate().get("id", c.id);
            locked.value += 1;
            locked.save();
        })));
        assertThat(failures).isEmpty();
        assertThat(Counter.objects.get("id", c.id).value).isEqualTo(THREADS * CALLS);
    }

    @DbTest
    void aPoolThatStaysBusyIsATimeoutNotALostConnection(TestDb db) throws Exception {
        Counter.objects.create(Map.of("name", "hits"));
        CovetRuntime single = Covet.open(Config.builder()
                .database(Config.DEFAULT, db.database().url().text(), s -> s.maxPoolSize(1).connectionTimeout(Duration.ofMillis(300)))
                .models(TestModels.ALL).build());
        CovetRuntime.Binding bound = single.bind();
        try (var holder = single.database(Config.DEFAULT).begin()) {
            Counter.objects.count();    // the only connection is this transaction's
            var other = Covet.runtime().wrap(Executors.newVirtualThreadPerTaskExecutor()).submit(() -> Counter.objects.count());
            assertThatThrownBy(other::get).cause().isInstanceOf(PoolTimeout.class).isNotInstanceOf(ConnectionLost.class)
                    .hasMessageContaining("became free within 300 ms").hasMessageContaining("connectionTimeout");
        } finally {
            bound.close();
            single.close();
        }
    }

    @DbTest
    void getOrCreateInsideAtomicReturnsTheWinnersRow(TestDb db) throws Exception {
        int threads = 8;
        int keys = 25;
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger created = new AtomicInteger();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
        try (ExecutorService pool = Covet.runtime().wrap(Executors.newFixedThreadPool(threads))) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int k = 0; k < keys; k++) {
                        String name = "key-" + k;
                        try {
                            together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            GetOrCreate<Counter> got = Covet.atomic(() -> Counter.objects.getOrCreate(Map.of("name", name), Map.of()));
                            assertThat(got.object().name).isEqualTo(name);
                            assertThat(got.object().id).isNotNull();
                            if (got.created()) {
                                created.incrementAndGet();
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                });
            }
        }
        assertThat(failures).isEmpty();
        assertThat(created.get()).isEqualTo(keys);
        assertThat(Counter.objects.count()).isEqualTo(keys);
    }

    @DbTest
    void aClosedDatabaseSaysSoRatherThanTimingOut(TestDb db) {
        CovetRuntime closed = Covet.open(Config.builder().database(Config.DEFAULT, db.database().url().text()).models(TestModels.ALL).build());
        var database = closed.database(Config.DEFAULT);
        closed.close();
        assertThatThrownBy(() -> database.query(dev.covet.orm.sql.Sql.of("SELECT 1"), rs -> 1))
                .isInstanceOf(ConnectionLost.class).isNotInstanceOf(PoolTimeout.class).hasMessageContaining("is closed");
    }

    /** Runs {@code call} {@link #CALLS} times on each of {@link #THREADS} virtual threads; returns what failed. */
    private static List<Throwable> hammer(Consumer<Integer> call) {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try (ExecutorService threads = Covet.runtime().wrap(Executors.newVirtualThreadPerTaskExecutor())) {
            for (int t = 0; t < THREADS; t++) {
                threads.submit(() -> {
                    for (int i = 0; i < CALLS; i++) {
                        try {
                            call.accept(i);
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                });
            }
        }
        return List.copyOf(failures);
    }

    /**
     * Runs {@code work} with Covet pointed at the same test database through a pool of 4 connections
     * and a 3 s connection timeout: far more callers than connections, each of whom must get a turn.
     */
    static <T> T withTightPool(TestDb db, java.util.function.Supplier<T> work) {
        CovetRuntime tight = Covet.open(Config.builder()
                .database(Config.DEFAULT, db.database().url().text(), s -> s.maxPoolSize(4).connectionTimeout(Duration.ofSeconds(3)))
                .models(TestModels.ALL).build());
        CovetRuntime.Binding bound = tight.bind();
        try {
            return work.get();
        } finally {
            bound.close();
            tight.close();
        }
    }
}
