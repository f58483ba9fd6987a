package dev.covet.orm;

import dev.covet.orm.models.Everything;
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
