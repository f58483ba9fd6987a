package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.Token;
import dev.covet.orm.models.User;
import dev.covet.orm.testing.CaptureQueries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WritesTest {
    @DbTest
    void createSavesAndReturnsTheInstance() {
        Product p = Product.objects.create(Map.of("name", "Lamp", "price", "12.50", "quantity", 3));
        assertThat(p.id).isNotNull();
        assertThat(Product.objects.get("id", p.id).price).isEqualByComparingTo("12.50");
        assertThatThrownBy(() -> Product.objects.create(Map.of("nmae", "x")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nmae");
        assertThatThrownBy(() -> Product.objects.create(Map.of("name", "Bad", "quantity", "lots")))
                .isInstanceOf(ValidationError.class).hasMessageContaining("quantity");
        assertThat(Product.objects.count()).isEqualTo(1);
    }

    @DbTest
    void getOrCreateFindsOrCreates() {
        GetOrCreate<Counter> first = Counter.objects.getOrCreate(Map.of("name", "a"), Map.of("value", 5));
        assertThat(first.created()).isTrue();
        assertThat(first.object().value).isEqualTo(5);
        GetOrCreate<Counter> second = Counter.objects.getOrCreate(Q.of("name", "a"), Map.of("value", 9));
        assertThat(second.created()).isFalse();
        assertThat(second.object().value).isEqualTo(5);
        assertThat(second.object()).isEqualTo(first.object());
        GetOrCreate<Counter> viaExact = Counter.objects.getOrCreate(Map.of("name__exact", "b"), Map.of());
        assertThat(viaExact.object().name).isEqualTo("b");
        assertThat(Counter.objects.count()).isEqualTo(2);
    }

    @DbTest
    void getOrCreateIsSafeUnderARace() throws Exception {
        int callers = 6;
        ExecutorService pool = Covet.runtime().wrap(Executors.newFixedThreadPool(callers));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<GetOrCreate<Counter>>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return Counter.objects.getOrCreate(Map.of("name", "race"), Map.of("value", 1));
            }));
        }
        start.countDown();
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (Future<GetOrCreate<Counter>> f : results) {
            GetOrCreate<Counter> r = f.get();
            ids.add(r.object().id);
            created += r.created() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(Counter.objects.filter("name", "race").count()).isEqualTo(1);
        assertThat(ids).hasSize(1);
        assertThat(created).isEqualTo(1);
    }

    @DbTest
    void updateOrCreateUpdatesOrCreates() {
        GetOrCreate<Counter> made = Counter.objects.updateOrCreate(Map.of("name", "x"), Map.of("value", 1));
        assertThat(made.created()).isTrue();
        GetOrCreate<Counter> updated = Counter.objects.updateOrCreate(Map.of("name", "x"), Map.of("value", 2, "enabled", false));
        assertThat(updated.created()).isFalse();
        Counter fresh = Counter.objects.get("name", "x");
        assertThat(fresh.value).isEqualTo(2);
        assertThat(fresh.enabled).isFalse();
        assertThat(Counter.objects.count()).isEqualTo(1);
    }

    @DbTest
    void updateReturnsTheRowCountAndSetsAutoNowFields() throws InterruptedException {
        User a = Fixtures.user("aa", true, false);
        Fixtures.user("bb", true, false);
        Fixtures.user("cc", false, false);
        Instant before = a.updatedAt;
        Thread.sleep(5);
        int n = User.objects.filter("isActive", true).update("isStaff", true);
        assertThat(n).isEqualTo(2);
        User fresh = User.objects.get("username", "aa");
        assertThat(fresh.isStaff).isTrue();
        assertThat(fresh.updatedAt).isAfter(before);
        assertThat(User.objects.filter("isStaff", true).count()).isEqualTo(2);
        assertThat(User.objects.filter("username__in", List.of()).update("isStaff", false)).isZero();
        assertThat(User.objects.update(Map.of("firstName", "Same"))).isEqualTo(3);
        assertThatThrownBy(() -> User.objects.update("nope", 1)).isInstanceOf(FieldError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> User.objects.orderBy("username").slice(0, 1).update("isStaff", false))
                .isInstanceOf(IllegalStateException.class);
    }

    @DbTest
    void deleteReturnsCountsPerModel() {
        Fixtures.products();
        DeleteResult r = Product.objects.filter("price__lt", 10).delete();
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.perModel()).containsEntry("Product", 3L);
        assertThat(r.count(Product.class)).isEqualTo(3);
        assertThat(Product.objects.count()).isEqualTo(2);
        Product left = Product.objects.get("name", "Widget");
        DeleteResult one = left.delete();
        assertThat(one.total()).isEqualTo(1);
        assertThat(left.id).isNull();
        assertThat(Product.objects.count()).isEqualTo(1);
        assertThat(Product.objects.filter("name", "none").delete().total()).isZero();
    }

    @DbTest
    void bulkCreateUsesMultiRowStatementsAndFillsInKeys() {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Product p = new Product();
            p.name = "p" + i;
            p.quantity = i;
            products.add(p);
        }
        try (CaptureQueries q = CaptureQueries.start()) {
            Product.objects.bulkCreate(products, 100);
            assertThat(q.sql().stream().filter(s -> s.startsWith("INSERT"))).hasSize(3);
        }
        assertThat(products).allSatisfy(p -> assertThat(p.id).isNotNull());
        assertThat(products.stream().map(p -> p.id).distinct()).hasSize(250);
        for (Product p : List.of(products.get(0), products.get(99), products.get(100), products.get(249))) {
            assertThat(Product.objects.get("id", p.id).name).isEqualTo(p.name);
        }
        assertThat(Product.objects.count()).isEqualTo(250);
        products.get(0).name = "renamed";
        products.get(0).save();
        assertThat(Product.objects.count()).isEqualTo(250);
        assertThat(Product.objects.get("id", products.get(0).id).name).isEqualTo("renamed");
    }

    @DbTest
    void bulkCreateWithGivenKeysAndDefaultsAndNoSignalsOrValidation() {
        List<Token> tokens = List.of(new Token(), new Token(), new Token());
        tokens.forEach(t -> t.label = "t");
        try (CaptureQueries q = CaptureQueries.start()) {
            Token.objects.bulkCreate(tokens);
            assertThat(q.sql().stream().filter(s -> s.startsWith("INSERT"))).hasSize(1);
        }
        assertThat(Token.objects.count()).isEqualTo(3);
        assertThat(tokens).allSatisfy(t -> assertThat(t.secret).isNotNull());
        assertThat(Token.objects.get("pk", tokens.get(1).key).secret).isEqualTo(tokens.get(1).secret);
        assertThat(Product.objects.bulkCreate(List.of())).isEmpty();
    }

    @DbTest
    void bulkCreateIsAllOrNothingInOneStatementOrSeveral() {
        java.util.function.Function<List<String>, List<User>> users = names -> names.stream().map(n -> {
            User u = new User();
            u.username = n;
            u.email = n + "@example.com";
            return u;
        }).toList();
        // a duplicate in the last of three statements: the first two are rolled back with it
        assertThatThrownBy(() -> User.objects.bulkCreate(users.apply(List.of("ann", "bob", "cy", "di", "ann")), 2))
                .isInstanceOf(IntegrityError.class);
        assertThat(User.objects.count()).isZero();
        // one statement, no transaction around it: still nothing of it stays
        assertThatThrownBy(() -> User.objects.bulkCreate(users.apply(List.of("ann", "bob", "ann"))))
                .isInstanceOf(IntegrityError.class);
        assertThat(User.objects.count()).isZero();
        Covet.atomic(() -> {
            User.objects.bulkCreate(users.apply(List.of("ann", "bob")));
            assertThat(User.objects.count()).isEqualTo(2);
        });
        assertThat(User.objects.count()).isEqualTo(2);
    }

    @DbTest
    void bulkUpdateChangesManyRowsInOneStatementPerBatch() {
        List<Product> ps = new ArrayList<>(Fixtures.products());
        for (Product p : ps) {
            p.quantity += 1000;
            p.rating = null;
            p.name = p.name + "!";
        }
        try (CaptureQueries q = CaptureQueries.start()) {
            int n = Product.objects.bulkUpdate(ps, List.of("quantity", "rating"), 2);
            assertThat(n).isEqualTo(5);
            assertThat(q.sql().stream().filter(s -> s.startsWith("UPDATE"))).hasSize(3);
        }
        Product widget = Product.objects.get("id", ps.get(0).id);
        assertThat(widget.quantity).isEqualTo(1005);
        assertThat(widget.rating).isNull();
        assertThat(widget.name).isEqualTo("Widget");
        assertThatThrownBy(() -> Product.objects.bulkUpdate(ps, List.of("id"))).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Product.objects.bulkUpdate(List.of(new Product()), List.of("name")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("primary key");
    }

    @DbTest
    void inBulkFetchesByKey() {
        List<Product> ps = Fixtures.products();
        Map<Object, Product> found = Product.objects.inBulk(List.of(ps.get(0).id, ps.get(2).id, 99999L));
        assertThat(found).hasSize(2).containsKeys(ps.get(0).id, ps.get(2).id);
        assertThat(found.get(ps.get(2).id).name).isEqualTo("Gizmo 100%");
        assertThat(Product.objects.inBulk(List.of())).isEmpty();
        User.objects.create(Map.of("username", "ann", "email", "ann@example.com"));
        assertThat(User.objects.inBulk(List.of("ann", "nobody"), "username")).containsOnlyKeys("ann");
        assertThatThrownBy(() -> Product.objects.inBulk(List.of("x"), "name")).isInstanceOf(FieldError.class).hasMessageContaining("unique");
    }
}
