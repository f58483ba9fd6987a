package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Color;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;
import dev.covet.orm.testing.CaptureQueries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnsTest {
    @DbTest
    void onlyLoadsSomeFieldsAndTheRestLoadOnFirstAccess() {
        Fixtures.products();
        Product p = CaptureQueries.assertNumQueries(1, () -> Product.objects.only("name").get("name", "Widget"));
        assertThat(p.name).isEqualTo("Widget");
        assertThat(p.id).isNotNull();
        assertThat(p.price).isEqualTo(BigDecimal.ZERO);      // not loaded: still the initializer's value
        BigDecimal price = CaptureQueries.assertNumQueries(1, () -> p.get("price"));
        assertThat(price).isEqualTo(new BigDecimal("19.99"));
        assertThat(p.price).isEqualTo(new BigDecimal("19.99"));
        CaptureQueries.assertNumQueries(0, () -> assertThat((BigDecimal) p.get("price")).isEqualTo(new BigDecimal("19.99")));
        assertThat(p.toString()).contains("Widget");
    }

    @DbTest
    void deferLeavesFieldsOutAndSaveWritesOnlyLoadedFields() {
        Fixtures.products();
        Product p = Product.objects.defer("price", "rating").get("name", "Gadget");
        assertThat(p.rating).isNull();
        p.quantity = 51;
        try (CaptureQueries q = CaptureQueries.start()) {
            p.save();
            assertThat(q.sql()).singleElement().asString().contains("quantity").doesNotContain("price").doesNotContain("rating");
        }
        Product fresh = Product.objects.get("name", "Gadget");
        assertThat(fresh.quantity).isEqualTo(51);
        assertThat(fresh.price).isEqualTo(new BigDecimal("5.00"));
        assertThat(Product.objects.defer("price").defer().get("name", "Gadget").price).isEqualTo(new BigDecimal("5.00"));
        assertThat(Product.objects.only("name").toSql()).doesNotContain("\"price\"").doesNotContain("`price`");
        assertThatThrownBy(() -> Product.objects.only("nope")).isInstanceOf(FieldError.class).hasMessageContaining("nope");
    }

    @DbTest
    void valuesGiveMapsOfJavaValues() {
        Fixtures.products();
        List<Map<String, Object>> rows = Product.objects.filter("price__lt", 6).orderBy("price").values("name", "price", "color").list();
        assertThat(rows).containsExactly(
                Map.of("name", "under_score", "price", new BigDecimal("0.50"), "color", Color.GREEN),
                Map.of("name", "Gadget", "price", new BigDecimal("5.00"), "color", Color.BLUE));
        Map<String, Object> all = Product.objects.filter("name", "Widget").values().get();
        assertThat(all).containsKeys("id", "name", "condition", "price", "quantity", "minQuantity", "rating", "color");
        assertThat(all.get("rating")).isEqualTo(4);
        assertThat(new java.util.ArrayList<>(rows.getFirst().keySet())).containsExactly("name", "price", "color");
        assertThatThrownBy(() -> Product.objects.values("name", "nope")).isInstanceOf(FieldError.class).hasMessageContaining("nope");
    }

    @DbTest
    void valuesListGivesTuplesAndTheFlatFormValues() {
        Fixtures.products();
        List<List<Object>> rows = Product.objects.orderBy("-quantity").slice(0, 2).valuesList("name", "quantity").list();
        assertThat(rows).containsExactly(List.of("Gadget", 50), List.of("under_score", 12));
        List<Integer> ratings = Product.objects.filter("rating__isnull", false).orderBy("rating").valuesList(Integer.class, "rating").list();
        assertThat(ratings).containsExactly(1, 2, 4, 5);
        List<BigDecimal> prices = Product.objects.orderBy("price").valuesList(BigDecimal.class, "price").list();
        assertThat(prices).first().isEqualTo(new BigDecimal("0.50"));
        assertThatThrownBy(() -> Product.objects.valuesList(String.class, "quantity").list())
                .isInstanceOf(ClassCastException.class).hasMessageContaining("Integer");
    }

    @DbTest
    void distinctRemovesDuplicateRows() {
        Fixtures.products();
        assertThat(Product.objects.orderBy("condition").values("condition").distinct().list())
                .extracting(m -> m.get("condition")).containsExactly("new", "refurbished", "used");
        assertThat(Product.objects.valuesList(String.class, "condition").distinct().count()).isEqualTo(3);
        assertThat(Product.objects.valuesList(String.class, "condition").count()).isEqualTo(5);
        assertThat(Product.objects.orderBy("price").values("condition").distinct().list()).hasSizeGreaterThanOrEqualTo(3);
    }

    @DbTest
    void distinctOnFieldsIsPostgresOnly(TestDb db) {
        Fixtures.products();
        QuerySet<Product> onePerCondition = Product.objects.distinct("condition").orderBy("condition", "-price");
        if (db.isPostgres()) {
            assertThat(onePerCondition.list()).extracting(p -> p.name).containsExactly("Gizmo 100%", "under_score", "Gadget");
        } else {
            assertThatThrownBy(onePerCondition::list).isInstanceOf(NotSupportedError.class)
                    .hasMessageContaining("only supported on PostgreSQL");
        }
    }

    @DbTest
    void noneMatchesNothingWithoutAQuery() {
        Fixtures.user("ann", true, false);
        CaptureQueries.assertNumQueries(0, () -> {
            assertThat(User.objects.none().list()).isEmpty();
            assertThat(User.objects.none().count()).isZero();
            assertThat(User.objects.none().exists()).isFalse();
        });
        assertThat(User.objects.none().filter("username", "ann").exists()).isFalse();
    }
}
