package dev.covet.orm.migrate;

import dev.covet.orm.DbTest;
import dev.covet.orm.Model;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.LiveTable;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AddIndex;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.migrate.operation.AlterUniqueTogether;
import dev.covet.orm.migrate.operation.CreateModel;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.RemoveField;
import dev.covet.orm.migrate.operation.RemoveIndex;
import dev.covet.orm.migrate.operation.RenameField;
import dev.covet.orm.migrate.operation.RenameModel;
import dev.covet.orm.migrate.shop.V1;
import dev.covet.orm.migrate.shop.V2;
import dev.covet.orm.migrate.shop.V3;
import dev.covet.orm.migrate.shop.V4;
import dev.covet.orm.migrate.shop.V5;
import dev.covet.orm.migrate.shop.V6;
import dev.covet.orm.migrate.shop.V7;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the shop app through seven versions of its models. At each step: makemigrations writes the
 * expected file, migrate applies it keeping every row, migrate backwards undoes it (rows kept),
 * forwards again, and makemigrations then finds nothing to do.
 */
class MigrationWalkTest {

    static List<ModelInfo<?>> infos(List<Class<? extends Model>> types) {
        List<ModelInfo<?>> out = new ArrayList<>();
        for (Class<? extends Model> t : types) {
            out.add(ModelRegistry.info(t));
        }
        return out;
    }

    static Migrations migrations(Database db, List<Class<? extends Model>> models, Path dir) {
        return Migrations.of(db, infos(models), MigrationSource.directory(dir));
    }

    static List<Class<?>> kinds(MakeResult r) {
        assertThat(r.files()).hasSize(1);
        MakeResult.NewMigration m = r.files().getFirst();
        Migration read = MigrationFile.read(m.app(), m.name(), m.json());
        return read.operations().stream().<Class<?>>map(Operation::getClass).toList();
    }

    static List<String> columns(Database db, String table) {
        LiveTable t = db.introspect().get(table);
        assertThat(t).as("table " + table).isNotNull();
        return t.columns().stream().map(c -> c.name().toLowerCase()).toList();
    }

    static long count(Database db, String table) {
        return db.query(Sql.of("SELECT COUNT(*) FROM " + db.dialect().quote(table)), rs -> rs.getLong(1)).getFirst();
    }

    static List<String> strings(Database db, String sql) {
        return db.query(Sql.of(sql), rs -> rs.getString(1));
    }

    /** Makes the migration for {@code models}, applies it, checks it backwards and forwards again. */
    static MakeResult step(Database db, Path dir, List<Class<? extends Model>> models, MakeOptions options, String previous,
                           Runnable check, Runnable checkPrevious) {
        Migrations m = migrations(db, models, dir);
        MakeResult made = m.makeMigrations(options);
        assertThat(made.changes()).isTrue();
        assertThat(made.files().getFirst().path()).exists();
        assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(1);
        check.run();
        if (previous != null) {
            MigrateResult back = m.migrate(MigrateOptions.to("shop", previous));
            assertThat(back.unapplied()).containsExactly("shop." + made.files().getFirst().name());
            checkPrevious.run();
            assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(1);
            check.run();
        }
        assertThat(m.migrate(MigrateOptions.latest()).nothingToDo()).isTrue();
        assertThat(m.makeMigrations(MakeOptions.standard().withCheck(true)).changes()).as("models and migrations agree").isFalse();
        return made;
    }

