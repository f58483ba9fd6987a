package dev.covet.cli;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two {@code covet migrate} processes started at the same moment on one database apply each migration once. */
class ConcurrentMigrateTest {
    private static final String BLOG = "dev.covet.cli.blog";
    private static final String BLOG_V2 = "dev.covet.cli.blog2";

    @TempDir
    Path dir;

    private CovetProcess process(String models) {
        return CovetProcess.in(dir).env("COVET_MODELS", models);
    }

    private static CovetProcess.Result ok(CovetProcess.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    @EveryDatabase
    void twoMigrateProcessesAtOnceApplyEachMigrationExactlyOnce(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            String url = db.url();
            // two migrations: the first version's tables, then a rename and a new NOT NULL column
            ok(process(BLOG).run("makemigrations", "--database-url", url));
            ok(process(BLOG_V2).run("makemigrations", "blog", "--database-url", url,
                    "--rename", "Post.title=headline", "--default", "Post.views=0"));

            // both started before either is waited for: the lock makes one of them wait for the other
            CovetProcess.Running first = process(BLOG_V2).start("migrate", "--database-url", url);
            CovetProcess.Running second = process(BLOG_V2).start("migrate", "--database-url", url);
            CovetProcess.Result a = ok(first.await());
            CovetProcess.Result b = ok(second.await());

            // between them each migration and each operation ran, and was reported, in exactly one process
            // (the one that waited finds the work done and says nothing of it)
            String both = a.out() + b.out();
            assertThat(count(both, "Applying blog.0001_initial")).as(a + "\n" + b).isEqualTo(1);
            assertThat(count(both, "Applying blog.0002_")).as(a + "\n" + b).isEqualTo(1);
            assertThat(count(both, ": Create model Author")).as(a + "\n" + b).isEqualTo(1);
            assertThat(count(both, ": Create model Post")).as(a + "\n" + b).isEqualTo(1);
            assertThat(count(both, ": Rename field title on Post to headline")).as(a + "\n" + b).isEqualTo(1);
            assertThat(count(both, ": Add field views to Post")).as(a + "\n" + b).isEqualTo(1);

            try (Database check = Database.open("check", DatabaseSettings.builder(url).maxPoolSize(1).build())) {
                List<String> recorded = check.query(
                        Sql.of("SELECT app, name FROM covet_migrations ORDER BY name"), rs -> rs.getString(1) + "." + rs.getString(2));
                assertThat(recorded).hasSize(2);
                assertThat(recorded.get(0)).isEqualTo("blog.0001_initial");
                assertThat(recorded.get(1)).startsWith("blog.0002_");
                assertThat(check.tableNames()).contains("author", "post");
                // the second migration's columns are there: the rows a process would write fit the second version
                assertThat(check.query(Sql.of("SELECT COUNT(*) FROM post WHERE headline IS NULL AND views = 0"),
                        rs -> rs.getInt(1))).containsExactly(0);
            }
            assertThat(ok(process(BLOG_V2).run("migrate", "--database-url", url)).out()).contains("No migrations to apply");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
