package dev.covet.orm.migrate;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.operation.AddIndex;
import dev.covet.orm.migrate.search.Memos;
import dev.covet.orm.sql.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search index added by a migration to a table that has rows indexes those rows, is written and read
 * back by makemigrations, keeps following new rows, and is dropped when the migration is reversed.
 */
class SearchIndexMigrationTest {
    /** The ids of the memos whose title or body hold {@code word}, asked in the database's own full-text SQL. */
    private static List<Long> found(Database db, TestDb kind, String word) {
        String sql = switch (kind.name()) {
            case "sqlite" -> "SELECT rowid FROM memo_search WHERE memo_search MATCH ? ORDER BY rowid";
            case "postgresql" -> "SELECT id FROM search_memo WHERE to_tsvector('english', COALESCE(title, '') || ' ' || COALESCE(body, ''))"
                    + " @@ plainto_tsquery('english', ?) ORDER BY id";
            default -> "SELECT id FROM search_memo WHERE MATCH (title, body) AGAINST (? IN BOOLEAN MODE) ORDER BY id";
        };
        return db.query(Sql.of(sql, dev.covet.orm.query.Value.of(word)), rs -> rs.getLong(1));
    }

    private static long indexObjects(Database db, TestDb kind) {
        String sql = switch (kind.name()) {
            case "sqlite" -> "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'memo_search%'";
            case "postgresql" -> "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'memo_search' AND indexdef LIKE '%USING gin%'";
            default -> "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'memo_search'"
                    + " AND index_type = 'FULLTEXT'";
        };
        return db.query(Sql.of(sql), rs -> rs.getLong(1)).getFirst();
    }

    @DbTest
    void aSearchIndexMigrationIndexesExistingRowsAndIsReversible(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            Path dir = Files.createTempDirectory("covet-migrations");
            MigrationWalkTest.migrations(db, Memos.PLAIN, dir).makeMigrations(MakeOptions.standard());
            MigrationWalkTest.migrations(db, Memos.PLAIN, dir).migrate(MigrateOptions.latest());
            var d = db.dialect();
            for (String[] row : new String[][]{{"Foxes", "the quick brown fox"}, {"Dogs", "a lazy dog sleeps"}}) {
                db.executeStatement(new Sql("INSERT INTO " + d.quote("search_memo") + " (" + d.quote("title") + ", " + d.quote("body")
                        + ") VALUES (?, ?)", List.of(dev.covet.orm.query.Value.of(row[0]), dev.covet.orm.query.Value.of(row[1]))));
            }

            Migrations searched = MigrationWalkTest.migrations(db, Memos.SEARCHED, dir);
            MakeResult made = searched.makeMigrations(MakeOptions.standard());
            assertThat(MigrationWalkTest.kinds(made)).containsExactly(AddIndex.class);
            assertThat(made.files().getFirst().json()).contains("\"search\" : true");
            String second = made.files().getFirst().name();
            searched.migrate(MigrateOptions.latest());

            assertThat(found(db, kind, "fox")).containsExactly(1L);
            assertThat(found(db, kind, kind.name().equals("mariadb") ? "+dog" : "dog")).containsExactly(2L);
            assertThat(indexObjects(db, kind)).isPositive();
            // re-read from the file, the state has the index: nothing more to write, no drift
            assertThat(MigrationWalkTest.migrations(db, Memos.SEARCHED, dir).makeMigrations(MakeOptions.standard()).files()).isEmpty();
            assertThat(searched.checkDatabase()).isEmpty();

            if (kind.isSqlite()) {
                // the triggers keep the FTS5 table in step with the rows
                db.executeStatement(Sql.of("UPDATE search_memo SET body = 'a zebra' WHERE id = 2"));
                assertThat(found(db, kind, "zebra")).containsExactly(2L);
                assertThat(found(db, kind, "sleeps")).isEmpty();
            }

            MigrationWalkTest.migrations(db, Memos.SEARCHED, dir).migrate(MigrateOptions.to("search", "0001_initial"));
            assertThat(second).isNotEqualTo("0001_initial");
            assertThat(indexObjects(db, kind)).isZero();
            if (kind.isSqlite()) {
                db.executeStatement(Sql.of("INSERT INTO search_memo (title, body) VALUES ('x', 'y')"));   // no trigger left behind
            }
        }
    }

    @DbTest
    void droppingAModelDropsItsSearchIndexWithIt(TestDb kind) throws Exception {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            Path dir = Files.createTempDirectory("covet-migrations");
            MigrationWalkTest.migrations(db, Memos.SEARCHED, dir).makeMigrations(MakeOptions.standard());
            MigrationWalkTest.migrations(db, Memos.SEARCHED, dir).migrate(MigrateOptions.latest());
            assertThat(indexObjects(db, kind)).isPositive();
            // backwards past the model's creation: its table and every object of its search index go
            MigrationWalkTest.migrations(db, Memos.SEARCHED, dir).migrate(MigrateOptions.to("search", "zero"));
            assertThat(indexObjects(db, kind)).isZero();

            // forwards again, then the model is deleted by a migration of its own
            MigrationWalkTest.migrations(db, Memos.SEARCHED, dir).migrate(MigrateOptions.latest());
            Migrations gone = MigrationWalkTest.migrations(db, List.of(), dir);
            MakeResult made = gone.makeMigrations(MakeOptions.standard());
            assertThat(MigrationWalkTest.kinds(made)).containsExactly(dev.covet.orm.migrate.operation.DeleteModel.class);
            gone.migrate(MigrateOptions.latest());
            assertThat(indexObjects(db, kind)).isZero();
        }
    }
}
