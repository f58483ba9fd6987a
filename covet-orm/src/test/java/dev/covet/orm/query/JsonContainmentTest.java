package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Everything;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON {@code contains} / {@code contained_by}, and key paths in orderBy() and values(): the same rows on every database. */
class JsonContainmentTest {
    private static void rows() {
        row("a", Map.of("rating", 5, "name", "Ann", "tags", List.of("x", "y"), "shop", Map.of("city", "Oslo", "zip", 1)));
        row("b", Map.of("rating", 10, "name", "Bob", "tags", List.of("y")));
        row("c", Map.of("rating", 3, "extra", true, "shop", Map.of("city", "Rome")));
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
    void containsAndContainedBy(TestDb db) {
        rows();
        if (db.isSqlite()) {
            assertThatThrownBy(() -> names("json__contains", Map.of("rating", 5)))
                    .isInstanceOf(NotSupportedError.class).hasMessageContaining("contains on a JSON field is not supported on sqlite");
            assertThatThrownBy(() -> names("json__contained_by", Map.of("rating", 5)))
                    .isInstanceOf(NotSupportedError.class).hasMessageContaining("contained_by");
            return;
        }
        assertThat(names("json__contains", Map.of("rating", 5))).containsExactly("a");
        assertThat(names("json__contains", Map.of("tags", List.of("y")))).containsExactly("a", "b");
        assertThat(names("json__contains", Map.of("shop", Map.of("city", "Oslo")))).containsExactly("a");
        assertThat(names("json__contains", Map.of())).containsExactly("a", "b", "c");
        assertThat(names("json__tags__contains", List.of("x"))).containsExactly("a");
        assertThat(names("json__tags__contains", "y")).containsExactly("a", "b");
        assertThat(names("json__contained_by", Map.of("rating", 10, "name", "Bob", "tags", List.of("y", "z"), "more", 1)))
                .containsExactly("b");
        assertThat(names("json__shop__contained_by", Map.of("city", "Rome", "zip", 2))).containsExactly("c");
        assertThat(Everything.objects.exclude("json__contains", Map.of("rating", 5)).filter("json__isnull", false)
                .orderBy("name").valuesList(String.class, "name").list()).containsExactly("b", "c");
    }

    @DbTest
    void keyPathsOrderAsJsonValues() {
        rows();
        assertThat(Everything.objects.filter("json__isnull", false).orderBy("json__rating").valuesList(String.class, "name").list())
                .containsExactly("c", "a", "b");
        assertThat(Everything.objects.filter("json__isnull", false).orderBy("-json__rating").valuesList(String.class, "name").list())
                .containsExactly("b", "a", "c");
        assertThat(Everything.objects.filter("json__shop__isnull", false).orderBy("-json__shop__city").valuesList(String.class, "name").list())
                .containsExactly("c", "a");
        assertThat(Everything.objects.filter("json__has_key", "tags").orderBy("json__tags__0", "name").valuesList(String.class, "name").list())
                .containsExactly("a", "b");
    }

    @DbTest
    void keyPathsReadAsValues() {
        rows();
        List<Map<String, Object>> rows = Everything.objects.orderBy("name").values("name", "json__rating", "json__tags__0", "json__shop").list();
        assertThat(rows).extracting(r -> r.get("json__rating")).containsExactly(5, 10, 3, null);
        assertThat(rows).extracting(r -> r.get("json__tags__0")).containsExactly("x", "y", null, null);
        assertThat(rows.get(0).get("json__shop")).isEqualTo(Map.of("city", "Oslo", "zip", 1));
        assertThat(Everything.objects.orderBy("name").valuesList(Object.class, "json__shop__city").list())
                .containsExactly("Oslo", null, "Rome", null);
        assertThat(Everything.objects.filter("name", "a").valuesList("json__name", "json__tags").list())
                .containsExactly(List.of("Ann", List.of("x", "y")));
    }

    @DbTest
    void badKeysAndValuesAreRefused(TestDb db) {
        rows();
        assertThatThrownBy(() -> Everything.objects.orderBy("json__a'b").list())
                .isInstanceOf(FieldError.class).hasMessageContaining("JSON key 'a'b'");
        assertThatThrownBy(() -> Everything.objects.orderBy("-json__x'); DROP TABLE everything; --").list())
                .isInstanceOf(FieldError.class).hasMessageContaining("is not valid");
        assertThatThrownBy(() -> Everything.objects.values("json__a\"b").list())
                .isInstanceOf(FieldError.class).hasMessageContaining("is not valid");
        assertThatThrownBy(() -> Everything.objects.valuesList(Object.class, "json__x'); DROP TABLE everything; --").list())
                .isInstanceOf(FieldError.class).hasMessageContaining("is not valid");
        assertThatThrownBy(() -> names("json__contains", null))
                .isInstanceOf(ValidationError.class).hasMessageContaining("not null");
        assertThatThrownBy(() -> names("json__contains", F.of("name")))
                .isInstanceOf(ValidationError.class).hasMessageContaining("not an expression");
        assertThatThrownBy(() -> names("name__contained_by", "x")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> names("json__rating__range", List.of(1, 2))).isInstanceOf(FieldError.class);
        if (!db.isSqlite()) {
            // a quote inside the value is data: a parameter, never SQL text
            assertThat(names("json__contains", Map.of("name", "x'); DROP TABLE everything; --"))).isEmpty();
        }
        assertThat(Everything.objects.count()).isEqualTo(4);
    }
}
