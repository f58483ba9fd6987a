package dev.covet.orm.sql;

import dev.covet.orm.sql.mysql.MySqlDialect;
import dev.covet.orm.sql.postgres.PostgresDialect;
import dev.covet.orm.sql.sqlite.SqliteDialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each dialect names its capabilities; what it does not name it does not have. */
class FeaturesTest {
    @Test
    void aFlagNotNamedIsOff() {
        Features none = Features.builder().build();
        assertThat(none.supportsReturning() || none.supportsDistinctOn() || none.supportsSelectForUpdate()
                || none.supportsArrays() || none.supportsTransactionalDdl() || none.driverCachesStatements()
                || none.foreignKeysToLaterTables()).isFalse();
        Features some = Features.builder().selectForUpdate(true, false).maxParameters(10).build();
        assertThat(some.supportsSelectForUpdate()).isTrue();
        assertThat(some.supportsNowait()).isTrue();
        assertThat(some.supportsSkipLocked()).isFalse();
        assertThat(some.rowsPerStatement(3, 1, 0)).isEqualTo(3);
    }

    @Test
    void theDialectsSayWhatTheirDatabasesDo() {
        Features pg = new PostgresDialect().features();
        assertThat(pg.supportsDistinctOn()).isTrue();
        assertThat(pg.supportsArrays()).isTrue();
        assertThat(pg.supportsTransactionalDdl()).isTrue();
        assertThat(pg.maxParameters()).isEqualTo(32767);
        Features sqlite = new SqliteDialect().features();
        assertThat(sqlite.supportsSelectForUpdate()).isFalse();
        assertThat(sqlite.supportsTransactionalDdl()).isTrue();
        assertThat(sqlite.driverCachesStatements()).isFalse();
        Features maria = new MySqlDialect().features();
        assertThat(maria.supportsTransactionalDdl()).isFalse();
        assertThat(maria.selfReferenceNeedsDerivedTable()).isTrue();
        assertThat(maria.supportsDistinctOn()).isFalse();
        assertThat(maria.maxParameters()).isEqualTo(65535);
    }
}
