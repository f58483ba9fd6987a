package dev.covet.orm;

import dev.covet.orm.db.RetryPolicy;
import dev.covet.orm.exception.DeadlockDetected;
import dev.covet.orm.exception.Retriable;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.Tag;
import dev.covet.orm.models.TestModels;
import dev.covet.orm.sql.Sql;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Covet on a real three-node MariaDB Galera cluster ({@link GaleraServers}), one alias per node:
 * writes on one node seen on the others, a certification conflict reported as the retriable
 * {@link DeadlockDetected} and retried to success, and Covet's writes working there.
 */
@ExtendWith(GaleraServers.Resolver.class)
@ResourceLock("private database servers")   // their bootstraps share /tmp and loopback ports
class GaleraTest {
    private static CovetRuntime open(GaleraServers cluster) {
        CovetRuntime r = Covet.open(Config.builder()
                .database("default", cluster.url(1), s -> s.maxPoolSize(3))
                .database("node2", cluster.url(2), s -> s.maxPoolSize(3))
                .database("node3", cluster.url(3), s -> s.maxPoolSize(3))
                .models(TestModels.ALL)   // all of them: deleting an author collects every model that points at books
                .build());
        try (CovetRuntime.Binding bound = r.bind()) {
            Covet.createTables("default");
            for (String table : List.of("book_tags", "book", "author", "publisher", "tag", "counter")) {
                Covet.database("default").update(Sql.of("DELETE FROM " + table));
            }
        }
        return r;
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    @ParameterizedTest(name = "[{0}] [galera]")
    @ValueSource(strings = "mariadb")
    void writesOnOneNodeAreSeenOnTheOthers(String name, GaleraServers cluster) throws Exception {
        CovetRuntime r = open(cluster);
        CovetRuntime.Binding bound = r.bind();
        try {
            Tag.objects.create(Map.of("name", "from node 1"));
            Tag.objects.using("node3").create(Map.of("name", "from node 3"));
            for (String node : List.of("default", "node2", "node3")) {
                await(node + " has both rows", () -> Tag.objects.using(node).count() == 2);
                assertThat(Tag.objects.using(node).orderBy("name").valuesList("name").list())
                        .containsExactly(List.of("from node 1"), List.of("from node 3"));
            }
        } finally {
            bound.close();
            r.close();
        }
    }

    @ParameterizedTest(name = "[{0}] [galera]")
    @ValueSource(strings = "mariadb")
    void aCertificationConflictIsARetriableDeadlock(String name, GaleraServers cluster) throws Exception {
        CovetRuntime r = open(cluster);
        CovetRuntime.Binding bound = r.bind();
        try {
            Counter.objects.create(Map.of("name", "hits", "value", 0));
            await("node 2 has the row", () -> Counter.objects.using("node2").filter("name", "hits").exists());
            // node 1's transaction updates the row, node 2 updates it too and commits first: node 1's commit fails certification
            assertThatThrownBy(() -> Covet.atomic(() -> {
                Counter.objects.filter("name", "hits").update("value", 1);
                Covet.atomic("node2", () -> Counter.objects.using("node2").filter("name", "hits").update("value", 2));
            })).isInstanceOf(DeadlockDetected.class).isInstanceOf(Retriable.class);
            await("node 1 has node 2's value", () -> Counter.objects.get("name", "hits").value == 2);

            AtomicInteger attempts = new AtomicInteger();
            Covet.atomic(RetryPolicy.attempts(3).backoff(Duration.ofMillis(5), Duration.ofMillis(50)), () -> {
                int attempt = attempts.incrementAndGet();
                Counter.objects.filter("name", "hits").update("value", 10 + attempt);
                if (attempt == 1) {
                    Covet.atomic("node2", () -> Counter.objects.using("node2").filter("name", "hits").update("value", 99));
                }
            });
            assertThat(attempts).hasValue(2);
            for (String node : List.of("default", "node2", "node3")) {
                await(node + " has the retried value", () -> Counter.objects.using(node).get("name", "hits").value == 12);
            }
        } finally {
            bound.close();
            r.close();
        }
    }

    @ParameterizedTest(name = "[{0}] [galera]")
    @ValueSource(strings = "mariadb")
    void covetsWritesWorkOnTheCluster(String name, GaleraServers cluster) throws Exception {
        CovetRuntime r = open(cluster);
        CovetRuntime.Binding bound = r.bind();
        try {
            Author a = Author.objects.create(Map.of("name", "Ann"));
            Book b1 = new Book();
            b1.title = "One";
            b1.pages = 10;
            b1.author.set(a);
            Book b2 = new Book();
            b2.title = "Two";
            b2.pages = 20;
            b2.author.set(a);
            List<Book> made = Book.objects.bulkCreate(List.of(b1, b2));
            assertThat(made).allSatisfy(b -> assertThat(b.id).isNotNull());
            // auto-increment steps differ per node (innodb_autoinc_lock_mode=2, wsrep_auto_increment_control)
            assertThat(made.get(0).id).isNotEqualTo(made.get(1).id);

            assertThat(Author.objects.using("node2").getOrCreate(Map.of("name", "Ann"), Map.of()).created()).isFalse();
            var bob = Author.objects.using("node2").getOrCreate(Map.of("name", "Bob"), Map.of());
            assertThat(bob.created()).isTrue();
            await("node 1 has Bob", () -> Author.objects.filter("name", "Bob").exists());

            int pages = Covet.atomic(() -> {
                Book locked = Book.objects.selectForUpdate().get("title", "One");
                Book.objects.filter("id", locked.id).update("pages", locked.pages + 1);
                return Book.objects.get("id", locked.id).pages;
            });
            assertThat(pages).isEqualTo(11);

            DeleteResult deleted = Author.objects.filter("name", "Ann").delete();
            assertThat(deleted.count(Book.class)).isEqualTo(2);
            assertThat(deleted.count(Author.class)).isEqualTo(1);
            await("node 3 sees the cascade", () -> Book.objects.using("node3").count() == 0);
            assertThat(Author.objects.using("node3").valuesList("name").list()).containsExactly(List.of("Bob"));
        } finally {
            bound.close();
            r.close();
        }
    }
}
