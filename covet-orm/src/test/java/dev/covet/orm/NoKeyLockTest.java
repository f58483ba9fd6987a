package dev.covet.orm;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Publisher;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** selectForUpdate(noKey): PostgreSQL's FOR NO KEY UPDATE, a clear error on the other databases. */
class NoKeyLockTest {
    @DbTest
    void noKeyLocksOnPostgresqlOnly(TestDb db) {
        Publisher p = new Publisher();
        p.name = "Ace";
        p.save();
        if (!db.isPostgres()) {
            assertThatThrownBy(() -> Publisher.objects.all().selectForUpdate(false, false, true))
                    .isInstanceOf(NotSupportedError.class).hasMessageContaining("noKey");
            return;
        }
        QuerySet<Publisher> locked = Publisher.objects.all().selectForUpdate(false, true, true);
        assertThat(locked.toSql()).contains("FOR NO KEY UPDATE SKIP LOCKED");
        List<String> names = Covet.atomic(() -> locked.valuesList(String.class, "name").list());
        assertThat(names).containsExactly("Ace");
    }
}
