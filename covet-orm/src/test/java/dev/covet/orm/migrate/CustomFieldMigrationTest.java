package dev.covet.orm.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.models.custom.Priced;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A custom field in migrations: the file records its type and column types, adding it to a table
 * with rows works both ways, a second makemigrations finds nothing, a changed column type is an AlterField.
 */
class CustomFieldMigrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @DbTest
    void aCustomFieldIsAddedToATableWithRowsAndBackAgain(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            var d = db.dialect();
            Path dir = Files.createTempDirectory("covet-custom");
            Migrations m = MigrationWalkTest.migrations(db, List.of(Priced.class), dir);
            MakeResult first = m.makeMigrations(MakeOptions.standard());
            Path initial = first.files().getFirst().path();
            assertThat(first.files().getFirst().json())
                    .contains("\"custom\" : \"dev.covet.orm.models.custom.MoneyType\"")
                    .contains("\"postgresql\" : \"NUMERIC(12,2)\"").contains("\"mysql\" : \"DECIMAL(12,2)\"")
                    .contains("\"custom\" : \"dev.covet.orm.models.custom.UpperType\"");
            // the first migration without price: the table exists with rows before it is added
            ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(initial));
            ArrayNode fields = (ArrayNode) doc.get("operations").get(0).get("fields");
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (fields.get(i).get("name").asText().equals("price")) {
                    fields.remove(i);
                }
            }
            Files.writeString(initial, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            m = MigrationWalkTest.migrations(db, List.of(Priced.class), dir);
            m.migrate(MigrateOptions.latest());
            for (String name : List.of("a", "b")) {
                db.executeStatement(new Sql("INSERT INTO " + d.quote("priced") + " (" + d.quote("name") + ", " + d.quote("code")
                        + ") VALUES (?, ?)", List.of(Value.of(name), Value.of(name.toUpperCase() + "X"))));
            }

            MakeResult second = m.makeMigrations(MakeOptions.standard());
            assertThat(MigrationWalkTest.kinds(second)).containsOnly(AddField.class);
            m = MigrationWalkTest.migrations(db, List.of(Priced.class), dir);
            assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(1);
            assertThat(MigrationWalkTest.columns(db, "priced")).contains("price");
            db.executeStatement(Sql.of("UPDATE " + d.quote("priced") + " SET " + d.quote("price") + " = 12.345"));
            // the column type of each database: two decimals on PostgreSQL and MariaDB
            List<String> prices = MigrationWalkTest.strings(db, "SELECT " + d.quote("price") + " FROM " + d.quote("priced"));
            assertThat(prices).hasSize(2);
            if (!kind.isSqlite()) {
                assertThat(prices).containsOnly("12.35");
            }
            assertThat(m.makeMigrations(MakeOptions.standard().withCheck(true)).changes()).as("models and migrations agree").isFalse();
            assertThat(m.checkDatabase()).noneMatch(l -> l.startsWith("column "));

            // backwards: the column goes, the rows stay
            m.migrate(MigrateOptions.to(first.files().getFirst().app(), first.files().getFirst().name()));
            assertThat(MigrationWalkTest.columns(db, "priced")).doesNotContain("price").contains("name", "code");
            assertThat(MigrationWalkTest.count(db, "priced")).isEqualTo(2);
            // a changed column type is an AlterField
            ObjectNode added = (ObjectNode) JSON.readTree(Files.readString(second.files().getFirst().path()));
            ObjectNode price = (ObjectNode) added.get("operations").get(0).get("field");
            ((ObjectNode) price.get("columnTypes")).put("postgresql", "NUMERIC(14,2)").put("mysql", "DECIMAL(14,2)");
            Files.writeString(second.files().getFirst().path(), JSON.writeValueAsString(added));
            m = MigrationWalkTest.migrations(db, List.of(Priced.class), dir);
            MakeResult altered = m.makeMigrations(MakeOptions.standard().withDryRun(true));
            assertThat(altered.files()).singleElement().satisfies(f -> assertThat(MigrationFile.read(f.app(), f.name(), f.json()).operations())
                    .singleElement().isInstanceOf(AlterField.class));
            assertThat(altered.files().getFirst().json()).contains("\"postgresql\" : \"NUMERIC(12,2)\"");

            // applied: the column is made with the edited type, then altered back to the model's
            m.migrate(MigrateOptions.latest());
            assertThat(precision(db, kind)).isEqualTo(kind.isSqlite() ? null : 14);
            assertThat(m.makeMigrations(MakeOptions.standard()).files()).hasSize(1);
            m = MigrationWalkTest.migrations(db, List.of(Priced.class), dir);
            assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(1);
            assertThat(precision(db, kind)).isEqualTo(kind.isSqlite() ? null : 12);
            assertThat(MigrationWalkTest.count(db, "priced")).isEqualTo(2);
            assertThat(m.makeMigrations(MakeOptions.standard().withCheck(true)).changes()).isFalse();

        }
    }

    /** The price column's declared precision on PostgreSQL and MariaDB; null on SQLite. */
    private static Integer precision(Database db, TestDb kind) {
        if (kind.isSqlite()) {
            return null;
        }
        String schema = kind.isPostgres() ? "current_schema()" : "DATABASE()";
        return db.query(Sql.of("SELECT numeric_precision FROM information_schema.columns WHERE table_schema = " + schema
                + " AND table_name = 'priced' AND column_name = 'price'"), rs -> rs.getInt(1)).getFirst();
    }
}
