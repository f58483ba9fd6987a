package dev.covet.orm;

import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.db.PoolStats;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.TestModels;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("JFR sees the virtual threads of every class running at the same time")
class AsyncTransactionTest {
    @DbTest
    void theWholeBlockRunsOnOneThreadInOneTransactionAndCommits(TestDb db) {
        List<String> events = new CopyOnWriteArrayList<>();
        Thread thread = Covet.atomicAsync(tx -> {
            Thread first = Thread.currentThread();
            assertThat(tx.inTransaction()).isTrue();
            Counter.objects.create(Map.of("name", "a", "value", 1));
            Covet.onCommit(() -> events.add("committed on " + Thread.currentThread().threadId()));
            Counter.objects.filter("name", "a").update("value", 2);
            assertThat(Thread.currentThread()).isSameAs(first);
            return first;
        }).join();
        assertThat(Counter.objects.get("name", "a").value).isEqualTo(2);
        assertThat(events).containsExactly("committed on " + thread.threadId());
        // SQLite's native driver would pin a virtual thread's carrier: it gets a platform thread
        assertThat(thread.isVirtual()).isEqualTo(!db.isSqlite());
    }

    @DbTest
    void anExceptionRollsTheBlockBackAndCompletesTheFutureExceptionally() {
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Object> f = Covet.atomicAsync(tx -> {
            Counter.objects.create(Map.of("name", "gone"));
            Covet.onCommit(() -> events.add("committed"));
            throw new IllegalStateException("no");
        });
        assertThatThrownBy(f::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no");
        assertThat(Counter.objects.filter("name", "gone").exists()).isFalse();
        assertThat(events).isEmpty();
        assertThat(Covet.poolStats(Config.DEFAULT).active()).isZero();
    }

    @DbTest
    void nestedAtomicBlocksAreSavepoints() {
        Covet.atomicAsync(tx -> {
            Counter.objects.create(Map.of("name", "kept"));
            assertThatThrownBy(() -> Covet.atomic(() -> {
                Counter.objects.create(Map.of("name", "inner"));
                throw new IllegalArgumentException("inner fails");
            })).isInstanceOf(IllegalArgumentException.class);
            Covet.atomic(() -> Counter.objects.create(Map.of("name", "inner ok")));
            return null;
        }).join();
        assertThat(Counter.objects.orderBy("name").valuesList(String.class, "name").list()).containsExactly("inner ok", "kept");
    }

    @DbTest
    void aDatabaseErrorInsideRollsBackWithItsTypedException() {
        Counter.objects.create(Map.of("name", "taken"));
        CompletableFuture<Object> f = Covet.atomicAsync(tx -> {
            Counter.objects.create(Map.of("name", "first"));
            Counter.objects.create(Map.of("name", "taken"));
            return null;
        });
        assertThatThrownBy(f::join).hasCauseInstanceOf(UniqueViolation.class);
        assertThat(Counter.objects.filter("name", "first").exists()).isFalse();
    }

    @DbTest
    void refusedInsideATransaction() {
        assertThatThrownBy(() -> Covet.atomic(() -> Covet.atomicAsync(tx -> null)))
                .isInstanceOf(TransactionManagementError.class).hasMessageContaining("inside a transaction");
    }

    /**
     * 1,000 blocks at once on a 20-connection pool, recorded by JFR: no virtual thread pinned, every
     * block committed, and the pool idle again afterwards with no connection left lent out.
     */
    @DbTest
    void aThousandConcurrentBlocksOnTwentyConnectionsPinNothingAndLeakNothing(TestDb db) throws Exception {
        CovetRuntime twenty = Covet.open(Config.builder().database(Config.DEFAULT, db.database().url().text(),
                s -> s.maxPoolSize(20).connectionTimeout(Duration.ofSeconds(60))).models(TestModels.ALL).build());
        CovetRuntime.Binding bound = twenty.bind();
        Path file = Files.createTempFile("covet-atomic-async", ".jfr");
        try {
            // each call site once before recording: the JVM's first link of one pins, whatever the code
            block(-1).join();
            List<CompletableFuture<Integer>> blocks = new ArrayList<>();
            try (Recording recording = new Recording()) {
                recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
                recording.start();
                for (int i = 0; i < 1000; i++) {
                    blocks.add(block(i));
                }
                CompletableFuture.allOf(blocks.toArray(CompletableFuture[]::new)).join();
                recording.stop();
                recording.dump(file);
            }
            List<RecordedEvent> pinned = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("jdk.VirtualThreadPinned")).toList();
            assertThat(pinned).as("pinned virtual threads").isEmpty();
            assertThat(Counter.objects.filter("name__startswith", "load-").count()).isEqualTo(1001);
            PoolStats stats = Covet.poolStats(Config.DEFAULT);
            assertThat(stats.active()).as("connections still lent out: %s", stats).isZero();
            assertThat(stats.waiting()).isZero();
            assertThat(stats.timeouts()).isZero();
            assertThat(stats.size()).isEqualTo(stats.idle()).isLessThanOrEqualTo(20);
            assertThat(stats.isIdle()).isTrue();
        } finally {
            Files.deleteIfExists(file);
            bound.close();
            twenty.close();
        }
    }

    private static CompletableFuture<Integer> block(int i) {
        return Covet.atomicAsync(tx -> {
            Counter c = Counter.objects.create(Map.of("name", "load-" + i));
            Covet.atomic(() -> Counter.objects.filter("id", c.id).update("value", F.of("value").plus(1)));
            return Counter.objects.get("id", c.id).value;
        });
    }
}
