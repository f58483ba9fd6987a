package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.LockNotAvailable;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Publisher;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * selectForUpdate(of=...) and noKey, with a second connection: what the lock holds really blocks, what it
 * leaves free really does not. Every wait is bounded.
 */
class LockOfTest {
    private static Book book() {
        Author a = Author.objects.create(Map.of("name", "Ann"));
        Publisher p = Publisher.objects.create(Map.of("name", "Ace"));
        return Book.objects.create(Map.of("title", "Locked", "pages", 10, "author", a, "publisher", p));
    }

    @DbTest
    void ofLimitsTheLockToTheNamedTables(TestDb db) throws Exception {
        Book b = book();
        long authorId = b.author.id();
        if (!db.isPostgres()) {
            assertThatThrownBy(() -> Book.objects.selectRelated("author").selectForUpdate(false, false, false, "self"))
                    .isInstanceOf(NotSupportedError.class).hasMessageContaining("of=");
            return;
        }
        assertThat(Book.objects.selectRelated("author").selectForUpdate(false, false, false, "self").toSql())
                .contains("FOR UPDATE OF \"book\"");
        assertThat(Book.objects.selectRelated("author", "publisher").selectForUpdate(false, true, false, "self", "publisher").toSql())
                .containsPattern("FOR UPDATE OF \"book\", \"[a-z0-9_]+\" SKIP LOCKED");
        // only the book's row is locked: the author stays free, the book does not
        try (Holder h = new Holder(() -> Book.objects.selectRelated("author").selectForUpdate(false, false, false, "self").get("id", b.id))) {
            assertThat(Covet.atomic(() -> Author.objects.selectForUpdate(true, false).get("id", authorId).name)).isEqualTo("Ann");
            assertThatThrownBy(() -> Covet.atomic(() -> Book.objects.selectForUpdate(true, false).get("id", b.id)))
                    .isInstanceOf(LockNotAvailable.class);
            assertThat(h.isHolding()).isTrue();
        }
        // without of, both tables' rows are locked
        try (Holder h = new Holder(() -> Book.objects.selectRelated("author").selectForUpdate().get("id", b.id))) {
            assertThatThrownBy(() -> Covet.atomic(() -> Author.objects.selectForUpdate(true, false).get("id", authorId)))
                    .isInstanceOf(LockNotAvailable.class);
            assertThat(h.isHolding()).isTrue();
        }
        // of the author only: the book stays free
        try (Holder h = new Holder(() -> Book.objects.selectRelated("author").selectForUpdate(false, false, false, "author").get("id", b.id))) {
            assertThat(Covet.atomic(() -> Book.objects.selectForUpdate(true, false).get("id", b.id).title)).isEqualTo("Locked");
            assertThatThrownBy(() -> Covet.atomic(() -> Author.objects.selectForUpdate(true, false).get("id", authorId)))
                    .isInstanceOf(LockNotAvailable.class);
        }
    }

    @DbTest
    void ofNamesOnlyFollowedRelations(TestDb db) {
        book();
        if (!db.isPostgres()) {
            assertThatThrownBy(() -> Book.objects.selectForUpdate(false, false, false, "author"))
                    .isInstanceOf(NotSupportedError.class);
            return;
        }
        assertThatThrownBy(() -> Covet.atomic(() -> Book.objects.selectRelated("author").selectForUpdate(false, false, false, "publisher").list()))
                .isInstanceOf(FieldError.class).hasMessageContaining("Invalid field name(s) given in selectForUpdate(of=...): publisher")
                .hasMessageContaining("Choices are: self, author");
        assertThatThrownBy(() -> Book.objects.selectForUpdate(false, false, false, "nosuch").toSql())
                .isInstanceOf(FieldError.class).hasMessageContaining("nosuch");
        assertThatThrownBy(() -> Book.objects.selectForUpdate(false, false, false, " "))
                .isInstanceOf(FieldError.class);
        assertThat(Book.objects.count()).isEqualTo(1);
    }

    @DbTest
    void noKeyLeavesRowsFreeForNewForeignKeys(TestDb db) throws Exception {
        Book b = book();
        long authorId = b.author.id();
        if (db.isSqlite()) {
            assertThatThrownBy(() -> Author.objects.all().selectForUpdate(false, false, true)).isInstanceOf(NotSupportedError.class);
            return;
        }
        ExecutorService writer = Covet.runtime().wrap(Executors.newSingleThreadExecutor());
        try {
            Callable<Object> addBook = () -> Covet.atomic(() -> Book.objects.create(
                    Map.of("title", "New", "pages", 1, "author", Author.objects.get("id", authorId))));
            if (db.isPostgres()) {
                // FOR NO KEY UPDATE: another transaction may add a row that points at the locked one
                try (Holder h = new Holder(() -> Author.objects.selectForUpdate(false, false, true).get("id", authorId))) {
                    writer.submit(addBook).get(10, TimeUnit.SECONDS);
                    assertThat(h.isHolding()).isTrue();
                }
            } else {
                assertThatThrownBy(() -> Author.objects.all().selectForUpdate(false, false, true))
                        .isInstanceOf(NotSupportedError.class).hasMessageContaining("noKey");
            }
            // FOR UPDATE: the new row's foreign key check waits for the lock, and goes on once it is released
            Future<Object> waiting;
            try (Holder h = new Holder(() -> Author.objects.selectForUpdate().get("id", authorId))) {
                waiting = writer.submit(addBook);
                assertThatThrownBy(() -> waiting.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
                assertThat(h.isHolding()).isTrue();
            }
            waiting.get(20, TimeUnit.SECONDS);
            assertThat(Book.objects.filter("author", authorId).count()).isEqualTo(db.isPostgres() ? 3 : 2);
        } finally {
            writer.shutdownNow();
            writer.awaitTermination(20, TimeUnit.SECONDS);
        }
    }

    /** Runs a locking read in another thread's transaction and holds it until closed. */
    private static final class Holder implements AutoCloseable {
        private final CountDownLatch locked = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final ExecutorService thread = Covet.runtime().wrap(Executors.newSingleThreadExecutor());
        private final Future<?> work;

        Holder(Runnable lockingRead) throws InterruptedException {
            work = thread.submit(() -> {
                Covet.atomic(() -> {
                    lockingRead.run();
                    locked.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            if (!locked.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the holder never got its lock");
            }
        }

        boolean isHolding() {
            return !work.isDone();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            work.get(30, TimeUnit.SECONDS);
            thread.shutdown();
        }
    }
}
