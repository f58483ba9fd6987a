package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Everything;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text lookups on a JSON key path compare the key's text, as Django's KeyTextTransform: the same rows everywhere. */
class KeyTextTest {
    private static void rows() {
        row("a", Map.of("name", "Ann Lee", "rating", 5, "shop", Map.of("city", "Oslo")));
        row("b", Map.of("name", "bob", "rating", 10, "tags", List.of("Red", "blue")));
        row("c", Map.of("name", "Annika", "rating", 3, "shop", Map.of("city", "Rome")));
        row("d", null);
    }

    private static void row(String name, Map<String, Object> json) {
        Everything e = new Everything();
        e.name = name;
        e.json = json;
        e.save();
    }

    private static List<String> names(String lookup, Object value) {
        return Everything.objects.filter(lookup, value).orderBy("name").valuesList(String.class, "name").list();
    }

    @DbTest
    void textLookupsOnAKeyCompareItsTextWithoutQuotes() {
        rows();
        assertThat(names("json__name__startswith", "Ann")).containsExactly("a", "c");
        assertThat(names("json__name__istartswith", "ann")).containsExactly("a", "c");
        assertThat(names("json__name__icontains", "LEE")).containsExactly("a");
        assertThat(names("json__name__endswith", "ika")).containsExactly("c");
        assertThat(names("json__name__iendswith", "OB")).containsExactly("b");
        assertThat(names("json__name__iexact", "BOB")).containsExactly("b");
        assertThat(names("json__shop__city__istartswith", "o")).containsExactly("a");
        assertThat(names("json__tags__0__iexact", "red")).containsExactly("b");
        assertThat(names("json__name__regex", "^A.*a$")).containsExactly("c");
        assertThat(names("json__name__in", List.of("bob", "Annika"))).containsExactly("b", "c");
        assertThat(names("json__rating__in", List.of(5, 3))).containsExactly("a", "c");
        assertThat(Everything.objects.exclude("json__name__startswith", "Ann").filter("json__isnull", false)
                .orderBy("name").valuesList(String.class, "name").list()).containsExactly("b");
    }

    @DbTest
    void aHostileValueIsAParameterAndABadLookupNamesTheChoices() {
        rows();
        assertThat(names("json__name__icontains", "'); DROP TABLE everything; --")).isEmpty();
        assertThat(Everything.objects.count()).isEqualTo(4);
        assertThatThrownBy(() -> names("json__name__in", List.of())).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> names("json__name__range", List.of("a", "b"))).isInstanceOf(FieldError.class).hasMessageContaining("icontains").hasMessageContaining("range");
    }
}
