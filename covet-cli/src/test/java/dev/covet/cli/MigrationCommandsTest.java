package dev.covet.cli;

import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** makemigrations, migrate, showmigrations, sqlmigrate, lintmigrations, squashmigrations and check, as processes on each database. */
class MigrationCommandsTest {
    private static final String BLOG = "dev.covet.cli.blog";
    private static final String BLOG_V2 = "dev.covet.cli.blog2";

    @TempDir
    Path dir;

    private CovetProcess.Result covet(ThrowawayDatabase db, String models, String... args) throws Exception {
        return CovetProcess.in(dir).env("DATABASE_URL", db.url()).env("COVET_MODELS", models).run(args);
    }

    private static CovetProcess.Result ok(CovetProcess.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    private static CovetProcess.Result exits(int code, CovetProcess.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(code);
        return r;
    }

    @EveryDatabase
    void theWorkflowFromModelsToTheDatabaseAndBack(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            CovetProcess.Result r = exits(ExitCode.CHANGES, covet(db, BLOG, "makemigrations", "--check"));
            assertThat(r.out()).contains("Missing migration for 'blog'", "(not written)");
            assertThat(r.err()).contains("run covet makemigrations");
            assertThat(dir.resolve("migrations")).doesNotExist();

            r = ok(covet(db, BLOG, "makemigrations"));
            assertThat(dir.resolve("migrations/blog/0001_initial.json")).exists();
            assertThat(r.out()).contains("Migrations for 'blog':", "migrations/blog/0001_initial.json", "    - ");

            assertThat(ok(covet(db, BLOG, "sqlmigrate", "blog", "0001")).out()).containsIgnoringCase("CREATE TABLE").contains("post");
            assertThat(ok(covet(db, BLOG, "migrate", "--plan")).out()).contains("Planned migrations:", "  blog.0001_initial");
            r = ok(covet(db, BLOG, "migrate"));
            assertThat(r.out()).contains("Applying blog.0001_initial (", "operation 1 of ", "OK blog.0001_initial in ", "Applied 1, unapplied 0");
            assertThat(ok(covet(db, BLOG, "showmigrations", "--plan")).out()).isEqualTo("[X]  blog.0001_initial\n");

            // the second version renames a field and adds a NOT NULL one: neither is guessed
            r = exits(ExitCode.CHANGES, covet(db, BLOG_V2, "check"));
            assertThat(r.out()).contains("app blog: no migration holds", "views");
            r = exits(ExitCode.MIGRATION_FAILED, covet(db, BLOG_V2, "makemigrations"));
            assertThat(r.err()).contains("need a value", "--default Post.");
            r = ok(covet(db, BLOG_V2, "makemigrations", "blog", "--rename", "Post.title=headline", "--default", "Post.views=0"));
            assertThat(r.out()).containsIgnoringCase("rename").contains("views");
            Path second;
            try (Stream<Path> files = Files.list(dir.resolve("migrations/blog"))) {
                second = files.filter(p -> p.getFileName().toString().startsWith("0002_")).findFirst().orElseThrow();
            }
            assertThat(Files.readString(second)).contains("headline", "views");
            assertThat(r.out()).contains("Warning: blog.0002");
            r = exits(ExitCode.CHANGES, covet(db, BLOG_V2, "lintmigrations", "blog"));
            assertThat(r.out()).contains("blog.0002", "risky operation");

            r = ok(covet(db, BLOG_V2, "migrate", "blog"));
            assertThat(r.out()).contains("Applying blog.0002_");
            assertThat(ok(covet(db, BLOG_V2, "migrate")).out()).contains("No migrations to apply");
            assertThat(ok(covet(db, BLOG_V2, "check", "--database")).out()).contains("No issues found");

            r = ok(covet(db, BLOG_V2, "migrate", "blog", "0001"));
            assertThat(r.out()).contains("Unapplying blog.0002_", "Applied 0, unapplied 1");
            assertThat(ok(covet(db, BLOG_V2, "showmigrations", "blog")).out()).startsWith("blog\n [X] 0001_initial\n [ ] 0002_");

            r = ok(covet(db, BLOG_V2, "squashmigrations", "blog", "0001", "0002"));
            assertThat(r.out()).contains("Wrote ", "0001_squashed_0002_");
        }
    }

