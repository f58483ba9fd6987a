package dev.covet.orm;

import dev.covet.orm.exception.DataError;
import dev.covet.orm.models.Color;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Product;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Values a database would store or match wrongly are refused with a typed error, or handled exactly. */
class BadInputTest {
    private static final List<String> TEXT_LOOKUPS = List.of("contains", "icontains", "startswith", "istartswith", "endswith", "iendswith");

    @DbTest
    void textLookupsWithANulNeverMatchEveryRow(TestDb db) {
        List<String> names = Fixtures.products().stream().map(p -> p.name).toList();
        for (String lookup : TEXT_LOOKUPS) {
            for (String value : List.of("\0", "W\0", "\0t", "id\0get", "%\0")) {
                String where = "name__" + lookup;
                if (db.isMariaDb()) {
                    // MariaDB matches the NUL as a character: no name holds one
                    assertThat(Product.objects.filter(where, value).count()).as(where + " " + value.replace("\0", "\\0"))
                            .isEqualTo(expected(names, lookup, value));
                } else {
                    // PostgreSQL refuses NUL in text; SQLite's LIKE would stop at it and match everything
                    assertThatThrownBy(() -> Product.objects.filter(where, value).count()).as(where)
                            .isInstanceOf(DataError.class);
                }
            }
            assertThat(Product.objects.filter("name__" + lookup, "idget").count()).isEqualTo(expected(names, lookup, "idget"));
        }
    }

    @DbTest
    void aTooLongCharFieldIsRefusedByUpdateAndBulkCreate(TestDb db) {
        Product p = Fixtures.product("Widget", "new", "1.00", 1, 0, null, null);
        String tooLong = "x".repeat(201);
        assertThatThrownBy(() -> Product.objects.filter("id", p.id).update("name", tooLong))
                .isInstanceOf(DataError.class).hasMessageContaining("name");
        assertThat(Product.objects.get("id", p.id).name).isEqualTo("Widget");

        Product q = new Product();
        q.name = tooLong;
        assertThatThrownBy(() -> Product.objects.bulkCreate(List.of(q))).isInstanceOf(DataError.class).hasMessageContaining("name");
        assertThat(Product.objects.count()).isEqualTo(1);

        p.name = tooLong;
        assertThatThrownBy(() -> Product.objects.bulkUpdate(List.of(p), List.of("name"))).isInstanceOf(DataError.class);
        assertThat(Product.objects.get("id", p.id).name).isEqualTo("Widget");

        // exactly at the limit is fine, counted in characters
        String fits = "é".repeat(200);
        assertThat(Product.objects.filter("id", p.id).update("name", fits)).isEqualTo(1);
        assertThat(Product.objects.get("id", p.id).name).isEqualTo(fits);
    }

    @DbTest
    void jsonThatCannotBeReadIsATypedErrorOnRead(TestDb db) {
        Counter c = Counter.objects.create(java.util.Map.of("name", "broken"));
        String update = "UPDATE " + db.database().dialect().quote("counter") + " SET " + db.database().dialect().quote("settings") + " = ";
        // valid JSON, but a string where the field holds a Map (PostgreSQL's JSONB and MariaDB's JSON refuse invalid text)
        db.database().update(dev.covet.orm.sql.Sql.of(update + (db.isPostgres() ? "to_jsonb('text'::text)" : "'\"text\"'")));
        assertThatThrownBy(() -> Counter.objects.get("id", c.id)).isInstanceOf(DataError.class)
                .hasMessageContaining("Counter.settings").hasMessageContaining("JSON");
        if (db.isSqlite()) {
            db.database().update(dev.covet.orm.sql.Sql.of(update + "'{not json'"));
            assertThatThrownBy(() -> Counter.objects.get("id", c.id)).isInstanceOf(DataError.class)
                    .hasMessageContaining("The JSON stored in Counter.settings is invalid");
        }
        assertThat(Counter.objects.filter("id", c.id).valuesList(String.class, "name").list()).containsExactly("broken");
    }

    @DbTest
    void flatValuesListReadsNulls(TestDb db) {
        Fixtures.products();
        List<Integer> ratings = Product.objects.orderBy("name").valuesList(Integer.class, "rating").list();
        assertThat(ratings).hasSize(5).containsNull();
        assertThat(Product.objects.filter("rating__isnull", true).valuesList(Integer.class, "rating").list()).containsExactly((Integer) null);
        assertThat(Product.objects.orderBy("name").valuesList(Color.class, "color").list()).hasSize(5).containsNull();
        assertThat(Product.objects.valuesList(Object.class, "rating").list()).hasSize(5).containsNull();
    }

    private static long expected(List<String> names, String lookup, String value) {
        boolean fold = lookup.startsWith("i");
        String v = fold ? value.toLowerCase(Locale.ROOT) : value;
        return names.stream().map(n -> fold ? n.toLowerCase(Locale.ROOT) : n).filter(n -> switch (lookup.replaceFirst("^i", "")) {
            case "contains" -> n.contains(v);
            case "startswith" -> n.startsWith(v);
            default -> n.endsWith(v);
        }).count();
    }
}
