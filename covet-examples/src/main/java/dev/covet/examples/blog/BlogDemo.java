package dev.covet.examples.blog;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The blog application of Covet's specification, on embedded SQLite, printed as it goes. The story
 * has four chapters:
 * <ol>
 * <li>{@link Basics}: models, saving, lookups, Q and F, aggregation, get-or-create, validation,
 * an async query;</li>
 * <li>{@link Relations}: forward and reverse keys, comments, tags through a model with extra fields,
 * and what {@code selectRelated} and {@code prefetchRelated} save in queries;</li>
 * <li>{@link Expressions}: subqueries, {@code Exists}, {@code Case} / {@code When}, a conditional
 * count, window functions and database functions, one query each;</li>
 * <li>{@link Lifecycle}: a transaction that fails and one that commits, {@code Covet.onCommit}, and
 * deletes that cascade.</li>
 * </ol>
 * The signal receivers of {@link BlogSignals} are connected at setup and speak up along the way.
 *
 * <p>Run it with {@code ./run demo}; pass a database URL to run it elsewhere
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
            Covet.dropTables();
            Covet.createTables();
            say("tables: " + Covet.database().tableNames().stream().sorted().toList());
            BlogSignals.connect();
            Basics.run();
            Relations.run();
            Expressions.run();
            Lifecycle.run();
        } finally {
            BlogSignals.disconnect();
            Covet.shutdown();
        }
        step("Done");
    }

    /** A fresh SQLite file in the temporary directory: the previous run's is removed first. */
    private static String sqliteFile() throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "covet-blog-demo.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        return "sqlite:" + file;
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
