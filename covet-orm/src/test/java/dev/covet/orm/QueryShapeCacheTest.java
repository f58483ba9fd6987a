package dev.covet.orm;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;
import dev.covet.orm.signal.InitEvent;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The caches behind the hot path: SELECTs compiled once per query shape, row readers built once
 * per shape, and (on SQLite) prepared statements kept per connection. Each test makes the cache
 * serve a query and checks the rows, the SQL and the parameters are those of that query alone.
 */
class QueryShapeCacheTest {
    private static List<String> names(QuerySet<Product> qs) {
        return qs.list().stream().map(p -> p.name).toList();
    }

    @DbTest
    void queriesOfOneShapeGetTheSameSqlAndTheirOwnValues() {
        List<Product> products = Fixtures.products();
        try (CaptureQueries q = CaptureQueries.start()) {
            for (Product p : products) {
                assertThat(Product.objects.get("name", p.name).id).isEqualTo(p.id);
            }
            List<QueryEvent> events = q.queries();
            assertThat(events).hasSize(5);
            assertThat(events.stream().map(QueryEvent::sql).distinct()).hasSize(1);
            assertThat(events.stream().map(e -> e.params().getFirst()).toList())
                    .containsExactlyElementsOf(products.stream().map(p -> (Object) p.name).toList());
        }
        assertThat(Product.objects.filter("quantity__gt", 4).count()).isEqualTo(3);
        assertThat(names(Product.objects.filter("quantity__gt", 4).orderBy("name"))).containsExactly("Gadget", "Widget", "under_score");
        assertThat(names(Product.objects.filter("quantity__gt", 11).orderBy("name"))).containsExactly("Gadget", "under_score");
        assertThat(names(Product.objects.filter("quantity__gt", 1000).orderBy("name"))).isEmpty();
        assertThatThrownBy(() -> Product.objects.get("name", "nothing")).isInstanceOf(DoesNotExist.class);
    }

    @DbTest
    void shapesThatDifferOutsideTheWhereAreKeptApart() {
        Fixtures.products();
        for (int round = 0; round < 2; round++) {
            assertThat(names(Product.objects.filter("quantity__gte", 3).orderBy("name")))
                    .containsExactly("Gadget", "Widget", "under_score", "Émile's Café");
            assertThat(names(Product.objects.filter("quantity__gte", 3).orderBy("-name")))
                    .containsExactly("Émile's Café", "under_score", "Widget", "Gadget");
            assertThat(names(Product.objects.filter("quantity__gte", 3).orderBy("name").slice(0, 2))).containsExactly("Gadget", "Widget");
            assertThat(names(Product.objects.filter("quantity__gte", 3).orderBy("name").slice(1, 3))).containsExactly("Widget", "under_score");
            assertThat(names(Product.objects.filter("quantity__gte", 3).orderBy("name").slice(0, 0))).isEmpty();
            assertThat(names(Product.objects.filter("quantity__gte", 3).orderBy("name").reverse())).startsWith("Émile's Café");
        }
        // a deferred field is left out of the SQL and loads on first touch; the same query without defer loads it at once
        Product deferred = Product.objects.defer("rating").filter("name", "Widget").get();
        Product whole = Product.objects.filter("name", "Widget").get();
        Product only = Product.objects.only("name").filter("name", "Widget").get();
        CaptureQueries.assertNumQueries(0, () -> assertThat(whole.rating).isEqualTo(4));
        CaptureQueries.assertNumQueries(1, () -> assertThat((Integer) deferred.get("rating")).isEqualTo(4));
        CaptureQueries.assertNumQueries(1, () -> assertThat((Integer) only.get("quantity")).isEqualTo(5));
    }

    @DbTest
    void aWhereThatMatchesNothingIsNotSentEvenWhenItsShapeIsKept() {
        Fixtures.products();
        assertThat(names(Product.objects.filter("name__in", List.of("Widget")))).containsExactly("Widget");
        CaptureQueries.assertNumQueries(0, () -> assertThat(Product.objects.filter("name__in", List.of()).list()).isEmpty());
        assertThat(Product.objects.filter("name__in", List.of("Widget", "Gadget")).count()).isEqualTo(2);
        // a filter across a relation joins another table: the same model's simple shape is not used for it
        assertThat(names(Product.objects.filter("rating__isnull", true).orderBy("name"))).containsExactly("Gadget");
    }

