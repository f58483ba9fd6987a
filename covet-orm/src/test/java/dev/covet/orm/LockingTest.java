package dev.covet.orm;

import dev.covet.orm.exception.LockNotAvailable;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.db.Transaction;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** selectForUpdate and transactions under concurrency. */
class LockingTest {
    @DbTest
    void lockedDecrementsNeverOversell() throws Exception {
        Product stock = Fixtures.product("Scarce", "new", "1.00", 10, 0, null, null);
        int buyers = 16;
        AtomicInteger sold = new AtomicInteger();
        ExecutorService pool = Covet.runtime().wrap(Executors.newFixedThreadPool(8));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            done.add(pool.submit(() -> {
                start.await();
                Covet.atomic(() -> {
                    Product p = Product.objects.selectForUpdate().get("id", stock.id);
                    if (p.quantity > 0) {
                        p.quantity -= 1;
                        p.save();
                        sold.incrementAndGet();
                    }
                });
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(sold.get()).isEqualTo(10);
        assertThat(Product.objects.get("id", stock.id).quantity).isZero();
    }

    @DbTest
    void selectForUpdateNeedsATransaction() {
        Fixtures.products();
        assertThatThrownBy(() -> Product.objects.selectForUpdate().list())
                .isInstanceOf(TransactionManagementError.class).hasMessageContaining("outside of a transaction");
        assertThat(Covet.atomic(() -> Product.objects.selectForUpdate().filter("price__lt", 10).count())).isEqualTo(3);
        assertThat(Covet.atomic(() -> Product.objects.selectForUpdate().list())).hasSize(5);
    }

    @DbTest
    void nowaitFailsAtOnceOnALockedRow(TestDb db) throws Exception {
        Product p = Fixtures.product("Locked", "new", "1.00", 1, 0, null, null);
        if (db.isSqlite()) {
            assertThatThrownBy(() -> Product.objects.selectForUpdate(true, false)).isInstanceOf(NotSupportedError.class)
                    .hasMessageContaining("SQLite");
            assertThatThrownBy(() -> Product.objects.selectForUpdate(false, true)).isInstanceOf(NotSupportedError.class);
            return;
        }
        try (Holder holder = new Holder(p.id)) {
            assertThatThrownBy(() -> Covet.atomic(() -> Product.objects.selectForUpdate(true, false).get("id", p.id)))
                    .isInstanceOf(LockNotAvailable.class);
            assertThat(holder.isHolding()).isTrue();
        }
    }

    @DbTest
    void skipLockedLeavesLockedRowsOut(TestDb db) throws Exception {
        if (db.isSqlite()) {
            return;   // covered by nowaitFailsAtOnceOnALockedRow: NotSupportedError
        }
        Product a = Fixtures.product("A", "new", "1.00", 1, 0, null, null);
        Fixtures.product("B", "new", "1.00", 1, 0, null, null);
        Fixtures.product("C", "new", "1.00", 1, 0, null, null);
        try (Holder holder = new Holder(a.id)) {
            List<String> free = Covet.atomic(() -> Product.objects.selectForUpdate(false, true).orderBy("name").list())
                    .stream().map(p -> p.name).toList();
            assertThat(free).containsExactly("B", "C");
            assertThat(holder.isHolding()).isTrue();
        }
    }

    @DbTest
    void aFailingBlockLeavesNoPartialRowsAcrossModels() {
        assertThatThrownBy(() -> Covet.atomic(() -> {
            Author a = Author.objects.create(Map.of("name", "half"));
            Book.objects.create(Map.of("title", "written", "author", a));
            Product.objects.create(Map.of("name", "x", "quantity", -5));     // fails validation
        })).isInstanceOf(ValidationError.class);
        assertThat(Author.objects.count()).isZero();
        assertThat(Book.objects.count()).isZero();
        assertThat(Product.objects.count()).isZero();
    }

    @DbTest
    void transactionsBelongToTheirThread() throws Exception {
        try (Transaction tx = Covet.begin()) {
            Product.objects.create(Map.of("name", "mine"));
            ExecutorService other = Covet.runtime().wrap(Executors.newSingleThreadExecutor());
            try {
                assertThat(other.submit(() -> Covet.database().inTransaction()).get()).isFalse();
                assertThatThrownBy(() -> other.submit(tx::commit).get()).hasCauseInstanceOf(TransactionManagementError.class);
            } finally {
                other.shutdown();
            }
            tx.commit();
        }
        assertThat(Product.objects.count()).isEqualTo(1);
    }

    /** Holds a row lock in another thread until closed. */
    private static final class Holder implements AutoCloseable {
        private final CountDownLatch locked = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final ExecutorService thread = Covet.runtime().wrap(Executors.newSingleThreadExecutor());
        private final Future<?> work;

        Holder(long id) throws InterruptedException {
            work = thread.submit(() -> {
                Covet.atomic(() -> {
                    Product.objects.selectForUpdate().get("id", id);
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