    @DbTest
    void walkThroughSevenVersions(TestDb kind) throws Exception {
        Path dir = Files.createTempDirectory("covet-migrations");
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            String q = "";
            // 1. the initial migration
            MakeResult v1 = step(db, dir, V1.MODELS, MakeOptions.standard(), null, () -> {
                assertThat(columns(db, "author")).contains("id", "name");
                assertThat(columns(db, "book")).contains("id", "title", "author_id");
            }, null);
            assertThat(v1.files().getFirst().name()).isEqualTo("0001_initial");
            assertThat(kinds(v1)).containsExactly(CreateModel.class, CreateModel.class);
            db.executeStatement(new Sql("INSERT INTO " + db.dialect().quote("author") + " (" + db.dialect().quote("name") + ") VALUES (?)", List.of(Value.of("Ann"))));
            long annId = db.query(Sql.of("SELECT id FROM " + db.dialect().quote("author")), rs -> rs.getLong(1)).getFirst();
            for (String title : List.of("Dune", "Emma")) {
                db.executeStatement(new Sql("INSERT INTO " + db.dialect().quote("book") + " (" + db.dialect().quote("title") + ", "
                        + db.dialect().quote("author_id") + ") VALUES (?, ?)", List.of(Value.of(title), Value.of(annId))));
            }

            // 2. a field added with its Java default, a field made nullable
            MakeResult v2 = step(db, dir, V2.MODELS, MakeOptions.standard(), "0001_initial", () -> {
                assertThat(columns(db, "book")).contains("pages");
                assertThat(strings(db, "SELECT pages FROM book ORDER BY id")).containsExactly("0", "0");
                assertThat(count(db, "book")).isEqualTo(2);
            }, () -> {
                assertThat(columns(db, "book")).doesNotContain("pages");
                assertThat(strings(db, "SELECT title FROM book ORDER BY id")).containsExactly("Dune", "Emma");
            });
            assertThat(v2.files().getFirst().name()).isEqualTo("0002_book_pages_alter_book_title");
            assertThat(kinds(v2)).containsExactly(AddField.class, AlterField.class);
            assertThat(v2.files().getFirst().json()).contains("\"fill\" : 0");
            db.executeStatement(Sql.of("UPDATE book SET title = NULL WHERE title = 'Emma'"));

            // 3. NOT NULL again (the NULL takes the given value), and a confirmed field rename
            MakeResult v3 = step(db, dir, V3.MODELS, MakeOptions.standard().withDefaults(Map.of("Book.title", "Untitled"))
                    .withRenames(List.of("Book.pages=pageCount")), "0002_book_pages_alter_book_title", () -> {
                assertThat(columns(db, "book")).contains("page_count").doesNotContain("pages");
                assertThat(strings(db, "SELECT title FROM book ORDER BY id")).containsExactly("Dune", "Untitled");
            }, () -> assertThat(columns(db, "book")).contains("pages").doesNotContain("page_count"));
            assertThat(kinds(v3)).containsExactly(RenameField.class, AlterField.class);

            // 4. a confirmed model rename (its table follows), an index and a unique-together
            MakeResult v4 = step(db, dir, V4.MODELS, MakeOptions.standard().withRenames(List.of("Author=Writer")),
                    v3.files().getFirst().name(), () -> {
                        assertThat(db.introspect()).containsKey("writer").doesNotContainKey("author");
                        assertThat(strings(db, "SELECT name FROM writer")).containsExactly("Ann");
                        LiveTable book = db.introspect().get("book");
                        assertThat(book.indexesOn(List.of("title"))).extracting(LiveTable.Index::name).contains("book_title_idx");
                        assertThat(book.indexesOn(List.of("title", "author_id"))).anyMatch(LiveTable.Index::unique);
                    }, () -> {
                        assertThat(db.introspect()).containsKey("author").doesNotContainKey("writer");
                        assertThat(db.introspect().get("book").indexesOn(List.of("title"))).isEmpty();
                    });
            assertThat(kinds(v4)).containsExactly(RenameModel.class, AlterUniqueTogether.class, AddIndex.class);
            assertThat(count(db, "book")).isEqualTo(2);

            // 5. index and unique-together removed, a nullable key and an automatic many-to-many added
            MakeResult v5 = step(db, dir, V5.MODELS, MakeOptions.standard(), v4.files().getFirst().name(), () -> {
                assertThat(columns(db, "book")).contains("editor_id");
                assertThat(db.introspect()).containsKey("tag").containsKey("book_tags");
                assertThat(db.introspect().get("book").indexesOn(List.of("title"))).isEmpty();
            }, () -> assertThat(db.introspect()).doesNotContainKey("book_tags").doesNotContainKey("tag"));
            assertThat(kinds(v5)).containsExactly(CreateModel.class, RemoveIndex.class, AddField.class, AddField.class,
                    AlterUniqueTogether.class);

            // 6. a many-to-many through a model, a bigger integer, a longer text
            MakeResult v6 = step(db, dir, V6.MODELS, MakeOptions.standard(), v5.files().getFirst().name(), () -> {
                assertThat(db.introspect()).containsKey("book_award").containsKey("award");
                LiveTable book = db.introspect().get("book");
                assertThat(book.column("title").size()).isEqualTo(kind.isSqlite() ? book.column("title").size() : 300);
                assertThat(strings(db, "SELECT page_count FROM book ORDER BY id")).containsExactly("0", "0");
            }, () -> assertThat(db.introspect()).doesNotContainKey("book_award"));
            assertThat(kinds(v6)).containsExactly(CreateModel.class, CreateModel.class, AddField.class, AlterField.class, AlterField.class);

            // 7. a field removed
            step(db, dir, V7.MODELS, MakeOptions.standard(), v6.files().getFirst().name(),
                    () -> assertThat(columns(db, "book")).doesNotContain("page_count"),
                    () -> assertThat(columns(db, "book")).contains("page_count"));
            assertThat(strings(db, "SELECT title FROM book ORDER BY id")).containsExactly("Dune", "Untitled");

            // all the way back, then forwards: every table goes, then comes back
            Migrations m = migrations(db, V7.MODELS, dir);
            assertThat(m.migrate(MigrateOptions.to("shop", "zero")).unapplied()).hasSize(7);
            assertThat(db.introspect().keySet()).containsExactly("covet_migrations");
            assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(7);
            assertThat(m.status("shop")).allMatch(MigrationStatus::applied).hasSize(7);
        }
    }
}
