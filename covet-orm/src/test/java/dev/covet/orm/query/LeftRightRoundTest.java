package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.Fixtures;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.Product;
import dev.covet.orm.query.functions.Cast;
import dev.covet.orm.query.functions.Left;
import dev.covet.orm.query.functions.Length;
import dev.covet.orm.query.functions.Right;
import dev.covet.orm.query.functions.Round;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Left, Right and Round to decimal places, by value on every database over {@link Fixtures#products()}. */
class LeftRightRoundTest {
    private static Map<String, Object> by(Expression e) {
        Map<String, Object> out = new HashMap<>();
        for (Map<String, Object> row : Product.objects.annotate("v", e).values("name", "v").list()) {
            out.put((String) row.get("name"), row.get("v"));
        }
        return out;
    }

    @DbTest
    void leftAndRightCountCharacters() {
        Fixtures.products();
        assertThat(by(Left.of("name", 3)).get("Widget")).isEqualTo("Wid");
        assertThat(by(Left.of("name", 100)).get("Widget")).isEqualTo("Widget");
        assertThat(by(Left.of("name", 1)).get("Émile's Café")).isEqualTo("É");
        assertThat(by(Right.of("name", 3)).get("Widget")).isEqualTo("get");
        assertThat(by(Right.of("name", 2)).get("Émile's Café")).isEqualTo("fé");
        assertThat(by(Right.of("name", 100)).get("Gadget")).isEqualTo("Gadget");
        assertThat(by(Right.of("name", Length.of("condition"))).get("Widget")).isEqualTo("get");
        assertThat(Product.objects.annotate("tail", Right.of("name", 3)).filter("tail", "get").orderBy("name")
                .valuesList(String.class, "name").list()).containsExactly("Gadget", "Widget");
        assertThat(Product.objects.annotate("head", Left.of("name", 2)).filter("head__iexact", "gi")
                .valuesList(String.class, "name").list()).containsExactly("Gizmo 100%");
    }

    @DbTest
    void roundToDecimalPlaces() {
        Fixtures.products();
        Map<String, Object> prices = by(Round.of("price", 1));
        assertThat((BigDecimal) prices.get("Widget")).isEqualByComparingTo("20.0");
        assertThat((BigDecimal) prices.get("Émile's Café")).isEqualByComparingTo("7.3");
        assertThat((BigDecimal) by(Round.of("price", 0)).get("under_score")).isEqualByComparingTo("1");
        Map<String, Object> doubles = by(Round.of(Cast.of("price", Storage.DOUBLE), 1));
        assertThat(((Number) doubles.get("Widget")).doubleValue()).isEqualTo(20.0);
        assertThat(((Number) doubles.get("Gizmo 100%")).doubleValue()).isEqualTo(100.0);
        assertThat(((Number) by(Round.of("quantity", 2)).get("Gadget")).intValue()).isEqualTo(50);
        assertThat(Product.objects.annotate("r", Round.of("price", 1)).filter("r__gte", new BigDecimal("20.0")).orderBy("name")
                .valuesList(String.class, "name").list()).containsExactly("Gizmo 100%", "Widget");
        Everything e = new Everything();
        e.doubleValue = 2.345;
        e.save();
        assertThat(Everything.objects.annotate("r", Round.of("doubleValue", 2)).valuesList(Double.class, "r").list())
                .hasSize(1).first().satisfies(v -> assertThat(v).isBetween(2.34, 2.35));
    }

    @DbTest
    void badArgumentsAreClearErrors() {
        Fixtures.products();
        assertThatThrownBy(() -> Left.of("name", -1)).isInstanceOf(FieldError.class).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> Right.of("name", 0)).isInstanceOf(FieldError.class).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> Left.of("name", "3")).isInstanceOf(FieldError.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Round.of("price", -1)).isInstanceOf(FieldError.class).hasMessageContaining("decimal places");
        assertThatThrownBy(() -> by(Round.of("name", 1))).isInstanceOf(FieldError.class).hasMessageContaining("Round needs a number");
        assertThatThrownBy(() -> by(Left.of("nosuch", 1))).isInstanceOf(FieldError.class).hasMessageContaining("nosuch");
        assertThatThrownBy(() -> by(Right.of("nosuch", 1))).isInstanceOf(FieldError.class).hasMessageContaining("nosuch");
        assertThat(Product.objects.count()).isEqualTo(5);
    }
}
