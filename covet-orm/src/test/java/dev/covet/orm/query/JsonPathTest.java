package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Everything;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lookups on JSON key and index paths and on the keys a JSON object has: the same rows on every database. */
class JsonPathTest {
    private static void rows() {
        row("a", Map.of("rating", 5, "name", "Ann", "tags", List.of("x", "y"), "shop", Map.of("city", "Oslo")));
        row("b", Map.of("rating", 10, "name", "Bob", "tags", List.of("y")));
        row("c", Map.of("rating", 3, "extra", true));
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
    void keysCompareAsJsonValues() {
        rows();
        assertThat(names("json__rating__gte", 4)).containsExactly("a", "b");
        assertThat(names("json__rating__gt", 4)).containsExactly("a", "b");
        assertThat(names("json__rating__lt", 5)).containsExactly("c");
        assertThat(names("json__rating", 10)).containsExactly("b");
        assertThat(names("json__name", "Ann")).containsExactly("a");
        assertThat(names("json__tags__0", "x")).containsExactly("a");
        assertThat(names("json__tags__0", "y")).containsExactly("b");
        assertThat(names("json__shop__city", "Oslo")).containsExactly("a");
        assertThat(names("json__shop__city__isnull", true)).containsExactly("b", "c", "d");
        assertThat(names("json__name__isnull", false)).containsExactly("a", "b");
        assertThat(Everything.objects.exclude("json__name", "Ann").filter("json__isnull", false).orderBy("name")
                .valuesList(String.class, "name").list()).containsExactly("b");
    }

    @DbTest
    void hasKeyHasKeysHasAnyKeys() {
        rows();
        assertThat(names("json__has_key", "tags")).containsExactly("a", "b");
        assertThat(names("json__has_keys", List.of("tags", "shop"))).containsExactly("a");
        assertThat(names("json__has_any_keys", List.of("shop", "extra"))).containsExactly("a", "c");
    }

    @DbTest
    void keysWithQuotesOrSqlAreRefused() {
        rows();
        assertThatThrownBy(() -> names("json__a\"b", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("JSON key 'a\"b'");
        assertThatThrownBy(() -> names("json__x'); DROP TABLE everything; --", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("is not valid");
        assertThatThrownBy(() -> names("json__has_key", "'); DROP TABLE everything; --"))
                .isInstanceOf(FieldError.class).hasMessageContaining("is not valid");
        assertThatThrownBy(() -> names("json__has_keys", List.of()))
                .isInstanceOf(ValidationError.class).hasMessageContaining("non-empty");
        assertThatThrownBy(() -> names("json__name__range", List.of("a", "b")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported lookup 'range' on the JSON key path");
        assertThatThrownBy(() -> names("json__rating", Map.of("a", 1)))
                .isInstanceOf(ValidationError.class).hasMessageContaining("string, a number or a boolean");
        assertThatThrownBy(() -> names("name__has_key", "a")).isInstanceOf(FieldError.class);
        assertThat(Everything.objects.count()).isEqualTo(4);
    }
}
