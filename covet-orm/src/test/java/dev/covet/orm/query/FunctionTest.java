package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.Fixtures;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.models.Product;
import dev.covet.orm.query.functions.Abs;
import dev.covet.orm.query.functions.Cast;
import dev.covet.orm.query.functions.Ceil;
import dev.covet.orm.query.functions.Coalesce;
import dev.covet.orm.query.functions.Concat;
import dev.covet.orm.query.functions.Floor;
import dev.covet.orm.query.functions.Greatest;
import dev.covet.orm.query.functions.LTrim;
import dev.covet.orm.query.functions.Least;
import dev.covet.orm.query.functions.Length;
import dev.covet.orm.query.functions.Lower;
import dev.covet.orm.query.functions.Mod;
import dev.covet.orm.query.functions.NullIf;
import dev.covet.orm.query.functions.Power;
import dev.covet.orm.query.functions.RTrim;
import dev.covet.orm.query.functions.Replace;
import dev.covet.orm.query.functions.Round;
import dev.covet.orm.query.functions.Sqrt;
import dev.covet.orm.query.functions.StrIndex;
import dev.covet.orm.query.functions.Substr;
import dev.covet.orm.query.functions.Trim;
import dev.covet.orm.query.functions.Upper;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Database functions, each compared by value on every database over {@link Fixtures#products()}:
 * Widget (19.99, quantity 5, min 10, rating 4), Gadget (5.00, 50, 10, no rating), Gizmo 100% (100.00, 0, 5, 5),
 * under_score (0.50, 12, 12, 1), Émile's Café (7.25, 3, 1, 2).
 */
class FunctionTest {
    private static Map<String, Object> by(Expression e) {
        Map<String, Object> out = new HashMap<>();
        for (Map<String, Object> row : Product.objects.annotate("v", e).values("name", "v").list()) {
            out.put((String) row.get("name"), row.get("v"));
        }
        return out;
    }

    private static Object of(Expression e, String product) {
        return by(e).get(product);
    }

    private static long number(Expression e, String product) {
        return ((Number) of(e, product)).longValue();
    }

    private static double real(Expression e, String product) {
        return ((Number) of(e, product)).doubleValue();
    }

    @DbTest
    void comparisonFunctions() {
        Fixtures.products();
        assertThat(number(Coalesce.of("rating", Value.of(0)), "Gadget")).isZero();
        assertThat(number(Coalesce.of("rating", Value.of(0)), "Widget")).isEqualTo(4);
        assertThat(of(NullIf.of("quantity", "minQuantity"), "under_score")).isNull();
        assertThat(number(NullIf.of("quantity", "minQuantity"), "Widget")).isEqualTo(5);
        assertThat(number(Greatest.of("quantity", "minQuantity"), "Widget")).isEqualTo(10);
        assertThat(number(Greatest.of("quantity", "minQuantity"), "Gadget")).isEqualTo(50);
        assertThat(number(Least.of("quantity", "minQuantity"), "Widget")).isEqualTo(5);
        assertThat(number(Least.of("quantity", Value.of(2)), "Gadget")).isEqualTo(2);
    }

    @DbTest
    void textFunctions() {
        Fixtures.products();
        assertThat(of(Lower.of("name"), "Émile's Café")).isEqualTo("émile's café");
        assertThat(of(Upper.of("name"), "Émile's Café")).isEqualTo("ÉMILE'S CAFÉ");
        assertThat(number(Length.of("name"), "Émile's Café")).isEqualTo(12);
        assertThat(of(Substr.of("name", Value.of(2), Value.of(3)), "Widget")).isEqualTo("idg");
        assertThat(of(Substr.of("name", Value.of(3)), "Widget")).isEqualTo("dget");
        assertThat(of(Replace.of("name", Value.of("dg"), Value.of("--")), "Widget")).isEqualTo("Wi--et");
        assertThat(number(StrIndex.of("name", Value.of("dg")), "Widget")).isEqualTo(3);
        assertThat(number(StrIndex.of("name", Value.of("zz")), "Widget")).isZero();
        assertThat(of(Concat.of("name", Value.of("/"), "condition"), "Widget")).isEqualTo("Widget/new");
        assertThat(of(Concat.of("name", Value.of("/"), Cast.of("rating", Storage.STRING)), "Gadget")).isEqualTo("Gadget/");
        assertThat(of(Trim.of(Concat.of(Value.of("  "), "name", Value.of(" "))), "Widget")).isEqualTo("Widget");
        assertThat(of(LTrim.of(Concat.of(Value.of("  "), "name", Value.of(" "))), "Widget")).isEqualTo("Widget ");
        assertThat(of(RTrim.of(Concat.of(Value.of("  "), "name", Value.of(" "))), "Widget")).isEqualTo("  Widget");
    }

    @DbTest
    void mathFunctions() {
        Fixtures.products();
        assertThat(number(Abs.of(F.of("quantity").minus(F.of("minQuantity"))), "Widget")).isEqualTo(5);
        assertThat(real(Round.of(Cast.of("price", Storage.DOUBLE)), "Widget")).isEqualTo(20.0);
        assertThat(real(Ceil.of(Cast.of("price", Storage.DOUBLE)), "Émile's Café")).isEqualTo(8.0);
        assertThat(real(Floor.of(Cast.of("price", Storage.DOUBLE)), "Émile's Café")).isEqualTo(7.0);
        assertThat(number(Mod.of("quantity", Value.of(7)), "under_score")).isEqualTo(5);
        assertThat(real(Power.of("quantity", Value.of(2)), "Widget")).isEqualTo(25.0);
        assertThat(real(Sqrt.of("quantity"), "Gadget")).isCloseTo(7.0710678, org.assertj.core.data.Offset.offset(1e-6));
    }

    @DbTest
    void castAndWrapperDecideTheType() {
        Fixtures.products();
        assertThat(of(Cast.of("quantity", Storage.STRING), "Gadget")).isEqualTo("50");
        assertThat(of(Cast.of(Cast.of("quantity", Storage.STRING), Storage.LONG), "Gadget")).isEqualTo(50L);
        assertThat(of(ExpressionWrapper.of(F.of("quantity").times(F.of("minQuantity")), Storage.LONG), "Gadget")).isEqualTo(500L);
    }

    @DbTest
    void functionsFilterAndTransformsChain() {
        Fixtures.products();
        assertThat(Product.objects.annotate("lname", Lower.of("name")).filter("lname__startswith", "g").orderBy("name")
                .valuesList(String.class, "name").list()).containsExactly("Gadget", "Gizmo 100%");
        assertThat(Product.objects.filter("name__lower__startswith", "wid").valuesList(String.class, "name").list())
                .containsExactly("Widget");
        assertThat(Product.objects.filter("name__upper", "UNDER_SCORE").valuesList(String.class, "name").list())
                .containsExactly("under_score");
        assertThat(Product.objects.filter("name__length__gte", 11).orderBy("name").valuesList(String.class, "name").list())
                .containsExactly("under_score", "Émile's Café");
        assertThat(Product.objects.filter("quantity__gt", Greatest.of("minQuantity", Value.of(11))).valuesList(String.class, "name").list())
                .containsExactly("Gadget");
    }

    @DbTest
    void aProjectsOwnFunctionHasACheckedName() {
        Fixtures.products();
        assertThat(of(Func.of("REPLACE", Storage.STRING, "name", Value.of("W"), Value.of("w")), "Widget")).isEqualTo("widget");
        assertThatThrownBy(() -> Func.of("LOWER(name)); DROP TABLE product; --", Storage.STRING, "name"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Function name");
        assertThatThrownBy(() -> Product.objects.annotate("v", Lower.of("nope")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope").hasMessageContaining("Choices are");
        assertThatThrownBy(() -> Coalesce.of("rating")).isInstanceOf(FieldError.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Product.objects.filter("quantity__lower", "x"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported transform 'lower'");
        assertThatThrownBy(() -> Cast.of("name", Storage.ARRAY)).isInstanceOf(FieldError.class);
        assertThat(Product.objects.count()).isEqualTo(5);
    }
}
