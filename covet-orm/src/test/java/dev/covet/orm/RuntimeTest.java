package dev.covet.orm;

import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.TestModels;
import dev.covet.orm.relation.ContentType;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runtimes side by side in one JVM: each has its own databases, receivers, query listeners and cached
 * content types, and the static face ({@code Counter.objects}, {@code Covet.*}) works on the one current
 * on the calling thread.
 */
@Isolated("opens and shuts the default runtime, and connects receivers that hear every runtime")
class RuntimeTest {
    /** Two runtimes on two fresh databases of {@code kind}, with the test models' tables; closed (and dropped) by {@code work}'s end. */
    private static void twoRuntimes(TestDb kind, TwoRuntimes work) throws Exception {
        try (ThrowawayDatabase first = SeveralDatabases.throwaway(kind, "covet_rt_");
             ThrowawayDatabase second = SeveralDatabases.throwaway(kind, "covet_rt_");
             CovetRuntime a = Covet.open(Config.builder().database(first.url()).models(TestModels.ALL).build());
             CovetRuntime b = Covet.open(Config.builder().database(second.url()).models(TestModels.ALL).build())) {
            a.createTables();
            b.createTables();
            work.run(a, b);
        }
    }

    @FunctionalInterface
    private interface TwoRuntimes {
        void run(CovetRuntime a, CovetRuntime b) throws Exception;
    }

    @DbTest
    void twoRuntimesSeeOnlyTheirOwnRowsReceiversAndListeners(TestDb kind) throws Exception {
        Counter.objects.create(Map.of("name", "shared-test-runtime"));
        twoRuntimes(kind, (a, b) -> {
            List<String> heardByA = new CopyOnWriteArrayList<>();
            List<String> heardByB = new CopyOnWriteArrayList<>();
            Signal.Connection inA = a.call(() -> Signals.POST_SAVE.connect(Counter.class, e -> heardByA.add(((Counter) e.instance()).name)));
            Signal.Connection inB = b.call(() -> Signals.POST_SAVE.connect(Counter.class, e -> heardByB.add(((Counter) e.instance()).name)));
            List<QueryEvent> statementsOfA = new CopyOnWriteArrayList<>();
            a.addQueryListener(statementsOfA::add);
            try {
                a.run(() -> Counter.objects.create(Map.of("name", "in-a", "value", 1)));
                b.run(() -> {
                    Counter.objects.create(Map.of("name", "in-b", "value", 2));
                    Counter.objects.create(Map.of("name", "in-b-too", "value", 3));
                });

                assertThat(a.call(() -> Counter.objects.valuesList(String.class, "name").list())).containsExactly("in-a");
                assertThat(b.call(() -> Counter.objects.orderBy("name").valuesList(String.class, "name").list()))
                        .containsExactly("in-b", "in-b-too");
                // the test's own runtime, current on this thread outside run(), holds neither
                assertThat(Counter.objects.valuesList(String.class, "name").list()).containsExactly("shared-test-runtime");
                assertThat(heardByA).containsExactly("in-a");
                assertThat(heardByB).containsExactly("in-b", "in-b-too");
                assertThat(statementsOfA).isNotEmpty().allSatisfy(e -> assertThat(e.sql()).doesNotContain("in-b"));
                assertThat(statementsOfA).anySatisfy(e -> assertThat(e.sql()).startsWithIgnoringCase("INSERT"));

                // a save in the test's runtime reaches neither runtime's receivers
                Counter.objects.create(Map.of("name", "outside"));
                assertThat(heardByA).containsExactly("in-a");
                assertThat(heardByB).containsExactly("in-b", "in-b-too");
            } finally {
                inA.disconnect();
                inB.disconnect();
            }
        });
    }

    @DbTest
    void asyncWorkRunsInTheRuntimeThatStartedIt(TestDb kind) throws Exception {
        twoRuntimes(kind, (a, b) -> {
            a.run(() -> Counter.objects.create(Map.of("name", "only-in-a")));
            CompletableFuture<Long> inA = a.call(() -> Counter.objects.countAsync());
            CompletableFuture<Long> inB = b.call(() -> Counter.objects.countAsync());
            assertThat(inA.join()).isEqualTo(1);
            assertThat(inB.join()).isZero();
            CompletableFuture<Integer> atomicInB = b.call(() -> Covet.atomicAsync(tx -> {
                Counter.objects.create(Map.of("name", "b-async"));
                return (int) Counter.objects.count();
            }));
            assertThat(atomicInB.join()).isEqualTo(1);
            assertThat(a.call(() -> Counter.objects.filter("name", "b-async").exists())).isFalse();
        });
    }

    @DbTest
    void eachRuntimeKeepsItsOwnContentTypes(TestDb kind) throws Exception {
        twoRuntimes(kind, (a, b) -> {
            // created in a different order, the same model gets a different key in each database
            Object bookInA = a.call(() -> ContentType.forModel(Book.class).id);
            b.run(() -> ContentType.forModel(Author.class));
            Object bookInB = b.call(() -> ContentType.forModel(Book.class).id);
            assertThat(bookInB).isNotEqualTo(bookInA);
            assertThat(a.call(() -> ContentType.forModel(Book.class).id)).isEqualTo(bookInA);
            assertThat(b.call(() -> ContentType.forId(bookInB).model)).isEqualTo(Book.class.getName());
            assertThat(a.call(() -> ContentType.forId(bookInA).model)).isEqualTo(Book.class.getName());
        });
    }

