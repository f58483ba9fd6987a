package dev.covet.orm.migrate;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.migrate.ledger.Entry;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data step in Java, given the models as they were at its migration rather than the live classes. */
class RunJavaTest {
    private static final String CREATE = "{'dependencies': [], 'operations': [{'op': 'CreateModel', 'name': 'Entry', 'table': 'ledger_entry', 'fields': ["
            + "{'name': 'id', 'type': 'AutoField', 'column': 'id', 'primaryKey': true},"
            + "{'name': 'title', 'type': 'CharField', 'column': 'title', 'maxLength': 100},"
            + "{'name': 'amountCents', 'type': 'IntegerField', 'column': 'amount_cents'}]}]}";
    private static final String SLUGS = "{'dependencies': ['ledger.0001_initial'], 'operations': ["
            + "{'op': 'AddField', 'model': 'Entry', 'field': {'name': 'slug', 'type': 'CharField', 'column': 'slug', 'maxLength': 120, 'null': true}},"
            + "{'op': 'RunJava', 'class': 'dev.covet.orm.migrate.ledger.FillSlugs', 'reversible': true},"
            + "{'op': 'AlterField', 'model': 'Entry', 'field': {'name': 'slug', 'type': 'CharField', 'column': 'slug', 'maxLength': 120}}]}";
    private static final String RENAME = "{'dependencies': ['ledger.0002_slugs'], 'operations': ["
            + "{'op': 'RenameField', 'model': 'Entry', 'oldName': 'title', 'newName': 'heading'}]}";

    @DbTest
    void aDataStepWorksOnTheModelAsItWasThen(TestDb kind) {
        Database db = kind.database();
        MigrationFiles files = new MigrationFiles().write("ledger", "0001_initial", CREATE).write("ledger", "0002_slugs", SLUGS)
                .write("ledger", "0003_heading", RENAME);
        Migrations m = Migrations.of(db, List.of(ModelRegistry.info(Entry.class)), files.source());
        try {
            m.migrate(MigrateOptions.to("ledger", "0001_initial"));
            for (Object[] row : new Object[][]{{"Rent Due", 120000}, {"Coffee", 350}}) {
                db.executeStatement(new Sql("INSERT INTO ledger_entry (title, amount_cents) VALUES (?, ?)",
                        List.of(Value.of(row[0]), Value.of(row[1]))));
            }
            assertThat(m.migrate(MigrateOptions.latest()).applied()).containsExactly("ledger.0002_slugs", "ledger.0003_heading");
            // the live class (heading, not title) reads what the step wrote through the historical model (title)
            assertThat(Entry.objects.orderBy("amountCents").values("heading", "slug").list()).containsExactly(
                    Map.of("heading", "Coffee", "slug", "coffee-350"), Map.of("heading", "Rent Due", "slug", "rent-due-120000"));
            assertThat(m.makeMigrations(MakeOptions.standard().withCheck(true)).changes()).isFalse();

            // backwards: the step's own undo runs, then the column goes
            m.migrate(MigrateOptions.to("ledger", "0001_initial"));
            assertThat(db.introspect().get("ledger_entry").column("slug")).isNull();
            assertThat(db.query(Sql.of("SELECT title FROM ledger_entry ORDER BY amount_cents"), rs -> rs.getString(1)))
                    .containsExactly("Coffee", "Rent Due");
        } finally {
            m.migrate(MigrateOptions.to("ledger", "zero"));
        }
    }

    @DbTest
    void aStepThatIsNotAJavaMigrationIsAClearError(TestDb kind) {
        MigrationFiles files = new MigrationFiles().write("ledger", "0001_initial", CREATE).write("ledger", "0002_bad",
                "{'dependencies': ['ledger.0001_initial'], 'operations': [{'op': 'RunJava', 'class': 'java.lang.String'}]}");
        Migrations m = Migrations.of(kind.database(), List.of(), files.source());
        try {
            assertThatThrownBy(() -> m.migrate(MigrateOptions.latest())).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("failed at operation 1 of 1 (Run Java java.lang.String)")
                    .hasMessageContaining("does not implement dev.covet.orm.migrate.operation.JavaMigration");
        } finally {
            m.migrate(MigrateOptions.to("ledger", "zero"));
        }
    }
}
