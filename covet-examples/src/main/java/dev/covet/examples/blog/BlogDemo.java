package dev.covet.examples.blog;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.migrate.MigrateResult;
import dev.covet.orm.migrate.MigrationStatus;

import java.nio.file.Path;

/**
 * The blog application of Covet's specification, on embedded SQLite, printed as it goes. The story
 * has three chapters:
 * <ol>
 * <li>{@link Basics}: models, saving, lookups, Q and F, aggregation, get-or-create, validation,
 * an async query;</li>
 * <li>{@link Relations}: forward and reverse keys, comments, tags through a model with extra fields,
 * and what {@code selectRelated} and {@code prefetchRelated} save in queries;</li>
 * <li>{@link Lifecycle}: a transaction that fails and one that commits, {@code Covet.onCommit}, and
 * deletes that cascade.</li>
 * </ol>
 * The signal receivers of {@link BlogSignals} are connected at setup and speak up along the way.
 *
 * <p>The schema comes from the migrations the application ships ({@code covet/migrations/blog/} on the
 * classpath, written by {@code makemigrations}): the first run migrates an empty SQLite file, later runs
 * find nothing to do. Run it with {@code ./run demo}; pass a database URL to run it elsewhere
 * ({@code ./run demo postgresql://postgres@127.0.0.1/blog}). Every run starts from empty tables.
 */
public final class BlogDemo {
    private BlogDemo() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : sqliteFile();
        step("Set up Covet on " + url.replaceAll("//([^:@/]*):[^@]*@", "//$1:***@"));
        Covet.setup(Config.builder().database(url)
                .models(User.class, Category.class, Tag.class, Post.class, PostTag.class, Comment.class).build());
        try {
            step("Migrate the database");
            MigrateResult migrated = Covet.migrate();
            say(migrated.nothingToDo() ? "no migrations to apply: the schema is up to date"
                    : "applied " + String.join(", ", migrated.applied()));
            for (MigrationStatus s : Covet.migrations(Config.DEFAULT).status(null)) {
                say((s.applied() ? "[X] " : "[ ] ") + s.app() + "." + s.name());
            }
            say("tables: " + Covet.database().tableNames().stream().sorted().toList());
            emptyTables();
            BlogSignals.connect();
            Basics.run();
            Relations.run();
            Lifecycle.run();
        } finally {
            BlogSignals.disconnect();
            Covet.shutdown();
        }
        step("Done");
    }

    /** The demo's SQLite file in the temporary directory, kept from run to run (the migrations know what it holds). */
    private static String sqliteFile() {
        return "sqlite:" + Path.of(System.getProperty("java.io.tmpdir"), "covet-blog.db");
    }

    /** Deletes the rows a previous run left, so that the story starts from empty tables. */
    private static void emptyTables() {
        Comment.objects.all().delete();
        PostTag.objects.all().delete();
        Post.objects.all().delete();
        Tag.objects.all().delete();
        Category.objects.all().delete();
        User.objects.all().delete();
    }

    /** Prints the title of a step of the story. */
    static void step(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    /** Prints what a step did. */
    static void say(String line) {
        System.out.println("   " + line);
    }
}
