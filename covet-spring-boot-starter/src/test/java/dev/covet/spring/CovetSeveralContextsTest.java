package dev.covet.spring;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.spring.models.Chapter;
import dev.covet.spring.models.Note;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.covet.spring.CovetAutoConfigurationTest.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several application contexts in one JVM, each on a SQLite file of its own: the first takes Covet's
 * default runtime, the others open runtimes beside it, and each reads and writes its own database.
 */
class CovetSeveralContextsTest {
    /** The notes in a context's database, read past Covet with the context's DataSource. */
    static List<String> notes(AssertableApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class)).queryForList("SELECT text FROM note ORDER BY id", String.class);
    }

    @Test
    void aSingleContextSetsUpTheDefaultRuntimeAsBefore() {
        runner().withPropertyValues("covet.create-tables=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CovetRuntime.class);
            CovetSetup covet = context.getBean(CovetSetup.class);
            assertThat(covet.isDefault()).isTrue();
            assertThat(Covet.isSetup()).isTrue();
            assertThat(Covet.runtime()).isSameAs(covet.runtime()).isSameAs(context.getBean(CovetRuntime.class));
            assertThat(covet.database()).isSameAs(Covet.database());
            assertThat(covet.database().settings().dataSource()).isSameAs(context.getBean(DataSource.class));
            Thread elsewhere = Thread.ofPlatform().start(() -> Note.objects.create(Map.of("text", "from another thread")));
            elsewhere.join();
            assertThat(notes(context)).containsExactly("from another thread");
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void twoContextsAtOnceEachWorkOnTheirOwnDatabase() {
        Path firstFile = SqliteFiles.next();
        Path secondFile = SqliteFiles.next();
        runner(firstFile).withPropertyValues("covet.create-tables=true").run(first -> {
            CovetSetup one = first.getBean(CovetSetup.class);
            CovetRuntime[] secondRuntime = new CovetRuntime[1];
            runner(secondFile).withPropertyValues("covet.create-tables=true").run(second -> {
                assertThat(first).hasNotFailed();
                assertThat(second).hasNotFailed();
                CovetSetup two = second.getBean(CovetSetup.class);
                secondRuntime[0] = two.runtime();
                assertThat(one.isDefault()).isTrue();
                assertThat(two.isDefault()).isFalse();
                assertThat(Covet.runtime()).isSameAs(one.runtime());
                assertThat(second.getBean(CovetRuntime.class)).isSameAs(two.runtime()).isNotSameAs(one.runtime());
                assertThat(two.database()).isSameAs(two.runtime().database()).isNotSameAs(Covet.database());
                assertThat(two.database().settings().dataSource()).isSameAs(second.getBean(DataSource.class));

                Note.objects.create(Map.of("text", "in the first"));
                two.runtime().run(() -> Note.objects.create(Map.of("text", "in the second")));
                assertThat(notes(first)).containsExactly("in the first");
                assertThat(notes(second)).containsExactly("in the second");
                assertThat(two.runtime().call(Chapter.objects::count)).isZero();   // covet.create-tables ran on the second's database

                // Spring's transactions on the second context's DataSource, Covet joining them
                TransactionTemplate transactions = new TransactionTemplate(second.getBean(PlatformTransactionManager.class));
                two.runtime().run(() -> transactions.executeWithoutResult(status -> {
                    Note.objects.create(Map.of("text", "rolled back"));
                    assertThat(Covet.database().inTransaction()).isTrue();
                    assertThat(new JdbcTemplate(second.getBean(DataSource.class)).queryForObject(
                            "SELECT count(*) FROM note", Integer.class)).isEqualTo(2);   // on the transaction's connection
                    status.setRollbackOnly();
                }));
                assertThat(notes(second)).containsExactly("in the second");
            });
            assertThat(secondRuntime[0].isClosed()).isTrue();
            assertThat(one.runtime().isClosed()).isFalse();
            assertThat(Covet.runtime()).isSameAs(one.runtime());
            Note.objects.create(Map.of("text", "after the second closed"));
            assertThat(notes(first)).containsExactly("in the first", "after the second closed");
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void closingTheContextThatOwnsTheDefaultLeavesTheOtherWorkingAndFreesTheDefault() {
        runner().withPropertyValues("covet.create-tables=true").run(first -> {
            runner().withPropertyValues("covet.create-tables=true").run(second -> {
                CovetSetup two = second.getBean(CovetSetup.class);
                first.close();
                assertThat(Covet.isSetup()).isFalse();
                two.runtime().run(() -> Note.objects.create(Map.of("text", "still here")));
                assertThat(notes(second)).containsExactly("still here");
                runner().run(third -> {
                    assertThat(third).hasNotFailed();
                    assertThat(third.getBean(CovetSetup.class).isDefault()).isTrue();
                    assertThat(Covet.runtime()).isSameAs(third.getBean(CovetRuntime.class));
                });
                assertThat(two.isDefault()).isFalse();
                assertThat(two.runtime().isClosed()).isFalse();
            });
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aChildContextUsesItsParentsCovet() {
        runner().run(parent -> runner().withParent(parent).run(child -> {
            assertThat(child).hasNotFailed();
            assertThat(child.getBean(CovetSetup.class)).isSameAs(parent.getBean(CovetSetup.class));
            assertThat(child.getBean(CovetRuntime.class)).isSameAs(Covet.runtime());
        }));
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aContextStartedWhereAnotherRuntimeIsBoundStillTakesTheFreeDefault() {
        Config archiveConfig = Config.builder().database("sqlite:" + SqliteFiles.next()).models(Note.class).build();
        try (CovetRuntime archive = Covet.open(archiveConfig); CovetRuntime.Binding bound = archive.bind()) {
            runner().run(context -> {
                CovetSetup covet = context.getBean(CovetSetup.class);
                assertThat(covet.isDefault()).isTrue();
                assertThat(covet.runtime()).isNotSameAs(archive);
                assertThat(Covet.runtime()).isSameAs(archive);                  // still bound on this thread
            });
            assertThat(archive.isClosed()).isFalse();
        }
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void initializersOfASecondContextWorkOnItsRuntime() {
        runner().run(first -> runner()
                .withBean(CovetInitializer.class, () -> covet -> {
                    Covet.createTables();
                    Note.objects.create(Map.of("text", "by the initializer"));
                })
                .run(second -> {
                    assertThat(second).hasNotFailed();
                    assertThat(notes(second)).containsExactly("by the initializer");
                    assertThatThrownBy(() -> notes(first)).hasMessageContaining("no such table");
                }));
    }

    @Test
    void aSecondContextThatFailsToStartClosesItsRuntimeAndLeavesTheDefault() {
        runner().run(first -> {
            CovetRuntime[] opened = new CovetRuntime[1];
            runner().withBean(CovetInitializer.class, () -> covet -> {
                opened[0] = covet.runtime();
                throw new IllegalStateException("cannot migrate");
            }).run(second -> assertThat(second).hasFailed());
            assertThat(opened[0].isClosed()).isTrue();
            assertThat(Covet.runtime()).isSameAs(first.getBean(CovetRuntime.class));
            assertThat(Covet.runtime().isClosed()).isFalse();
        });
    }

    @Test
    void theHealthIndicatorOfASecondContextLooksAtItsOwnDatabase() {
        runner().run(first -> runner().withPropertyValues("covet.create-tables=true").run(second -> {
            assertThat(first.getBean("covetHealthIndicator", HealthIndicator.class)
                    .health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(second.getBean("covetHealthIndicator", HealthIndicator.class)
                    .health().getStatus()).isEqualTo(Status.UP);
        }));
    }
}
