package dev.covet.orm;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Product;
import dev.covet.orm.query.ExplainFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** explain(format, analyze): the plan in the form asked for, or a clear error where the database has none. */
class ExplainTest {
    @DbTest
    void formatsAndAnalyze(TestDb db) {
        Fixtures.products();
        QuerySet<Product> qs = Product.objects.filter("quantity__gt", 3);
        assertThat(qs.explain(ExplainFormat.TEXT, false)).isNotBlank();
        if (db.isSqlite()) {
            assertThatThrownBy(() -> qs.explain(ExplainFormat.JSON, false))
                    .isInstanceOf(NotSupportedError.class).hasMessageContaining("explain(JSON)");
            assertThatThrownBy(() -> qs.explain(ExplainFormat.TEXT, true))
                    .isInstanceOf(NotSupportedError.class).hasMessageContaining("analyze");
            return;
        }
        assertThat(qs.explain(ExplainFormat.JSON, false)).contains("{");
        String analyzed = qs.explain(ExplainFormat.JSON, true);
        assertThat(analyzed).containsAnyOf("Actual Total Time", "r_total_time_ms", "r_rows");
        assertThat(qs.explain(ExplainFormat.TEXT, true)).isNotBlank();
        assertThatThrownBy(() -> qs.explain(null, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
