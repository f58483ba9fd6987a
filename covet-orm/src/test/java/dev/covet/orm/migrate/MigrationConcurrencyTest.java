package dev.covet.orm.migrate;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.sql.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two migrators with pools of their own (as two processes have) started at once apply each migration once. */
class MigrationConcurrencyTest {

    @DbTest
    void twoMigratorsApplyEachMigrationOnce(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind);
             Database other = Database.open("other", DatabaseSettings.builder(fresh.url()).maxPoolSize(2).build())) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"));
            for (int i = 2; i <= 4; i++) {
                files.write("notes", String.format("%04d_c%d", i, i), "{'dependencies': ['notes." + (i == 2 ? "0001_initial"
                        : String.format("%04d_c%d", i - 1, i - 1)) + "'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                        + "'field': {'name': 'c" + i + "', 'type': 'IntegerField', 'column': 'c" + i + "', 'null': true}},"
                        + "{'op': 'RunSQL', 'sql': ['INSERT INTO notes_note (text) VALUES (~from " + i + "~)'], 'reverseSql': []}]}");
            }
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<MigrateResult>> runs = new ArrayList<>();
            for (Database db : List.of(fresh.db, other)) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return Migrations.of(db, List.of(), files.source()).migrate(MigrateOptions.latest());
                }));
            }
            start.countDown();
            List<String> applied = new ArrayList<>();
            for (CompletableFuture<MigrateResult> r : runs) {
                applied.addAll(r.get(60, TimeUnit.SECONDS).applied());
            }
            assertThat(applied).containsExactlyInAnyOrder("notes.0001_initial", "notes.0002_c2", "notes.0003_c3", "notes.0004_c4");
            assertThat(fresh.db.query(Sql.of("SELECT COUNT(*) FROM covet_migrations"), rs -> rs.getInt(1))).containsExactly(4);
            // each RunSQL ran once: one row per migration
            assertThat(fresh.db.query(Sql.of("SELECT text FROM notes_note ORDER BY text"), rs -> rs.getString(1)))
                    .containsExactly("from 2", "from 3", "from 4");
        }
    }
}
