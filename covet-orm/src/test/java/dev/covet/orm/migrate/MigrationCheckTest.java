package dev.covet.orm.migrate;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AddIndex;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.migrate.operation.AlterModelTable;
import dev.covet.orm.migrate.operation.AlterUniqueTogether;
import dev.covet.orm.migrate.operation.DeleteModel;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.RemoveField;
import dev.covet.orm.migrate.operation.RenameField;
import dev.covet.orm.migrate.operation.RenameModel;
import dev.covet.orm.migrate.operation.RunSql;
import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.sql.Sql;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The linter's rules, and the drift check against a live database changed by hand. */
class MigrationCheckTest {
    private static final String NOTES = "{'dependencies': [], 'operations': [{'op': 'CreateModel', 'name': 'Note', 'table': 'notes_note', 'fields': ["
            + "{'name': 'id', 'type': 'AutoField', 'column': 'id', 'primaryKey': true},"
            + "{'name': 'text', 'type': 'CharField', 'column': 'text', 'maxLength': 100, 'dbIndex': true},"
            + "{'name': 'n', 'type': 'IntegerField', 'column': 'n'}]}]}";

    private static FieldState field(String name, String type, boolean nullable) {
        return new FieldState(name, type, name, nullable, false, false, false, type.equals("CharField") ? 50 : 0, 0, 0, false, null, null);
    }

    /** The findings of {@code op}, run after the notes app's first migration. */
    private static List<String> lint(Database db, Operation op) {
        MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", NOTES);
        Migration m = new Migration("notes", "0002_x", List.of("notes.0001_initial"), List.of(op), true, List.of(), null);
        ProjectState state = Migrations.of(db, List.of(), files.source()).graph().state(java.util.Set.of("notes.0001_initial"));
        return MigrationLinter.findings(op, m, state, db.dialect());
    }

    @DbTest
    void eachRiskyOperationIsFlaggedWithASaferWay(TestDb kind) {
        Database db = kind.database();
        Map<Operation, String> rules = new java.util.LinkedHashMap<>();
        rules.put(new DeleteModel("Note"), "[drop-table]");
        rules.put(new RemoveField("Note", "n"), "[drop-column]");
        rules.put(new RenameField("Note", "n", "count"), "[rename-column]");
        rules.put(new RenameModel("Note", "Memo", null), "[rename-table]");
        rules.put(new AlterModelTable("Note", "memos"), "[rename-table]");
        rules.put(new AddField("Note", field("size", "IntegerField", false), null), "[not-null-without-default]");
        rules.put(new AddField("Note", field("size", "IntegerField", false), 0), "[table-rewrite]");
        rules.put(new AlterField("Note", field("n", "BigIntegerField", false), null), "[type-change]");
        rules.put(new AlterUniqueTogether("Note", List.of(List.of("text", "n"))), "[lock-table]");
        rules.put(new RunSql(List.of("UPDATE notes_note SET n = 0"), null, Map.of()), "[irreversible]");
        rules.forEach((op, rule) -> assertThat(lint(db, op)).as(op.describe()).anyMatch(f -> f.startsWith(rule) && f.contains("Safer")
                || f.startsWith(rule)));
        // nullable then NOT NULL
        MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", NOTES.replace("'column': 'n'}", "'column': 'n', 'null': true}"));
        Migration m = new Migration("notes", "0002_x", List.of("notes.0001_initial"), List.of(), true, List.of(), null);
        ProjectState state = Migrations.of(db, List.of(), files.source()).graph().state(java.util.Set.of("notes.0001_initial"));
        assertThat(MigrationLinter.findings(new AlterField("Note", field("n", "IntegerField", false), 0), m, state, db.dialect()))
                .anyMatch(f -> f.startsWith("[not-null]"));
        // an index built while writes wait: only where the database can build one without that
        AddIndex index = new AddIndex("Note", new IndexState("note_n_idx", List.of("n"), List.of(false), false), false);
        assertThat(lint(db, index).stream().anyMatch(f -> f.startsWith("[index-lock]"))).isEqualTo(db.dialect().ddl().buildsIndexesConcurrently());
        assertThat(lint(db, new AddIndex("Note", index.index(), true))).noneMatch(f -> f.startsWith("[index-lock]"));
        // a harmless change says nothing
        assertThat(lint(db, new AddField("Note", field("note", "TextField", true), null))).isEmpty();
    }

    @DbTest
    void theDriftCheckFindsWhatWasChangedByHand(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            MigrationFiles files = new MigrationFiles().write("notes", "0001_initial", NOTES);
            Migrations m = Migrations.of(db, List.of(), files.source());
            m.migrate(MigrateOptions.latest());
            assertThat(m.checkDatabase()).noneMatch(line -> line.startsWith("table ") || line.startsWith("column ") || line.startsWith("index "));

            var d = db.dialect();
            db.executeStatement(Sql.of("ALTER TABLE " + d.quote("notes_note") + " ADD COLUMN " + d.quote("extra") + " INTEGER"));
            db.executeStatement(Sql.of(d.ddl().dropIndex("notes_note", "notes_note_text_idx")));
            if (d.ddl().rebuildsTablesToAlter()) {
                db.schemaAtomic(() -> {
                    db.executeStatement(Sql.of("CREATE TABLE new__n (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, n TEXT NOT NULL, extra INTEGER)"));
                    db.executeStatement(Sql.of("INSERT INTO new__n SELECT id, text, n, extra FROM notes_note"));
                    db.executeStatement(Sql.of("DROP TABLE notes_note"));
                    db.executeStatement(Sql.of("ALTER TABLE new__n RENAME TO notes_note"));
                    return null;
                });
            } else {
                d.ddl().alterColumn("notes_note", "n", "BIGINT", false, false, true).forEach(s -> db.executeStatement(Sql.of(s)));
            }
            List<String> drift = m.checkDatabase();
            assertThat(drift).anyMatch(l -> l.startsWith("column notes_note.extra: in the database, in no migration"));
            assertThat(drift).anyMatch(l -> l.startsWith("index notes_note_text_idx on notes_note (text): missing from the database"));
            assertThat(drift).anyMatch(l -> l.startsWith("column notes_note.n: type "));
        }
    }
}
