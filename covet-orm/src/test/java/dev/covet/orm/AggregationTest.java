package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Product;
import dev.covet.orm.query.Avg;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Max;
import dev.covet.orm.query.Min;
import dev.covet.orm.query.Sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Aggregates and annotations, with results of the same Java types on every database. */
class AggregationTest {
    @DbTest
    void aggregateWithAliasesAndDefaultNames() {
        Fixtures.products();
        Map<String, Object> r = Product.objects.aggregate(
                Count.all().as("n"), Sum.of("quantity").as("stock"), Avg.of("price").as("avgPrice"),
                Min.of("price").as("cheapest"), Max.of("price").as("dearest"), Avg.of("quantity").as("avgQuantity"));
        assertThat(r.get("n")).isEqualTo(5L);
        assertThat(r.get("stock")).isEqualTo(70L);
        assertThat(r.get("avgPrice")).isEqualTo(new BigDecimal("26.548000"));     // 132.74 / 5, four places beyond the field's two
        assertThat(r.get("cheapest")).isEqualTo(new BigDecimal("0.50"));
        assertThat(r.get("dearest")).isEqualTo(new BigDecimal("100.00"));
        assertThat(r.get("avgQuantity")).isEqualTo(14.0);
        assertThat(new java.util.ArrayList<>(r.keySet())).containsExactly("n", "stock", "avgPrice", "cheapest", "dearest", "avgQuantity");

        Map<String, Object> named = Product.objects.aggregate(Sum.of("price"), Max.of("rating"));
        assertThat(named).containsEntry("price__sum", new BigDecimal("132.74")).containsEntry("rating__max", 5);
    }

    @DbTest
    void countDistinctAndCountOfAField() {
        Fixtures.products();
        assertThat(Product.objects.aggregate(Count.distinct("condition").as("kinds"))).containsEntry("kinds", 3L);
        assertThat(Product.objects.aggregate(Count.of("rating").as("rated"))).containsEntry("rated", 4L);
        assertThat(Product.objects.aggregate(Count.distinct("color").as("colors"))).containsEntry("colors", 3L);
    }

    @DbTest
    void aggregatesOfNothingAreZeroOrNull() {
        Map<String, Object> r = Product.objects.aggregate(Count.all().as("n"), Sum.of("quantity").as("s"), Avg.of("price").as("a"));
        assertThat(r).containsEntry("n", 0L).containsEntry("s", null).containsEntry("a", null);
        Map<String, Object> none = Product.objects.filter("name__in", List.of()).aggregate(Count.all().as("n"), Max.of("price").as("m"));
        assertThat(none).containsEntry("n", 0L).containsEntry("m", null);
    }

    @DbTest
    void aggregateOverAFilteredSlicedOrDistinctQuery() {
        Fixtures.products();
        assertThat(Product.objects.filter("condition", "new").aggregate(Sum.of("quantity").as("q"))).containsEntry("q", 8L);
        assertThat(Product.objects.orderBy("-price").slice(0, 2).aggregate(Sum.of("price").as("top2")))
                .containsEntry("top2", new BigDecimal("119.99"));
        assertThat(Product.objects.values("condition").distinct().aggregate(Count.all().as("n"))).containsEntry("n", 3L);
    }

    @DbTest
    void valuesThenAnnotateGroups() {
        Fixtures.products();
        List<Map<String, Object>> perCondition = Product.objects.values("condition")
                .annotate("n", Count.all()).annotate("stock", Sum.of("quantity")).orderBy("condition").list();
        assertThat(perCondition).containsExactly(
                Map.of("condition", "new", "n", 3L, "stock", 8L),
                Map.of("condition", "refurbished", "n", 1L, "stock", 12L),
                Map.of("condition", "used", "n", 1L, "stock", 50L));
        List<Map<String, Object>> busy = Product.objects.values("condition").annotate("n", Count.all())
                .filter("n__gt", 1).list();
        assertThat(busy).containsExactly(Map.of("condition", "new", "n", 3L));
        List<Map<String, Object>> byCount = Product.objects.values("condition").annotate("n", Count.all()).orderBy("-n", "condition").list();
        assertThat(byCount).extracting(m -> m.get("condition")).containsExactly("new", "refurbished", "used");
        List<List<Object>> tuples = Product.objects.valuesList("color").annotate(Count.of("id")).orderBy("color").list();
        assertThat(tuples).contains(List.of("RED" .equals("RED") ? dev.covet.orm.models.Color.RED : null, 2L));
    }

    @DbTest
    void annotateAndFilterOnAnAggregateIsHaving() {
        Fixtures.products();
        List<Product> q = Product.objects.annotate("total", Sum.of("quantity")).filter("total__gte", 12).orderBy("name").list();
        assertThat(q).extracting(p -> p.name).containsExactly("Gadget", "under_score");
        assertThat(q.getFirst().<Long>get("total")).isEqualTo(50L);
        assertThat(Product.objects.annotate("total", Sum.of("quantity")).filter("total__gte", 12).toSql()).contains("HAVING");
        assertThat(Product.objects.annotate("total", Sum.of("quantity")).filter("total__gte", 12).count()).isEqualTo(2);
        Map<String, Object> avgOfAnnotation = Product.objects.annotate("total", Sum.of("quantity")).aggregate(Avg.of("total").as("avg"));
        assertThat(avgOfAnnotation).containsEntry("avg", 14.0);
    }

    @DbTest
    void badAggregatesAreFieldErrors() {
        assertThatThrownBy(() -> Product.objects.aggregate(Sum.of("name")))
                .isInstanceOf(FieldError.class).hasMessageContaining("SUM() needs a number");
        assertThatThrownBy(() -> Product.objects.aggregate(Sum.of("nope")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> Product.objects.aggregate(Sum.of(F.of("quantity").times(2))))
                .isInstanceOf(FieldError.class).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> Product.objects.aggregate(Sum.of("quantity").as("x"), Max.of("price").as("x")))
                .isInstanceOf(FieldError.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Product.objects.annotate("name", Count.all()))
                .isInstanceOf(FieldError.class).hasMessageContaining("conflicts with a field");
        assertThatThrownBy(() -> Product.objects.annotate("bad alias", Count.all()))
                .isInstanceOf(FieldError.class).hasMessageContaining("not valid");
        assertThat(Product.objects.aggregate(Sum.of(F.of("quantity").times(2)).as("double"))).containsEntry("double", null);
    }
}
