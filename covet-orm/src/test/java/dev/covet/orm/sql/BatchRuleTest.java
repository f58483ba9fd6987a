package dev.covet.orm.sql;

import dev.covet.orm.sql.sqlite.SqliteDialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule that splits bulk work into statements. */
class BatchRuleTest {
    private final Features sqlite = new SqliteDialect().features();

    @Test
    void rowsFillTheParametersLeftBesideTheStatementsOwn() {
        int max = sqlite.maxParameters();
        assertThat(sqlite.rowsPerStatement(3, 0, 0)).isEqualTo(max / 3);
        assertThat(sqlite.rowsPerStatement(1, 10, 0)).isEqualTo(max - 10);
        assertThat(sqlite.rowsPerStatement(2 * 4 + 1, 0, 0) * 9).isLessThanOrEqualTo(max);
    }

    @Test
    void aRequestedBatchSizeCapsItAndAtLeastOneRowAlwaysGoes() {
        assertThat(sqlite.rowsPerStatement(3, 0, 100)).isEqualTo(100);
        assertThat(sqlite.rowsPerStatement(3, 0, 1_000_000)).isEqualTo(sqlite.maxParameters() / 3);
        assertThat(sqlite.rowsPerStatement(sqlite.maxParameters() + 1, 0, 0)).isEqualTo(1);
        assertThat(sqlite.rowsPerStatement(1, sqlite.maxParameters() + 5, 0)).isEqualTo(1);
        assertThat(sqlite.rowsPerStatement(0, 0, 0)).isEqualTo(sqlite.maxParameters());
    }
}
