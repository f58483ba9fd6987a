package dev.covet.orm.db;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.PoolTimeout;
import dev.covet.orm.models.Counter;
import dev.covet.orm.sql.Sql;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoolStatsTest {
    @DbTest
    void statsCountConnectionsLentOutAndIdle() {
        Counter.objects.count();
        PoolStats idle = Covet.poolStats(Config.DEFAULT);
        assertThat(idle.maxSize()).isEqualTo(10);
        assertThat(idle.size()).isBetween(1, 10);
        assertThat(idle.active()).isZero();
        assertThat(idle.idle()).isEqualTo(idle.size());
        assertThat(idle.waiting()).isZero();
        assertThat(idle.isIdle()).isTrue();
        PoolStats inside = Covet.atomic(() -> {
            Counter.objects.count();
            return Covet.poolStats(Config.DEFAULT);
        });
        assertThat(inside.active()).isEqualTo(1);
        assertThat(inside.isIdle()).isFalse();
        assertThat(Covet.poolStats(Config.DEFAULT).active()).isZero();
    }

    @DbTest
    void timeoutsAndWaitingThreadsAreCounted(TestDb db) throws Exception {
        CovetRuntime r = Covet.open(Config.builder().database(Config.DEFAULT, db.database().url().text(),
                s -> s.maxPoolSize(1).connectionTimeout(Duration.ofMillis(300))).models(Counter.class).build());
        try {
            Database one = r.database(Config.DEFAULT);
            Transaction held = one.begin();
            one.query(Sql.of("SELECT 1"), rs -> rs.getInt(1));
            CompletableFuture<Object> waiter = CompletableFuture.supplyAsync(() -> one.atomic(() -> 1));
            for (int i = 0; i < 100 && one.statistics().waiting() == 0; i++) {
                Thread.sleep(5);
            }
            PoolStats busy = one.statistics();
            assertThat(busy.active()).isEqualTo(1);
            assertThat(busy.waiting()).isEqualTo(1);
            assertThatThrownBy(waiter::join).hasCauseInstanceOf(PoolTimeout.class);
            assertThat(one.statistics().timeouts()).isEqualTo(1);
            held.rollback();
            PoolStats after = one.statistics();
            assertThat(after.isIdle()).isTrue();
            assertThat(after.timeouts()).isEqualTo(1);
        } finally {
            r.close();
        }
    }

    @DbTest
    void anUnknownAliasIsRefused() {
        assertThatThrownBy(() -> Covet.poolStats("nope")).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("nope");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
