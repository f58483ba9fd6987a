package dev.covet.test;

import dev.covet.orm.Covet;
import dev.covet.test.models.Novel;
import dev.covet.test.models.Writer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension itself, by running small {@link CovetTest} classes with JUnit's engine test kit and
 * reading what it reports: runs per database, isolation, {@link MaxQueries} and the N+1 check, and
 * the errors of a bad configuration. The databases are the configured ones (all three by default).
 */
class CovetTestExtensionTest {
    private static final List<String> DATABASES = TestServers.names(Plain.class.getAnnotation(CovetTest.class));

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
    }

    private static List<String> failures(EngineExecutionResults results) {
        List<String> messages = new ArrayList<>();
        for (Event e : results.allEvents().failed().list()) {
            e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                    .ifPresent(t -> messages.add(e.getTestDescriptor().getDisplayName() + ": " + t.getMessage()));
        }
        return messages;
    }

    // ---------------------------------------------------------------- runs

    @CovetTest(models = {Writer.class, Novel.class})
    static class Plain {
        static final List<String> SEEN = new ArrayList<>();

        @Test
        void savesAndReads(TestDatabase db) {
            SEEN.add(db.name());
            Novel.of("Emma", Writer.named("Austen"));
            assertThat(Novel.objects.filter("writer__name", "Austen").count()).isEqualTo(1);
            assertThat(Covet.database().dialect()).isSameAs(db.database().dialect());
        }

        @Test
        void startsEmpty() {
            assertThat(Writer.objects.count()).isZero();
        }
    }

    @Test
    void aClassRunsOncePerDatabaseNamedInItsDisplayName() {
        assertThat(DATABASES).isNotEmpty();
        Plain.SEEN.clear();
        EngineExecutionResults results = run(Plain.class);
        assertThat(failures(results)).isEmpty();
        results.testEvents().assertStatistics(s -> s.started(2L * DATABASES.size()).succeeded(2L * DATABASES.size()));
        List<String> runs = results.containerEvents().started().list().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).filter(n -> n.startsWith("[")).toList();
        assertThat(runs).containsExactlyElementsOf(DATABASES.stream().map(n -> "[" + n + "]").toList());
        assertThat(Plain.SEEN).containsExactlyElementsOf(DATABASES);
        assertThat(Covet.isSetup()).as("Covet is shut down after the class").isFalse();
    }

    // ---------------------------------------------------------------- isolation

    @CovetTest(models = {Writer.class, Novel.class})
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class RolledBack {
        static final List<Long> COUNTS = new ArrayList<>();

        @BeforeEach
        void seed() {
            Writer.named("Seeded");
        }

        @Test
        @Order(1)
        void writes() {
            Writer.named("Austen");
            Covet.onCommit(() -> COUNTS.add(-1L));
            COUNTS.add(Writer.objects.count());
        }

        @Test
        @Order(2)
        void seesOnlyTheSeededRow() {
            COUNTS.add(Writer.objects.count());
        }
    }

    @Test
    void rollbackModeUndoesEachTestAndItsBeforeEachRows() {
        RolledBack.COUNTS.clear();
        EngineExecutionResults results = run(RolledBack.class);
        assertThat(failures(results)).isEmpty();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < DATABASES.size(); i++) {
            expected.addAll(List.of(2L, 1L));  // the seeded row is each test's own
        }
        // no -1: an onCommit hook never runs when the test's transaction is rolled back
        assertThat(RolledBack.COUNTS).containsExactlyElementsOf(expected);
    }

    @CovetTest(models = {Writer.class, Novel.class}, isolation = Isolation.TRUNCATE)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Truncated {
        static final List<Long> COUNTS = new ArrayList<>();
        static final AtomicInteger COMMITS = new AtomicInteger();

        @Test
        @Order(1)
        void commits() throws Exception {
            Covet.atomic(() -> {
                Novel.of("Emma", Writer.named("Austen"));
                Covet.onCommit(COMMITS::incrementAndGet);
            });
            // another thread (another connection) sees the committed rows
            COUNTS.add(CompletableFuture.supplyAsync(Novel.objects::count).get());
        }

        @Test
        @Order(2)
        void findsEveryTableEmpty() {
            COUNTS.add(Writer.objects.count() + Novel.objects.count());
        }
    }

    @Test
    void truncateModeCommitsAndEmptiesTheTablesAfterEachTest() {
        Truncated.COUNTS.clear();
        Truncated.COMMITS.set(0);
        EngineExecutionResults results = run(Truncated.class);
        assertThat(failures(results)).isEmpty();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < DATABASES.size(); i++) {
            expected.addAll(List.of(1L, 0L));
        }
        assertThat(Truncated.COUNTS).containsExactlyElementsOf(expected);
        assertThat(Truncated.COMMITS.get()).isEqualTo(DATABASES.size());
    }

    // ---------------------------------------------------------------- N+1

    @CovetTest(models = {Writer.class, Novel.class}, repeatedQueryLimit = 3)
    static class NPlusOne {
        @BeforeEach
        void novels() {
            // five selects of one shape in setup do not count: only the test method's statements do
            for (int i = 0; i < 5; i++) {
                Novel.of("Novel " + i, Writer.named("Writer " + i));
                Writer.objects.get("name", "Writer " + i);
            }
        }

        @Test
        void forwardLoop() {
            for (Novel n : Novel.objects.all()) {
                assertThat(n.writer.get().name).startsWith("Writer");
            }
        }

        @Test
        void reverseLoop() {
            for (Writer w : Writer.objects.all()) {
                assertThat(w.novels.list()).hasSize(1);
            }
        }

        @Test
        void plainRepeatedGet() {
            for (int i = 0; i < 5; i++) {
                Writer.objects.get("name", "Writer " + i);
            }
        }

        @Test
        void joined() {
            for (Novel n : Novel.objects.selectRelated("writer")) {
                assertThat(n.writer.get().name).startsWith("Writer");
            }
        }

        @Test
        void prefetched() {
            for (Writer w : Writer.objects.prefetchRelated("novels")) {
                assertThat(w.novels.list()).hasSize(1);
            }
        }

        @Test
        void atTheLimit() {
            for (Novel n : Novel.objects.all().limit(3)) {
                n.writer.get();
            }
        }
    }

    @Test
    void anNPlusOneLoopFailsNamingTheRelationToLoad() {
        EngineExecutionResults results = run(NPlusOne.class);
        int n = DATABASES.size();
        results.testEvents().assertStatistics(s -> s.started(6L * n).succeeded(3L * n).failed(3L * n));
        List<String> failed = failures(results);
        assertThat(failed.stream().filter(m -> m.startsWith("forwardLoop()")))
                .hasSize(n)
                .allSatisfy(m -> assertThat(m).contains("N+1 queries: the same SELECT ran 5 times in this test (the limit is 3)",
                        "the relation Novel.writer of one Novel", "add selectRelated(\"writer\")"));
        assertThat(failed.stream().filter(m -> m.startsWith("reverseLoop()")))
                .hasSize(n)
                .allSatisfy(m -> assertThat(m).contains("ran 5 times", "the relation Writer.novels of one Writer",
                        "add prefetchRelated(\"novels\")"));
        assertThat(failed.stream().filter(m -> m.startsWith("plainRepeatedGet()")))
                .hasSize(n)
                .allSatisfy(m -> assertThat(m).contains("ran 5 times", "load the rows in one query").doesNotContain("relation"));
        for (String name : DATABASES) {
            assertThat(failed).anySatisfy(m -> assertThat(m).startsWith("forwardLoop(): [" + name + "] N+1"));
        }
    }

    // ---------------------------------------------------------------- @MaxQueries

    @CovetTest(models = {Writer.class, Novel.class})
    @MaxQueries(1)
    static class Limited {
        @Test
        @MaxQueries(2)
        void twoAllowed() {
            Writer.named("Austen");
            Writer.objects.count();
        }

        @Test
        void oneAllowedByTheClass() {
            Writer.named("Austen");
            Writer.objects.filter("name", "Austen").count();
        }
    }

    @Test
    void maxQueriesFailsATestThatRunsMoreAndListsTheStatements() {
        EngineExecutionResults results = run(Limited.class);
        int n = DATABASES.size();
        results.testEvents().assertStatistics(s -> s.succeeded(n).failed(n));
        assertThat(failures(results)).hasSize(n).allSatisfy(m -> assertThat(m)
                .startsWith("oneAllowedByTheClass(): [")
                .contains("2 statements ran, @MaxQueries allows 1:", "1. INSERT INTO", "2. SELECT COUNT("));
    }

    // ---------------------------------------------------------------- bad configuration

    @CovetTest(models = {Writer.class, Novel.class}, databases = "oracle")
    static class UnknownDatabase {
        @Test
        void never() {
        }
    }

    @CovetTest(models = {Writer.class, Novel.class}, databases = "elsewhere")
    static class UnreachableServer {
        @Test
        void never() {
        }
    }

    @Test
    void aDatabaseWithoutAServerOrAnUnreachableServerIsAClearFailure() {
        String property = System.getProperty("covet.test.databases");
        System.clearProperty("covet.test.databases");
        System.setProperty("covet.test.elsewhere", "postgresql://postgres@127.0.0.1:1/postgres");
        try {
            assertThat(failures(run(UnknownDatabase.class))).singleElement().asString()
                    .contains("No server is configured for the test database 'oracle'", "covet.test.oracle", "COVET_TEST_ORACLE",
                            "[mariadb, mysql, postgresql, sqlite]");
            assertThat(failures(run(UnreachableServer.class))).singleElement().asString()
                    .contains("The elsewhere test database could not be made", "127.0.0.1:1", "COVET_TEST_ELSEWHERE");
        } finally {
            System.clearProperty("covet.test.elsewhere");
            if (property != null) {
                System.setProperty("covet.test.databases", property);
            }
        }
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aCovetSetUpElsewhereIsAClearFailure() {
        Covet.setup("sqlite::memory:", Writer.class, Novel.class);
        try {
            assertThat(failures(run(Plain.class))).hasSize(DATABASES.size()).allSatisfy(m -> assertThat(m)
                    .contains("Covet is already set up, but @CovetTest sets it up itself"));
            assertThat(Covet.isSetup()).as("the other set-up is left alone").isTrue();
        } finally {
            Covet.shutdown();
        }
    }

    @AfterAll
    static void nothingLeftSetUp() {
        assertThat(Covet.isSetup()).isFalse();
    }
}
