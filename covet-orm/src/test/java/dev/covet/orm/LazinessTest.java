package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.db.Cursor;
import dev.covet.orm.models.Product;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LazinessTest {
    @DbTest
    void buildingQuerySetsRunsNothingAndNeverChangesTheOriginal() {
        Fixtures.products();
        QuerySet<Product> base = Product.objects.filter("quantity__gt", 1);
        String before = base.toSql();
        CaptureQueries.assertNumQueries(0, () -> {
            QuerySet<Product> narrowed = base.filter("price__lt", 10).exclude("name", "x").orderBy("-price").slice(0, 3);
            assertThat(narrowed).isNotSameAs(base);
            assertThat(narrowed.toSql()).isNotEqualTo(before);
        });
        assertThat(base.toSql()).isEqualTo(before);
        assertThat(base.count()).isEqualTo(4);
    }

    @DbTest
    void theQueryAQuerySetShowsIsACopy() {
        Fixtures.products();
        QuerySet<Product> base = Product.objects.filter("quantity__gt", 1);
        assertThat(base.count()).isEqualTo(4);
        String before = base.toSql();
        base.query().addFilter(Q.of("price__lt", 0));
        base.query().slice(0, 1L);
        assertThat(base.toSql()).isEqualTo(before);
        assertThat(base.all().count()).isEqualTo(4);
        QuerySet<Product> altered = base.alter(q -> q.slice(0, 1L));
        assertThat(altered.count()).isEqualTo(1);
        assertThat(base.all().count()).isEqualTo(4);
    }

    @DbTest
    void anEvaluatedQuerySetKeepsItsRows() {
        Fixtures.products();
        QuerySet<Product> all = Product.objects.orderBy("name");
        CaptureQueries.assertNumQueries(1, () -> {
            assertThat(all.list()).hasSize(5);
            assertThat(all.list()).hasSize(5);
            int n = 0;
            for (Product p : all) {
                n++;
            }
            assertThat(n).isEqualTo(5);
            assertThat(all.count()).isEqualTo(5);
            assertThat(all.exists()).isTrue();
        });
        CaptureQueries.assertNumQueries(1, () -> assertThat(all.all().list()).hasSize(5));
        assertThatThrownBy(() -> all.list().add(new Product())).isInstanceOf(UnsupportedOperationException.class);
    }

    @DbTest
    void toSqlShowsTheStatementAndItsParameters() {
        String sql = Product.objects.filter("name__icontains", "o'k").filter("quantity__gt", 5).toSql();
        assertThat(sql).contains("LIKE").contains("ESCAPE").contains("params [%o'k%, 5]").doesNotContain("'%o'k%'");
    }

    @DbTest
    void iteratorStreamsLargeResultsInChunks() {
        List<Product> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Product p = new Product();
            p.name = "n" + i;
            p.quantity = i;
            many.add(p);
        }
        Product.objects.bulkCreate(many);
        long sum = 0;
        try (CaptureQueries q = CaptureQueries.start(); Cursor<Product> rows = Product.objects.orderBy("quantity").iterator(100)) {
            int seen = 0;
            while (rows.hasNext()) {
                Product p = rows.next();
                assertThat(p.quantity).isEqualTo(seen);
                sum += p.quantity;
                seen++;
            }
            assertThat(seen).isEqualTo(3000);
            assertThat(q.count()).isEqualTo(1);
        }
        assertThat(sum).isEqualTo(2999L * 3000 / 2);
        try (Cursor<Product> rows = Product.objects.iterator(50)) {
            assertThat(rows.next()).isNotNull();
        }
        try (Stream<Product> s = Product.objects.filter("quantity__lt", 10).stream(3)) {
            assertThat(s.count()).isEqualTo(10);
        }
        try (Cursor<Product> nothing = Product.objects.filter("id__in", List.of()).iterator(10)) {
            assertThat(nothing.hasNext()).isFalse();
        }
        assertThat(Product.objects.count()).isEqualTo(3000);
        assertThatThrownBy(() -> Product.objects.iterator(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @DbTest
    void rawReturnsInstancesAndExtraColumnsAsAnnotations() {
        Fixtures.products();
        List<Product> cheap = Product.objects.raw(
                "SELECT id, name, price, quantity, quantity * 2 AS doubled FROM product WHERE price < ? ORDER BY price", 10).list();
        assertThat(cheap).extracting(p -> p.name).containsExactly("under_score", "Gadget", "Émile's Café");
        assertThat(cheap.getFirst().<Object>get("doubled")).isNotNull();
        assertThat(cheap.get(1).quantity).isEqualTo(50);
        assertThatThrownBy(() -> Product.objects.raw("SELECT name FROM product").list())
                .isInstanceOf(FieldError.class).hasMessageContaining("primary key");
    }

    @DbTest
    void explainShowsThePlan() {
        Fixtures.products();
        String plan = Product.objects.filter("quantity__gt", 3).explain();
        assertThat(plan).isNotBlank();
    }
}
