package dev.covet.orm.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.models.Ticket;
import dev.covet.orm.sql.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database defaults in migrations: a NOT NULL field with a dbDefault added to a table with rows (no
 * one-off value asked for, the rows take the default), a changed default, the drift check, backwards.
 */
class DbDefaultMigrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Questioner NEVER_ASKED = new Questioner() {
        @Override
        public Object askDefault(String model, String field, String type) {
            throw new AssertionError("asked for a one-off value for " + model + "." + field);
        }
    };

    @DbTest
    void aNotNullFieldWithADatabaseDefaultFillsExistingRows(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            Path dir = Files.createTempDirectory("covet-dbdefault");
            Migrations m = MigrationWalkTest.migrations(db, List.of(Ticket.class), dir);
            MakeResult first = m.makeMigrations(MakeOptions.standard().withQuestioner(NEVER_ASKED));
            Path initial = first.files().getFirst().path();
            assertThat(first.files().getFirst().json()).contains("\"dbDefault\" : \"open\"").contains("\"dbDefaultNow\" : true");
            // the first migration without status and opened_at: the table exists with rows before they are added
            ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(initial));
            ArrayNode fields = (ArrayNode) doc.get("operations").get(0).get("fields");
            for (int i = fields.size() - 1; i >= 0; i--) {
                String name = fields.get(i).get("name").asText();
                if (name.equals("status") || name.equals("openedAt")) {
                    fields.remove(i);
                }
            }
            Files.writeString(initial, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            m = MigrationWalkTest.migrations(db, List.of(Ticket.class), dir);
            m.migrate(MigrateOptions.latest());
            var d = db.dialect();
            for (String title : List.of("a", "b")) {
                db.executeStatement(new Sql("INSERT INTO " + d.quote("ticket") + " (" + d.quote("title") + ") VALUES (?)",
                        List.of(dev.covet.orm.query.Value.of(title))));
            }

            MakeResult second = m.makeMigrations(MakeOptions.standard().withQuestioner(NEVER_ASKED));
            assertThat(MigrationWalkTest.kinds(second)).containsOnly(AddField.class);
            assertThat(second.files().getFirst().warnings()).noneMatch(w -> w.startsWith("[not-null-without-default]"));
            m = MigrationWalkTest.migrations(db, List.of(Ticket.class), dir);
            assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(1);
            assertThat(MigrationWalkTest.strings(db, "SELECT " + d.quote("status") + " FROM " + d.quote("ticket"))).containsExactly("open", "open");
            assertThat(MigrationWalkTest.strings(db, "SELECT " + d.quote("opened_at") + " FROM " + d.quote("ticket"))).doesNotContainNull().hasSize(2);
            assertThat(m.checkDatabase()).noneMatch(l -> l.startsWith("column "));
            assertThat(m.makeMigrations(MakeOptions.standard().withCheck(true)).changes()).as("models and migrations agree").isFalse();

            // a changed default is an AlterField; new rows take it
            ObjectNode alter = (ObjectNode) JSON.readTree("{\"dependencies\": [\"" + second.files().getFirst().app() + "." + second.files().getFirst().name()
                    + "\"], \"operations\": [{\"op\": \"AlterField\", \"model\": \"Ticket\", \"field\": "
                    + "{\"name\": \"status\", \"type\": \"CharField\", \"column\": \"status\", \"maxLength\": 20, \"dbDefault\": \"triage\"}}]}");
            Path third = initial.resolveSibling("0003_status_triage.json");
            Files.writeString(third, JSON.writeValueAsString(alter));
            m = MigrationWalkTest.migrations(db, List.of(Ticket.class), dir);
            assertThat(m.makeMigrations(MakeOptions.standard().withDryRun(true).withQuestioner(NEVER_ASKED)).files())
                    .singleElement().satisfies(f -> assertThat(MigrationFile.read(f.app(), f.name(), f.json()).operations())
                            .singleElement().isInstanceOf(AlterField.class));
            m.migrate(MigrateOptions.latest());
            db.executeStatement(new Sql("INSERT INTO " + d.quote("ticket") + " (" + d.quote("title") + ") VALUES (?)",
                    List.of(dev.covet.orm.query.Value.of("c"))));
            assertThat(MigrationWalkTest.strings(db, "SELECT " + d.quote("status") + " FROM " + d.quote("ticket") + " ORDER BY "
                    + d.quote("title"))).containsExactly("open", "open", "triage");

            // backwards: the default goes back, then the columns go
            String app = second.files().getFirst().app();
            m.migrate(MigrateOptions.to(app, second.files().getFirst().name()));
            db.executeStatement(new Sql("INSERT INTO " + d.quote("ticket") + " (" + d.quote("title") + ") VALUES (?)",
                    List.of(dev.covet.orm.query.Value.of("d"))));
            assertThat(MigrationWalkTest.strings(db, "SELECT " + d.quote("status") + " FROM " + d.quote("ticket") + " WHERE "
                    + d.quote("title") + " = 'd'")).containsExactly("open");
            m.migrate(MigrateOptions.to(app, first.files().getFirst().name()));
            assertThat(MigrationWalkTest.columns(db, "ticket")).doesNotContain("status", "opened_at").contains("title", "priority");
            assertThat(MigrationWalkTest.count(db, "ticket")).isEqualTo(4);
        }
    }

    @DbTest
    void aChangedDefaultIsSeenByMakemigrations(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Path dir = Files.createTempDirectory("covet-dbdefault");
            Migrations m = MigrationWalkTest.migrations(fresh.db, List.of(Ticket.class), dir);
            Path initial = m.makeMigrations(MakeOptions.standard()).files().getFirst().path();
            JsonNode doc = JSON.readTree(Files.readString(initial));
            for (JsonNode f : doc.get("operations").get(0).get("fields")) {
                if (f.get("name").asText().equals("priority")) {
                    ((ObjectNode) f).put("dbDefault", "7");
                }
                if (f.get("name").asText().equals("fee")) {
                    ((ObjectNode) f).remove("dbDefault");
                }
            }
            Files.writeString(initial, JSON.writeValueAsString(doc));
            m = MigrationWalkTest.migrations(fresh.db, List.of(Ticket.class), dir);
            MakeResult changed = m.makeMigrations(MakeOptions.standard().withDryRun(true));
            Migration read = MigrationFile.read(changed.files().getFirst().app(), changed.files().getFirst().name(), changed.files().getFirst().json());
            assertThat(read.operations()).hasSize(2).allMatch(o -> o instanceof AlterField);
            assertThat(changed.files().getFirst().json()).contains("\"dbDefault\" : \"3\"").contains("\"dbDefault\" : \"9.50\"");
        }
    }
}
