package dev.covet.orm.migrate;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Migrations that must not go wrong quietly: edited files, conflicts, irreversible steps, failures part-way. */
class MigrationSafetyTest {

    private static Migrations on(Database db, MigrationFiles files) {
        return Migrations.of(db, List.of(), files.source());
    }

    private static long rows(Database db, String table) {
        return db.query(Sql.of("SELECT COUNT(*) FROM " + db.dialect().quote(table)), rs -> rs.getLong(1)).getFirst();
    }

    @DbTest
    void aFileEditedAfterItWasAppliedIsReported(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"));
            on(fresh.db, files).migrate(MigrateOptions.latest());
            files.write("notes", "0001_initial", MigrationFiles.initial("notes_note").replace("100", "120"));
            assertThatThrownBy(() -> on(fresh.db, files).migrate(MigrateOptions.latest()))
                    .isInstanceOf(MigrationError.class)
                    .hasMessageContaining("notes.0001_initial was changed after it was applied")
                    .hasMessageContaining("put the change in a new migration");
        }
    }

    @DbTest
    void twoBranchesAreAConflictUntilMerged(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_a", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                            + "'field': {'name': 'a', 'type': 'IntegerField', 'column': 'a', 'null': true}}]}")
                    .write("notes", "0002_b", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                            + "'field': {'name': 'b', 'type': 'IntegerField', 'column': 'b', 'null': true}}]}");
            Migrations m = on(fresh.db, files);
            assertThatThrownBy(() -> m.migrate(MigrateOptions.latest())).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("Conflicting migrations in app notes: notes.0002_a and notes.0002_b")
                    .hasMessageContaining("makemigrations --merge");
            assertThat(fresh.db.tableNames()).doesNotContain("notes_note");
            MakeResult merged = m.makeMigrations(MakeOptions.standard().withMerge(true));
            assertThat(merged.files()).singleElement().satisfies(f -> {
                assertThat(f.name()).isEqualTo("0003_merge_0002_0002");
                assertThat(f.path()).exists();
            });
            assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(4);
            assertThat(fresh.db.introspect().get("notes_note").columns()).extracting(c -> c.name().toLowerCase())
                    .contains("a", "b");
        }
    }

    @DbTest
    void anIrreversibleStepStopsBeforeAnythingIsTouched(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_seed", "{'dependencies': ['notes.0001_initial'], 'operations': ["
                            + "{'op': 'RunSQL', 'sql': ['INSERT INTO notes_note (text) VALUES (~seeded~)']}]}")
                    .write("notes", "0003_more", "{'dependencies': ['notes.0002_seed'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                            + "'field': {'name': 'n', 'type': 'IntegerField', 'column': 'n', 'null': true}}]}");
            Migrations m = on(fresh.db, files);
            m.migrate(MigrateOptions.latest());
            assertThatThrownBy(() -> m.migrate(MigrateOptions.to("notes", "0001")))
                    .isInstanceOf(MigrationError.class)
                    .hasMessageContaining("notes.0002_seed cannot be unapplied: operation 1 (Raw SQL operation) is irreversible")
                    .hasMessageContaining("Nothing was changed");
            assertThat(m.status("notes")).allMatch(MigrationStatus::applied);
            assertThat(fresh.db.introspect().get("notes_note").column("n")).isNotNull();
            assertThat(rows(fresh.db, "notes_note")).isEqualTo(1);
        }
    }

    @DbTest
    void aMigrationThatFailsPartWaySaysWhatWasAppliedAndResumes(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            String broken = "{'dependencies': ['notes.0001_initial'], 'operations': ["
                    + "{'op': 'AddField', 'model': 'Note', 'field': {'name': 'a', 'type': 'IntegerField', 'column': 'a', 'null': true}},"
                    + "{'op': 'RunSQL', 'sql': ['UPDATE no_such_table SET x = 1'], 'reverseSql': []},"
                    + "{'op': 'AddField', 'model': 'Note', 'field': {'name': 'b', 'type': 'IntegerField', 'column': 'b', 'null': true}}]}";
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_two_fields", broken);
            Migrations m = on(fresh.db, files);
            boolean transactional = fresh.db.dialect().features().supportsTransactionalDdl();
            assertThatThrownBy(() -> m.migrate(MigrateOptions.latest()))
                    .isInstanceOf(MigrationError.class)
                    .hasMessageContaining("notes.0002_two_fields failed at operation 2 of 3 (Raw SQL operation)")
                    .hasMessageContaining(transactional ? "It was rolled back: nothing of it was applied"
                            : "Applied and recorded before it: 1. Add field a to Note");
            // what the database holds agrees with what was said
            assertThat(fresh.db.introspect().get("notes_note").column("a") != null).isEqualTo(!transactional);
            assertThat(m.status("notes")).extracting(MigrationStatus::applied).containsExactly(true, false);

            // the cause fixed, the same migration runs to the end (resuming after operation 1 where it stopped)
            files.write("notes", "0002_two_fields", broken.replace("UPDATE no_such_table SET x = 1", "UPDATE notes_note SET a = 1"));
            assertThat(m.migrate(MigrateOptions.latest()).applied()).containsExactly("notes.0002_two_fields");
            assertThat(fresh.db.introspect().get("notes_note").columns()).extracting(c -> c.name().toLowerCase()).contains("a", "b");
            assertThat(m.status("notes")).allMatch(MigrationStatus::applied);
        }
    }

    @DbTest
    void fakeInitialAdoptsTablesThatExist(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            fresh.db.executeStatement(Sql.of("CREATE TABLE notes_note (id INTEGER PRIMARY KEY, text VARCHAR(100) NOT NULL)"));
            fresh.db.executeStatement(new Sql("INSERT INTO notes_note (id, text) VALUES (1, ?)", List.of(Value.of("kept"))));
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"));
            Migrations m = on(fresh.db, files);
            assertThatThrownBy(() -> m.migrate(MigrateOptions.latest())).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("notes.0001_initial failed at operation 1 of 1 (Create model Note)");
            MigrateResult adopted = m.migrate(MigrateOptions.latest().withFakeInitial(true));
            assertThat(adopted.applied()).containsExactly("notes.0001_initial");
            assertThat(rows(fresh.db, "notes_note")).isEqualTo(1);
            assertThat(m.migrate(MigrateOptions.latest()).nothingToDo()).isTrue();
            // --fake backwards forgets without touching the table
            m.migrate(MigrateOptions.to("notes", "zero").withFake(true));
            assertThat(m.status("notes")).noneMatch(MigrationStatus::applied);
            assertThat(rows(fresh.db, "notes_note")).isEqualTo(1);
        }
    }

    @DbTest
    void runSqlTakesTheStatementsOfItsDatabase(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_seed", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'RunSQL', "
                            + "'sql': ['INSERT INTO notes_note (text) VALUES (~generic~)'], 'reverseSql': ['DELETE FROM notes_note'],"
                            + "'perDatabase': {'" + fresh.db.dialect().name() + "': {'sql': ['INSERT INTO notes_note (text) VALUES (~mine~)'],"
                            + "'reverseSql': ['DELETE FROM notes_note']}}}]}");
            Migrations m = on(fresh.db, files);
            m.migrate(MigrateOptions.latest());
            assertThat(fresh.db.query(Sql.of("SELECT text FROM notes_note"), rs -> rs.getString(1))).containsExactly("mine");
            m.migrate(MigrateOptions.to("notes", "0001_initial"));
            assertThat(rows(fresh.db, "notes_note")).isZero();
        }
    }

    @DbTest
    void sqlmigrateShowsTheStatementsWithoutRunningThem(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_n", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                            + "'field': {'name': 'n', 'type': 'IntegerField', 'column': 'n'}, 'fill': 7}]}");
            Migrations m = on(fresh.db, files);
            List<String> forwards = m.sql("notes", "0002_n", false);
            assertThat(String.join("\n", forwards)).contains("notes_note").contains("\"n\"".replace('"', kind.isMariaDb() ? '`' : '"'))
                    .contains("-- parameters: [7]");
            assertThat(m.sql("notes", "0001_initial", true)).singleElement().asString().startsWith("DROP TABLE");
            assertThat(fresh.db.tableNames()).doesNotContain("notes_note");
        }
    }

    @DbTest
    void squashedMigrationsReplaceTheirRange(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_n", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                            + "'field': {'name': 'n', 'type': 'IntegerField', 'column': 'n', 'null': true}}]}");
            Migrations m = on(fresh.db, files);
            var path = m.squash("notes", "0001_initial", "0002_n");
            assertThat(Files.readString(path)).contains("\"replaces\"").contains("notes.0001_initial").contains("notes.0002_n");
            // a new database takes the squashed migration alone
            assertThat(m.migrate(MigrateOptions.latest()).applied()).containsExactly("notes.0001_squashed_0002_n");
            assertThat(fresh.db.introspect().get("notes_note").column("n")).isNotNull();
        }
    }

    @DbTest
    void uniquenessAndIndexesOfAColumnComeAndGo(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            String text = "{'name': 'text', 'type': 'CharField', 'column': 'text', 'maxLength': 100";
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_unique", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'AlterField', 'model': 'Note', "
                            + "'field': " + text + ", 'unique': true}}]}")
                    .write("notes", "0003_index", "{'dependencies': ['notes.0002_unique'], 'operations': [{'op': 'AlterField', 'model': 'Note', "
                            + "'field': " + text + ", 'dbIndex': true}}]}")
                    .write("notes", "0004_code", "{'dependencies': ['notes.0003_index'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                            + "'field': {'name': 'code', 'type': 'CharField', 'column': 'code', 'maxLength': 10, 'null': true, 'unique': true}}]}");
            Migrations m = on(fresh.db, files);
            m.migrate(MigrateOptions.to("notes", "0002_unique"));
            fresh.db.executeStatement(new Sql("INSERT INTO notes_note (text) VALUES (?)", List.of(Value.of("same"))));
            assertThatThrownBy(() -> fresh.db.executeStatement(new Sql("INSERT INTO notes_note (text) VALUES (?)", List.of(Value.of("same")))))
                    .isInstanceOf(dev.covet.orm.exception.UniqueViolation.class);
            m.migrate(MigrateOptions.latest());
            // no longer unique, indexed instead; the new column is unique
            fresh.db.executeStatement(new Sql("INSERT INTO notes_note (text) VALUES (?)", List.of(Value.of("same"))));
            var table = fresh.db.introspect().get("notes_note");
            assertThat(table.indexesOn(List.of("text"))).isNotEmpty().noneMatch(dev.covet.orm.db.LiveTable.Index::unique);
            assertThat(table.indexesOn(List.of("code"))).anyMatch(dev.covet.orm.db.LiveTable.Index::unique);
            // back to unique: the duplicate must go first, and the failure says so
            assertThatThrownBy(() -> m.migrate(MigrateOptions.to("notes", "0002_unique"))).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("Unapplying notes.0003_index failed");
            fresh.db.executeStatement(new Sql("DELETE FROM notes_note WHERE id = (SELECT MAX(id) FROM (SELECT id FROM notes_note) x)", List.of()));
            m.migrate(MigrateOptions.to("notes", "0001_initial"));
            assertThat(fresh.db.introspect().get("notes_note").indexesOn(List.of("text"))).isEmpty();
            assertThat(rows(fresh.db, "notes_note")).isEqualTo(1);
        }
    }

    @DbTest
    void anIndexBuiltConcurrentlyNeedsAMigrationOutsideATransaction(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            String add = "'operations': [{'op': 'AddIndex', 'model': 'Note', 'concurrently': true, "
                    + "'index': {'name': 'note_text_idx', 'fields': ['text']}}]}";
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", "0002_index", "{'dependencies': ['notes.0001_initial'], " + add);
            Migrations m = on(fresh.db, files);
            if (fresh.db.dialect().ddl().buildsIndexesConcurrently()) {
                assertThatThrownBy(() -> m.migrate(MigrateOptions.latest())).isInstanceOf(MigrationError.class)
                        .hasMessageContaining("builds an index CONCURRENTLY").hasMessageContaining("\"atomic\": false");
                assertThat(fresh.db.introspect().get("notes_note").indexesOn(List.of("text"))).isEmpty();
                files.write("notes", "0002_index", "{'dependencies': ['notes.0001_initial'], 'atomic': false, " + add);
            }
            m.migrate(MigrateOptions.latest());
            assertThat(fresh.db.introspect().get("notes_note").indexesOn(List.of("text"))).extracting(i -> i.name()).contains("note_text_idx");
        }
    }

    @DbTest
    void makemigrationsWarnsAboutRiskyOperations(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            var dir = java.nio.file.Files.createTempDirectory("covet-migrations");
            MigrationWalkTest.migrations(fresh.db, dev.covet.orm.migrate.shop.V6.MODELS, dir).makeMigrations(MakeOptions.standard());
            MakeResult removal = MigrationWalkTest.migrations(fresh.db, dev.covet.orm.migrate.shop.V7.MODELS, dir)
                    .makeMigrations(MakeOptions.standard());
            assertThat(removal.files().getFirst().warnings()).singleElement().asString().startsWith("#1 [drop-column]");
        }
    }
}