    @EveryDatabase
    void unknownAppsAndMigrationsAreUsageErrorsThatListTheChoices(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, BLOG, "makemigrations"));
            for (String[] args : new String[][]{{"migrate", "shop"}, {"sqlmigrate", "shop", "0001"}}) {
                CovetProcess.Result r = exits(ExitCode.USAGE, covet(db, BLOG, args));
                assertThat(r.err()).contains("Unknown app 'shop'", "the apps are: blog");
            }
            CovetProcess.Result r = exits(ExitCode.USAGE, covet(db, BLOG, "sqlmigrate", "blog", "0099"));
            assertThat(r.err()).contains("no migration '0099'", "0001_initial");
        }
    }

    @EveryDatabase
    void makemigrationsAsksOnATerminal(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, BLOG, "makemigrations"));
            CovetProcess.Result r = ok(CovetProcess.in(dir).env("DATABASE_URL", db.url()).env("COVET_MODELS", BLOG_V2)
                    .stdin("y\n7\n").run("makemigrations", "--interactive", "--dry-run"));
            assertThat(r.out()).contains("Was Post.title renamed to Post.headline? [y/N]", "Post.views", "A one-off value",
                    "(not written)", "headline");
            assertThat(r.out()).contains("7");
            try (Stream<Path> files = Files.list(dir.resolve("migrations/blog"))) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("0001_initial.json");
            }
        }
    }

    @EveryDatabase
    void fakeInitialAdoptsTablesThatExistAndCheckFindsDrift(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, BLOG, "createtables"));
            ok(covet(db, BLOG, "makemigrations"));
            CovetProcess.Result r = ok(covet(db, BLOG, "migrate", "--fake-initial"));
            assertThat(r.out()).contains("FAKED blog.0001_initial");

            // a column added by hand is drift
            String alter = "ALTER TABLE author ADD COLUMN extra INTEGER";
            ok(covet(db, BLOG, switch (database) {
                case "sqlite" -> new String[]{"dbshell", "--", alter + ";"};
                case "postgresql" -> new String[]{"dbshell", "--", "-c", alter};
                default -> new String[]{"dbshell", "--", "-e", alter};
            }));
            r = exits(ExitCode.CHANGES, covet(db, BLOG, "check", "--database"));
            assertThat(r.out()).contains("extra", "issue");
        }
    }

    @EveryDatabase
    void aFailingMigrationExitsWithThree(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, BLOG, "makemigrations"));
            // the table is there already, made behind the migrations' back
            ok(covet(db, BLOG, "createtables"));
            CovetProcess.Result r = exits(ExitCode.MIGRATION_FAILED, covet(db, BLOG, "migrate"));
            assertThat(r.out()).contains("Applying blog.0001_initial");
            assertThat(r.err()).contains("blog.0001_initial", "covet showmigrations");
        }
    }

    @EveryDatabase
    void inspectdbOfAMigratedDatabaseGivesModelsWithNothingToMigrate(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, "dev.covet.cli.shop", "makemigrations"));
            ok(covet(db, "dev.covet.cli.shop", "migrate"));
            ok(covet(db, "dev.covet.cli.shop", "inspectdb", "--output", "src", "--package", "gen.shop"));
            JavaSources.compile(dir.resolve("src"), dir.resolve("classes"));
            CovetProcess.Result r = ok(CovetProcess.in(dir).env("DATABASE_URL", db.url())
                    .run("makemigrations", "--check", "--models", "gen.shop", "--classpath", dir.resolve("classes").toString()));
            assertThat(r.out()).contains("No changes detected.");
        }
    }

    @EveryDatabase
    void inspectdbReadsAnAutomaticJunctionTableBackAsAManyToManyField(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, "dev.covet.cli.library", "makemigrations"));
            ok(covet(db, "dev.covet.cli.library", "migrate"));
            CovetProcess.Result r = ok(covet(db, "dev.covet.cli.library", "inspectdb", "--output", "src", "--package", "gen.library"));
            assertThat(r.out()).contains("Article.java (table article)", "Label.java (table label)").doesNotContain("ArticleLabels");
            assertThat(dir.resolve("src/gen/library/ArticleLabels.java")).doesNotExist();
            assertThat(Files.readString(dir.resolve("src/gen/library/Article.java")))
                    .contains("import dev.covet.orm.field.ManyToManyField;", "import dev.covet.orm.relation.ManyToMany;",
                            "@ManyToManyField public ManyToMany<Label> labels;");
            assertThat(Files.readString(dir.resolve("src/gen/library/Label.java"))).doesNotContain("ManyToMany");
            JavaSources.compile(dir.resolve("src"), dir.resolve("classes"));
            r = ok(CovetProcess.in(dir).env("DATABASE_URL", db.url())
                    .run("makemigrations", "--check", "--models", "gen.library", "--classpath", dir.resolve("classes").toString()));
            assertThat(r.out()).contains("No changes detected.");

            // named, the junction table is written as a model of its own
            r = ok(covet(db, "dev.covet.cli.library", "inspectdb", "--package", "gen.library", "article_labels"));
            assertThat(r.out()).contains("// ArticleLabels.java", "public Ref<Article> article;", "public Ref<Label> label;");
        }
    }

    @EveryDatabase
    void inspectdbKeepsAJunctionWithAColumnOfItsOwnAsAModel(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, "dev.covet.cli.club", "makemigrations"));
            ok(covet(db, "dev.covet.cli.club", "migrate"));
            CovetProcess.Result r = ok(covet(db, "dev.covet.cli.club", "inspectdb", "--output", "src", "--package", "gen.club"));
            assertThat(r.out()).contains("Club.java (table club)", "Person.java (table person)", "Membership.java (table membership)");
            assertThat(Files.readString(dir.resolve("src/gen/club/Membership.java")))
                    .contains("public Ref<Club> club;", "public Ref<Person> person;", "@IntegerField public Integer joined;",
                            "@Unique({\"club\", \"person\"})");
            assertThat(Files.readString(dir.resolve("src/gen/club/Club.java"))).doesNotContain("ManyToMany");
            JavaSources.compile(dir.resolve("src"), dir.resolve("classes"));
        }
    }

    @EveryDatabase
    void twoBranchesThatEachAddedAMigrationAreMerged(String database) throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "migrations.dir=migrations\n");
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            ok(covet(db, BLOG, "makemigrations"));
            CovetProcess.Result r = ok(covet(db, BLOG, "makemigrations", "blog", "--empty", "--name", "left"));
            assertThat(r.out()).contains("0002_left.json");
            Path left = dir.resolve("migrations/blog/0002_left.json");
            Files.copy(left, dir.resolve("migrations/blog/0002_right.json"));

            r = exits(ExitCode.MIGRATION_FAILED, covet(db, BLOG, "makemigrations"));
            assertThat(r.err()).contains("Conflicting migrations in app blog", "--merge");
            r = ok(covet(db, BLOG, "makemigrations", "--merge"));
            assertThat(r.out()).contains("Migrations for 'blog':", "0003_merge_");
            r = ok(covet(db, BLOG, "migrate"));
            assertThat(r.out()).contains("Applied 4, unapplied 0");
        }
    }
}
