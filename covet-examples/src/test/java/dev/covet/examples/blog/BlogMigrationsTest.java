package dev.covet.examples.blog;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.migrate.MakeOptions;
import dev.covet.orm.migrate.MigrateOptions;
import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations the demo ships agree with its models (a model changed without makemigrations fails
 * here), and build its schema on every database, a second run finding nothing to do.
 */
class BlogMigrationsTest {

    private static String server(String name) {
        return switch (name) {
            case "sqlite" -> "sqlite:target";
            case "postgresql" -> env("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres");
            default -> env("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql");
        };
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void theShippedMigrationsBuildTheBlog(String database) {
        try (ThrowawayDatabase db = ThrowawayDatabase.on(server(database), "covet_blog_test_")) {
            Covet.setup(Config.builder().database(db.url())
                    .models(User.class, Category.class, Tag.class, Post.class, PostTag.class, Comment.class).build());
            try {
                assertThat(Covet.migrations(Config.DEFAULT).makeMigrations(MakeOptions.standard().withCheck(true)).changes())
                        .as("the models changed since blog's migrations were made: run makemigrations").isFalse();
                assertThat(Covet.migrate().applied()).containsExactly("blog.0001_initial", "blog.0002_post_search");
                assertThat(Covet.migrate().nothingToDo()).isTrue();
                assertThat(Covet.database().tableNames()).contains("posts", "users", "post_tags", "comments", "covet_migrations");
                assertThat(Covet.migrations(Config.DEFAULT).checkDatabase()).isEmpty();
                assertThat(Covet.migrations(Config.DEFAULT).plan(MigrateOptions.latest())).isEmpty();
            } finally {
                Covet.shutdown();
            }
        }
    }
}
