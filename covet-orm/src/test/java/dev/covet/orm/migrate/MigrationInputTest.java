package dev.covet.orm.migrate;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.migrate.shop.V1;
import dev.covet.orm.migrate.shop.V2;
import dev.covet.orm.schema.SchemaEditor;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad migration files and questions makemigrations cannot answer alone: each a clear error that changes nothing. */
class MigrationInputTest {

    private static void refused(TestDb kind, String name, String json, String... message) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", MigrationFiles.initial("notes_note"))
                    .write("notes", name, json);
            var thrown = assertThatThrownBy(() -> Migrations.of(fresh.db, List.of(), files.source()).migrate(MigrateOptions.latest()))
                    .isInstanceOf(MigrationError.class);
            for (String m : message) {
                thrown.hasMessageContaining(m);
            }
            assertThat(fresh.db.tableNames()).doesNotContain("notes_note");
        }
    }

    @DbTest
    void malformedFilesAreRefusedBeforeAnythingRuns(TestDb kind) {
        refused(kind, "0002_broken", "{'operations': [", "notes.0002_broken is not valid JSON");
        refused(kind, "0002_unknown", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'DropEverything'}]}",
                "operation 1: Unknown operation 'DropEverything'; choices: CreateModel");
        refused(kind, "0002_orphan", "{'dependencies': ['notes.0001_nope'], 'operations': []}",
                "notes.0002_orphan depends on notes.0001_nope, which does not exist");
        refused(kind, "0002_badtype", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'AddField', 'model': 'Note', "
                + "'field': {'name': 'x', 'type': 'StringField', 'column': 'x'}}]}", "Unknown field type 'StringField'; choices: AutoField");
        refused(kind, "0002_nofield", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'RemoveField', 'model': 'Note', 'name': 'nope'}]}",
                "operation 1 (Remove field nope from Note): Model notes.Note has no field 'nope'; choices: id, text");
        refused(kind, "0002_nomodel", "{'dependencies': ['notes.0001_initial'], 'operations': [{'op': 'DeleteModel', 'name': 'Memo'}]}",
                "No model notes.Memo in the migration state; known: notes.Note");
    }

    @DbTest
    void aFileNotNamedByNumberIsReported(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            MigrationFiles files = new MigrationFiles().write("notes", "initial", MigrationFiles.initial("notes_note"));
            assertThatThrownBy(() -> Migrations.of(fresh.db, List.of(), files.source()).migrate(MigrateOptions.latest()))
                    .isInstanceOf(MigrationError.class).hasMessageContaining("notes/initial.json is not named NNNN_name.json");
        }
    }

    @DbTest
    void aNewNotNullFieldWithoutAValueSaysWhatToPass(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            var dir = Files.createTempDirectory("covet-migrations");
            MigrationWalkTest.migrations(fresh.db, V1.MODELS, dir).makeMigrations(MakeOptions.standard());
            // V2 makes title nullable and adds pages (with a Java default): fine; the reverse question is the test
            Migrations two = MigrationWalkTest.migrations(fresh.db, V2.MODELS, dir);
            two.makeMigrations(MakeOptions.standard());
            Migrations back = MigrationWalkTest.migrations(fresh.db, dev.covet.orm.migrate.shop.V3.MODELS, dir);
            assertThatThrownBy(() -> back.makeMigrations(MakeOptions.standard().withRenames(List.of("Book.pages=pageCount"))))
                    .isInstanceOf(MigrationError.class)
                    .hasMessageContaining("Field Book.title is made NOT NULL and has no default, so the rows already in book need a value")
                    .hasMessageContaining("--default Book.title=<value>");
            // a questioner's answer does instead
            MakeResult answered = back.makeMigrations(MakeOptions.standard().withRenames(List.of("Book.pages=pageCount"))
                    .withDryRun(true).withQuestioner(new Questioner() {
                        @Override
                        public Object askDefault(String model, String field, String type) {
                            return "Untitled";
                        }
                    }));
            assertThat(answered.files().getFirst().json()).contains("\"fill\" : \"Untitled\"");
            assertThat(answered.files().getFirst().path()).doesNotExist();
            // a check needs no value: it only says that the models moved on
            assertThat(back.makeMigrations(MakeOptions.standard().withRenames(List.of("Book.pages=pageCount")).withCheck(true))
                    .changes()).isTrue();
            // without a confirmation a rename is a removal and an addition, both visible
            MakeResult unconfirmed = back.makeMigrations(MakeOptions.standard().withDefaults(Map.of("Book.title", "x")).withDryRun(true));
            assertThat(unconfirmed.files().getFirst().operations()).contains("Remove field pages from Book", "Add field pageCount to Book");
        }
    }

    @DbTest
    void tablesMadeByCreateTablesAreAdoptedWithoutDrift(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            new SchemaEditor(fresh.db).createTables(MigrationWalkTest.infos(dev.covet.orm.migrate.shop.V6.MODELS));
            var dir = Files.createTempDirectory("covet-migrations");
            Migrations m = MigrationWalkTest.migrations(fresh.db, dev.covet.orm.migrate.shop.V6.MODELS, dir);
            assertThat(m.makeMigrations(MakeOptions.standard()).files().getFirst().name()).isEqualTo("0001_initial");
            assertThat(m.migrate(MigrateOptions.latest().withFakeInitial(true)).applied()).containsExactly("shop.0001_initial");
            assertThat(m.checkDatabase()).isEmpty();
        }
    }

    @DbTest
    void anEmptyMigrationIsWrittenForADataStep(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            var dir = Files.createTempDirectory("covet-migrations");
            Migrations m = MigrationWalkTest.migrations(fresh.db, V1.MODELS, dir);
            m.makeMigrations(MakeOptions.standard());
            MakeResult empty = m.makeMigrations(MakeOptions.standard().withApps(List.of("shop")).withEmpty(true).withName("fill_titles"));
            assertThat(empty.files().getFirst().name()).isEqualTo("0002_fill_titles");
            assertThat(Files.readString(empty.files().getFirst().path())).contains("shop.0001_initial").contains("\"operations\" : [ ]");
            assertThat(m.migrate(MigrateOptions.latest()).applied()).containsExactly("shop.0001_initial", "shop.0002_fill_titles");
            assertThatThrownBy(() -> m.makeMigrations(MakeOptions.standard().withEmpty(true))).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("name the app");
        }
    }
}