    @DbTest
    void aKeptRowReaderStillSendsPostInitToReceiversConnectedLater() {
        Fixtures.products();
        assertThat(Product.objects.filter("quantity__gte", 0).list()).hasSize(5);
        AtomicInteger inits = new AtomicInteger();
        Consumer<InitEvent> receiver = e -> inits.incrementAndGet();
        Signals.POST_INIT.connect(Product.class, receiver);
        try {
            assertThat(Product.objects.filter("quantity__gte", 0).list()).hasSize(5);
            assertThat(inits).hasValue(5);
        } finally {
            Signals.POST_INIT.disconnect(receiver);
        }
        assertThat(Product.objects.filter("quantity__gte", 0).list()).hasSize(5);
        assertThat(inits).hasValue(5);
    }

    @DbTest
    void theSameQueryRunWhileItsStatementIsStillReadingGetsItsOwn() {
        Fixtures.products();
        QuerySet<Product> all = Product.objects.filter("quantity__gte", 0).orderBy("name");
        java.util.concurrent.atomic.AtomicBoolean inner = new java.util.concurrent.atomic.AtomicBoolean();
        List<Integer> innerSizes = new ArrayList<>();
        Consumer<InitEvent> receiver = e -> {
            if (inner.compareAndSet(false, true)) {
                // the same SQL, on the same connection (inside atomic), while the outer rows are being read
                innerSizes.add(Product.objects.filter("quantity__gte", 0).orderBy("name").list().size());
            }
        };
        Signals.POST_INIT.connect(Product.class, receiver);
        try {
            List<String> outer = Covet.atomic(() -> all.list().stream().map(p -> p.name).toList());
            assertThat(outer).containsExactly("Gadget", "Gizmo 100%", "Widget", "under_score", "Émile's Café");
            assertThat(innerSizes).containsExactly(5);
        } finally {
            Signals.POST_INIT.disconnect(receiver);
        }
    }

    @DbTest
    void aStatementThatFailedCanRunAgain() {
        Fixtures.user("ann", true, false);
        assertThatThrownBy(() -> Fixtures.user("ann", true, false)).isInstanceOf(IntegrityError.class);
        Fixtures.user("bob", true, false);
        assertThat(User.objects.all().list().stream().map(u -> u.username)).containsExactlyInAnyOrder("ann", "bob");
    }

    @DbTest
    void manyStatementsOnOneConnectionAllRunCorrectly() {
        Fixtures.products();
        List<String> all = List.of("Widget", "Gadget", "Gizmo 100%", "under_score", "Émile's Café");
        // more distinct statements than a connection keeps, then the first ones again
        for (int round = 0; round < 2; round++) {
            for (int n = 1; n <= 130; n++) {
                List<String> wanted = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    wanted.add(i < all.size() ? all.get(i) : "missing " + i);
                }
                assertThat(Product.objects.filter("name__in", wanted).count()).isEqualTo(Math.min(n, all.size()));
            }
        }
    }

    @DbTest
    void keptStatementsSurviveASchemaChange() {
        Fixtures.products();
        assertThat(Product.objects.filter("quantity__gte", 3).count()).isEqualTo(4);
        Covet.database().execute(List.of("ALTER TABLE product ADD COLUMN extra INTEGER"));
        try {
            assertThat(Product.objects.filter("quantity__gte", 3).count()).isEqualTo(4);
            assertThat(names(Product.objects.filter("quantity__gte", 50))).containsExactly("Gadget");
        } finally {
            Covet.database().execute(List.of("ALTER TABLE product DROP COLUMN extra"));
        }
        assertThat(names(Product.objects.filter("quantity__gte", 50))).containsExactly("Gadget");
    }
}