    @DbTest
    void aClosedRuntimesReceiversStopAndTheOtherRuntimeCarriesOn(TestDb kind) throws Exception {
        try (ThrowawayDatabase first = SeveralDatabases.throwaway(kind, "covet_rt_");
             ThrowawayDatabase second = SeveralDatabases.throwaway(kind, "covet_rt_");
             CovetRuntime b = Covet.open(Config.builder().database(second.url()).models(Counter.class).build())) {
            b.createTables();
            List<String> heard = new CopyOnWriteArrayList<>();
            CovetRuntime a = Covet.open(Config.builder().database(first.url()).models(Counter.class).build());
            a.createTables();
            a.run(() -> Signals.POST_SAVE.connect(Counter.class, e -> heard.add("a")));
            a.run(() -> Counter.objects.create(Map.of("name", "before-close")));
            a.close();
            assertThat(a.isClosed()).isTrue();
            assertThatThrownBy(() -> a.run(() -> Counter.objects.count())).isInstanceOf(ImproperlyConfigured.class)
                    .hasMessageContaining("closed");
            b.run(() -> Counter.objects.create(Map.of("name", "in-b")));
            assertThat(heard).containsExactly("a");
            assertThat(b.call(() -> Counter.objects.count())).isEqualTo(1);
        }
    }

    /** The complaint that started the runtime: a receiver connected under one setup fired after shutdown() and a new setup. */
    @Test
    void aReceiverConnectedUnderOneSetupDoesNotHearTheNext(@TempDir Path dir) {
        List<String> heard = new CopyOnWriteArrayList<>();
        Covet.setup("sqlite:" + dir.resolve("one.db"), Counter.class);
        try {
            Covet.createTables();
            Signals.POST_SAVE.connect(Counter.class, e -> heard.add("first setup"));
            Counter.objects.create(Map.of("name", "one"));
        } finally {
            Covet.shutdown();
        }
        Covet.setup("sqlite:" + dir.resolve("two.db"), Counter.class);
        try {
            Covet.createTables();
            Counter.objects.create(Map.of("name", "two"));
            assertThat(heard).containsExactly("first setup");
        } finally {
            Covet.shutdown();
        }
    }

    /** A receiver connected while no runtime exists (Django's module-level receivers) hears every runtime. */
    @Test
    void aReceiverConnectedBeforeAnySetupHearsEveryRuntime(@TempDir Path dir) {
        List<String> heard = new CopyOnWriteArrayList<>();
        assertThat(Covet.isSetup()).isFalse();
        Signal.Connection everywhere = Signals.POST_SAVE.connect(Counter.class, e -> heard.add(((Counter) e.instance()).name));
        try (CovetRuntime one = Covet.open(Config.builder().database("sqlite:" + dir.resolve("one.db")).models(Counter.class).build());
             CovetRuntime two = Covet.open(Config.builder().database("sqlite:" + dir.resolve("two.db")).models(Counter.class).build())) {
            one.createTables();
            two.createTables();
            one.run(() -> Counter.objects.create(Map.of("name", "one")));
            two.run(() -> Counter.objects.create(Map.of("name", "two")));
            assertThat(heard).containsExactly("one", "two");
        } finally {
            everywhere.disconnect();
        }
    }

    @Test
    void theStaticFaceUsesTheBoundRuntimeThenTheDefault(@TempDir Path dir) {
        Covet.setup("sqlite:" + dir.resolve("default.db"), Counter.class);
        try (CovetRuntime other = Covet.open(Config.builder().database("sqlite:" + dir.resolve("other.db")).models(Counter.class).build())) {
            Covet.createTables();
            other.createTables();
            Counter.objects.create(Map.of("name", "in-default"));
            assertThat(Covet.runtime()).isNotSameAs(other);
            CovetRuntime theDefault = Covet.runtime();
            try (CovetRuntime.Binding bound = other.bind()) {
                assertThat(Covet.runtime()).isSameAs(other);
                assertThat(Covet.defaultRuntime()).containsSame(theDefault);
                assertThat(Counter.objects.count()).isZero();
                assertThat(Covet.database()).isSameAs(other.database());
            }
            assertThat(Covet.runtime()).isNotSameAs(other);
            assertThat(Counter.objects.valuesList(String.class, "name").list()).containsExactly("in-default");
            // a thread of its own sees the default: a binding belongs to the thread that made it
            assertThat(other.call(() -> CompletableFuture.supplyAsync(() -> Counter.objects.count()).join())).isEqualTo(1);
        } finally {
            Covet.shutdown();
        }
        assertThatThrownBy(Covet::runtime).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("not set up");
        assertThat(Covet.defaultRuntime()).isEmpty();
    }

    @Test
    void bindingsCloseOnTheirThreadInReverseOrder(@TempDir Path dir) throws Exception {
        try (CovetRuntime one = Covet.open(Config.builder().database("sqlite:" + dir.resolve("one.db")).models(Counter.class).build());
             CovetRuntime two = Covet.open(Config.builder().database("sqlite:" + dir.resolve("two.db")).models(Counter.class).build())) {
            CovetRuntime.Binding outer = one.bind();
            CovetRuntime.Binding inner = two.bind();
            assertThatThrownBy(outer::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("reverse order");
            Thread other = new Thread(() -> assertThatThrownBy(inner::close).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("thread that made it"));
            other.start();
            other.join();
            assertThat(Covet.runtime()).isSameAs(two);
            inner.close();
            assertThat(Covet.runtime()).isSameAs(one);
            outer.close();
            assertThat(Covet.isSetup()).isFalse();
        }
    }
}
