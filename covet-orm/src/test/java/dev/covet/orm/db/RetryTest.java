package dev.covet.orm.db;

import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.DeadlockDetected;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.exception.Retriable;
import dev.covet.orm.exception.SerializationFailure;
import dev.covet.orm.models.Counter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.parallel.Isolated;

/** Retriable errors and {@link RetryPolicy}: deadlock victims run again, a bounded number of times, nothing else does. */
@Isolated("counts a deadlock victim's runs, which depend on the two threads being scheduled promptly")
class RetryTest {
    @DbTest
    void crossingTransactionsBothCommitWhenTheDeadlockVictimIsRetried(TestDb t) throws Exception {
        Counter.objects.create(Map.of("name", "a", "value", 0));
        Counter.objects.create(Map.of("name", "b", "value", 0));
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        // threads of their own: the common pool may have a single worker on a small machine
        CovetRuntime current = Covet.runtime();
        java.util.concurrent.Executor threads = r -> Thread.ofPlatform().daemon().start(current.wrap(r));
        CompletableFuture<Void> ab = CompletableFuture.runAsync(() -> cross("a", "b", bothHoldOne, attempts), threads);
        CompletableFuture<Void> ba = CompletableFuture.runAsync(() -> cross("b", "a", bothHoldOne, attempts), threads);
        CompletableFuture.allOf(ab, ba).get(30, TimeUnit.SECONDS);
        assertThat(Counter.objects.get("name", "a").value).isEqualTo(2);
        assertThat(Counter.objects.get("name", "b").value).isEqualTo(2);
        // SQLite takes its write lock at BEGIN, so the two never cross; the servers pick a victim, which runs again
        assertThat(attempts).hasValue(t.isSqlite() ? 2 : 3);
    }

    private static void cross(String first, String second, CountDownLatch bothHoldOne, AtomicInteger attempts) {
        Covet.atomic(RetryPolicy.attempts(3).backoff(Duration.ofMillis(5), Duration.ofMillis(50)), () -> {
            attempts.incrementAndGet();
            Counter.objects.filter("name", first).update("value", F.of("value").plus(1));
            bothHoldOne.countDown();
            try {
                bothHoldOne.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Counter.objects.filter("name", second).update("value", F.of("value").plus(1));
        });
    }

    @DbTest
    void retriesStopAtTheLimitAndOnlyRetriableErrorsAreRetried(TestDb t) {
        AtomicInteger runs = new AtomicInteger();
        RetryPolicy three = RetryPolicy.attempts(3).backoff(Duration.ZERO, Duration.ofMillis(1));
        assertThatThrownBy(() -> Covet.atomic(three, () -> {
            runs.incrementAndGet();
            Counter.objects.create(Map.of("name", "n" + runs.get()));
            throw new DeadlockDetected("victim", null);
        })).isInstanceOf(DeadlockDetected.class);
        assertThat(runs).hasValue(3);
        assertThat(Counter.objects.count()).isZero();   // every attempt was rolled back

        runs.set(0);
        assertThatThrownBy(() -> Covet.atomic(three, () -> {
            runs.incrementAndGet();
            throw new ConnectionLost("gone", null, true);
        })).isInstanceOf(ConnectionLost.class);
        assertThat(runs).hasValue(1);

        runs.set(0);
        assertThatThrownBy(() -> Covet.atomic(three, () -> {
            runs.incrementAndGet();
            throw new IntegrityError("duplicate", null);
        })).isInstanceOf(IntegrityError.class);
        assertThat(runs).hasValue(1);

        // a serialization failure is retried too, and a later success returns its value
        runs.set(0);
        String result = Covet.atomic(three, () -> {
            if (runs.incrementAndGet() < 3) {
                throw new SerializationFailure("could not serialize", null);
            }
            Counter.objects.create(Map.of("name", "made"));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(3);
        assertThat(Counter.objects.filter("name", "made").count()).isEqualTo(1);
    }

    @DbTest
    void insideAnOpenTransactionTheWorkRunsOnce(TestDb t) {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> Covet.atomic(() -> Covet.atomic(RetryPolicy.attempts(5), () -> {
            runs.incrementAndGet();
            throw new DeadlockDetected("victim", null);
        }))).isInstanceOf(DeadlockDetected.class);
        assertThat(runs).hasValue(1);
    }

    @org.junit.jupiter.api.Test
    void policiesRejectNonsenseAndBackOffWithinTheirBounds() {
        assertThatThrownBy(() -> RetryPolicy.attempts(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RetryPolicy.attempts(2).backoff(Duration.ofMillis(10), Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class);
        RetryPolicy p = RetryPolicy.attempts(10).backoff(Duration.ofMillis(10), Duration.ofMillis(40));
        for (int attempt = 1; attempt < 10; attempt++) {
            long cap = Math.min(40, 10L << (attempt - 1));
            assertThat(p.pauseAfter(attempt)).isBetween(Duration.ZERO, Duration.ofMillis(cap));
        }
        assertThat(List.of(new DeadlockDetected("x", null), new SerializationFailure("x", null))).allMatch(e -> e instanceof Retriable);
        assertThat(new ConnectionLost("x", null)).isNotInstanceOf(Retriable.class);
    }
}
