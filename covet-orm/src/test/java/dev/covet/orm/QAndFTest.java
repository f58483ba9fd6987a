package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;
import dev.covet.orm.query.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QAndFTest {
    private static List<String> users(QuerySet<User> qs) {
        return qs.orderBy("username").valuesList(String.class, "username").list();
    }

    private static List<String> products(QuerySet<Product> qs) {
        return qs.orderBy("name").valuesList(String.class, "name").list();
    }

    private static void someUsers() {
        Fixtures.user("ann", true, false);
        Fixtures.user("ben", true, true);
        Fixtures.user("cat", false, true);
        Fixtures.user("dan", false, false);
    }

    @DbTest
    void orAndNot() {
        someUsers();
        assertThat(users(User.objects.filter(Q.of("isStaff", true).or(Q.of("username", "ann"))))).containsExactly("ann", "ben", "cat");
        assertThat(users(User.objects.filter(Q.of("isStaff", true).and(Q.of("isActive", true))))).containsExactly("ben");
        assertThat(users(User.objects.filter(Q.of("isStaff", true).not()))).containsExactly("ann", "dan");
        assertThat(users(User.objects.filter(Q.of("isActive", false).or(Q.of("username", "ann")).not()))).containsExactly("ben");
        assertThat(users(User.objects.filter(Q.of("isStaff", true).or(Q.of("isActive", false)).and(Q.of("username__lt", "d")))))
                .containsExactly("ben", "cat");
    }

    @DbTest
    void emptyQAddsNothingAndQueriesBuildUpDynamically() {
        someUsers();
        assertThat(users(User.objects.filter(Q.empty()))).hasSize(4);
        assertThat(users(User.objects.filter(Q.empty().not()))).hasSize(4);
        assertThat(users(User.objects.exclude(Q.empty()))).hasSize(4);

        Q query = Q.empty();
        String search = "a";
        query = query.or("username__startswith", search).or("email__startswith", "b");
        boolean onlyActive = true;
        if (onlyActive) {
            query = query.and("isActive", true);
        }
        assertThat(users(User.objects.filter(query))).containsExactly("ann", "ben");
    }

    @DbTest
    void qObjectsMixWithPlainLookupsAndMaps() {
        someUsers();
        assertThat(users(User.objects.filter(Q.of("isStaff", true).or(Q.of("username", "dan"))).filter("isActive", false)))
                .containsExactly("cat", "dan");
        assertThat(users(User.objects.filter(Map.of("isActive", true, "isStaff", false)))).containsExactly("ann");
        assertThat(users(User.objects.filter(Q.of("isActive", true), Q.of("isStaff", true)))).containsExactly("ben");
        assertThat(users(User.objects.exclude(Q.of("isActive", true), Q.of("isStaff", true)))).containsExactly("ann", "cat", "dan");
    }

    @DbTest
    void fComparesFields() {
        Fixtures.products();
        assertThat(products(Product.objects.filter("quantity__lt", F.of("minQuantity")))).containsExactly("Gizmo 100%", "Widget");
        assertThat(products(Product.objects.filter("quantity", F.of("minQuantity")))).containsExactly("under_score");
        assertThat(products(Product.objects.filter("quantity__gte", F.of("minQuantity").times(2)))).containsExactly("Gadget", "Émile's Café");
        assertThat(products(Product.objects.filter("price__gt", F.of("quantity").plus(F.of("minQuantity")))))
                .containsExactly("Gizmo 100%", "Widget", "Émile's Café");
        assertThat(products(Product.objects.exclude("quantity__lt", F.of("minQuantity")))).hasSize(3);
    }

    @DbTest
    void fArithmeticInUpdatesAndAnnotations() {
        Fixtures.products();
        int n = Product.objects.filter("quantity__lt", 10).update("quantity", F.of("quantity").plus(100));
        assertThat(n).isEqualTo(3);
        assertThat(Product.objects.get("name", "Widget").quantity).isEqualTo(105);
        assertThat(Product.objects.get("name", "Gadget").quantity).isEqualTo(50);

        Product.objects.update("price", F.of("price").times(2));
        assertThat(Product.objects.get("name", "Widget").price).isEqualTo(new BigDecimal("39.98"));
        Product.objects.filter("name", "Gadget").update("minQuantity", F.of("quantity").minus(F.of("minQuantity")).dividedBy(4));
        assertThat(Product.objects.get("name", "Gadget").minQuantity).isEqualTo(10);

        List<Product> valued = Product.objects.annotate("stockValue", F.of("quantity").times(F.of("price")))
                .filter("stockValue__gte", 1000).orderBy("-stockValue").list();
        // Gizmo 100 x 200.00, Widget 105 x 39.98, Émile 103 x 14.50
        assertThat(valued).extracting(p -> p.name).containsExactly("Gizmo 100%", "Widget", "Émile's Café");
        assertThat((BigDecimal) valued.getFirst().get("stockValue")).isEqualByComparingTo("20000.00");
        assertThat(valued.get(1).annotations()).containsKey("stockValue");
        assertThat(Product.objects.annotate("double", F.of("quantity").times(2)).filter("name", "Gadget").values("double").get())
                .containsEntry("double", 100);
        assertThat(Product.objects.annotate("label", Value.of("x")).filter("name", "Gadget").values("label").get())
                .containsEntry("label", "x");
    }

    @DbTest
    void fRejectsUnknownFieldsAndJoinedUpdates() {
        Fixtures.products();
        assertThatThrownBy(() -> Product.objects.filter("quantity__lt", F.of("nope")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve keyword 'nope'");
        assertThatThrownBy(() -> Product.objects.update("quantity", F.of("nope")))
                .isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> F.of(" ")).isInstanceOf(FieldError.class);
    }

    @DbTest
    void concurrentFUpdatesLoseNothing() throws Exception {
        Product p = Fixtures.product("Counter", "new", "1.00", 0, 0, null, null);
        int threads = 8;
        int each = 25;
        ExecutorService pool = Covet.runtime().wrap(Executors.newFixedThreadPool(threads));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    Product.objects.filter("id", p.id).update("quantity", F.of("quantity").plus(1));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(Product.objects.get("id", p.id).quantity).isEqualTo(threads * each);
    }
}
