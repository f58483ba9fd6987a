package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Product;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Sum;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile strings through every input that reaches SQL: values are parameters, names are checked. */
class InjectionTest {
    private static final List<String> ATTACKS = List.of(
            "x'; DROP TABLE product; --",
            "x\"; DROP TABLE product; --",
            "x`; DROP TABLE product; --",
            "' OR '1'='1",
            "1); DELETE FROM product; --",
            "name\" FROM product; --",
            "name) OR 1=1 --");

    private static void assertIntact() {
        assertThat(Product.objects.count()).isEqualTo(5);
        assertThat(Product.objects.get("name", "Widget").quantity).isEqualTo(5);
    }

    @DbTest
    void valuesAreAlwaysParameters() {
        Fixtures.products();
        for (String attack : ATTACKS) {
            assertThat(Product.objects.filter("name", attack).list()).isEmpty();
            assertThat(Product.objects.filter("name__icontains", attack).list()).isEmpty();
            assertThat(Product.objects.filter("name__in", List.of(attack, "Widget")).count()).isEqualTo(1);
            assertThat(Product.objects.filter("name__regex", attack.replaceAll("([^A-Za-z0-9 ])", "\\\\$1")).count()).isZero();
            assertThat(Product.objects.exclude("name", attack).count()).isEqualTo(5);
            assertThat(Product.objects.raw("SELECT * FROM product WHERE name = ?", attack).list()).isEmpty();
            Product.objects.filter("name", attack).update("name", attack);
            assertThat(Product.objects.getOrCreate(Map.of("name", attack), Map.of()).created()).isTrue();
            Product.objects.filter("name", attack).delete();
        }
        assertIntact();
    }

    @DbTest
    void namesAreCheckedBeforeTheyReachSql() {
        Fixtures.products();
        for (String attack : ATTACKS) {
            rejected(() -> Product.objects.filter(attack, 1));
            rejected(() -> Product.objects.filter("name__" + attack, 1));
            rejected(() -> Product.objects.exclude(attack, 1));
            rejected(() -> Product.objects.orderBy(attack));
            rejected(() -> Product.objects.orderBy("-" + attack));
            rejected(() -> Product.objects.values("name", attack));
            rejected(() -> Product.objects.valuesList(attack));
            rejected(() -> Product.objects.annotate(attack, Count.all()));
            rejected(() -> Product.objects.aggregate(Sum.of("quantity").as(attack)));
            rejected(() -> Product.objects.aggregate(Sum.of(attack)));
            rejected(() -> Product.objects.filter("quantity__gt", F.of(attack)));
            rejected(() -> Product.objects.only(attack));
            rejected(() -> Product.objects.defer(attack));
            rejected(() -> Product.objects.distinct(attack));
            rejected(() -> Product.objects.selectRelated(attack));
            rejected(() -> Product.objects.update(attack, 1));
            rejected(() -> Product.objects.inBulk(List.of(1), attack));
            rejected(() -> Product.objects.bulkUpdate(List.of(), List.of(attack)));
            rejected(() -> Product.objects.create(Map.of(attack, 1)));
        }
        assertIntact();
    }

    private static void rejected(Supplier<?> call) {
        assertThatThrownBy(call::get).isInstanceOf(FieldError.class);
    }
}
