package dev.covet.orm.routing;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.Model;
import dev.covet.orm.SeveralDatabases;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.RoutingError;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.migrate.MakeOptions;
import dev.covet.orm.migrate.MigrateOptions;
import dev.covet.orm.migrate.MigrationSource;
import dev.covet.orm.migrate.Migrations;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Tag;
import dev.covet.orm.testing.CaptureQueries;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Routers chained as Django's DATABASE_ROUTERS, on two throwaway databases of each kind. */
class RouterTest {
    /** Authors live on 'other'; books are left to the instance's database or default; 'other' has no book table. */
    static final class AuthorsElsewhere implements Router {
        final List<String> asked = new ArrayList<>();

        @Override
        public String dbForRead(Class<? extends Model> model, Hints hints) {
            asked.add("read " + model.getSimpleName());
            return model == Author.class ? "other" : null;
        }

        @Override
        public String dbForWrite(Class<? extends Model> model, Hints hints) {
            asked.add("write " + model.getSimpleName());
            return model == Author.class ? "other" : null;
        }

        @Override
        public Boolean allowMigrate(String db, String app, String model) {
            return "Book".equals(model) || "Tag".equals(model) ? db.equals("default") : null;
        }
    }

    /** Lets any two objects be related, wherever they come from. */
    static final class Anything implements Router {
        @Override
        public Boolean allowRelation(Model a, Model b) {
            return true;
        }
    }

    private static SeveralDatabases open(TestDb kind, Router... routers) {
        SeveralDatabases dbs = SeveralDatabases.open(kind, List.of("default", "other"), urls -> Config.builder()
                .database("default", urls.get("default"), s -> s.maxPoolSize(4))
                .database("other", urls.get("other"), s -> s.maxPoolSize(4))
                .routers(routers)
                .models(Author.class, Book.class)
                .build());
        Covet.createTables("default");
        Covet.createTables("other");
        return dbs;
    }

    @DbTest
    void readsAndWritesGoWhereTheRouterSaysAndUsingAlwaysWins(TestDb kind) {
        AuthorsElsewhere router = new AuthorsElsewhere();
        try (SeveralDatabases ignored = open(kind, router)) {
            assertThat(Covet.database("other").tableNames()).contains("author").doesNotContain("book");
            assertThat(Covet.database("default").tableNames()).contains("author", "book");

            Author ann = Author.objects.create(Map.of("name", "Ann"));
            assertThat(Instances.database(ann)).isEqualTo("other");
            assertThat(Author.objects.using("other").count()).isEqualTo(1);
            assertThat(Author.objects.using("default").count()).as("using() wins over the router").isZero();
            try (CaptureQueries q = CaptureQueries.start()) {
                assertThat(Author.objects.all().list()).extracting(a -> a.name).containsExactly("Ann");
                assertThat(q.queries()).extracting(e -> e.database()).containsExactly("other");
            }
            assertThat(router.asked).contains("write Author", "read Author");

            Author loaded = Author.objects.get("name", "Ann");
            assertThat(Instances.database(loaded)).isEqualTo("other");
            loaded.name = "Anne";
            loaded.save();
            assertThat(Author.objects.using("other").get("pk", loaded.pk()).name).isEqualTo("Anne");

            // a model the router leaves alone: default, and an instance goes back to the database it came from
            Author bob = Author.objects.using("default").create(Map.of("name", "Bob"));
            Book b = Book.objects.create(Map.of("title", "B", "pages", 3, "author", bob));
            assertThat(Instances.database(b)).isEqualTo("default");
            Book again = Book.objects.using("default").get("pk", b.pk());
            again.pages = 4;
            again.save();
            assertThat(Book.objects.using("default").get("pk", b.pk()).pages).isEqualTo(4);
        }
    }

    @DbTest
    void relatedManagersAndPrefetchesFollowTheInstancesDatabase(TestDb kind) {
        try (SeveralDatabases ignored = open(kind)) {
            Author onOther = Author.objects.using("other").create(Map.of("name", "Ann"));
            Author onDefault = Author.objects.using("default").create(Map.of("name", "Ann"));
            // the 'other' database gets a book table of its own for this test
            Covet.createTables("other");
            Book.objects.using("other").create(Map.of("title", "Other's", "pages", 1, "author", onOther));
            Book.objects.using("default").create(Map.of("title", "Default's", "pages", 1, "author", onDefault));

            Author other = Author.objects.using("other").get("name", "Ann");
            try (CaptureQueries q = CaptureQueries.start()) {
                assertThat(other.books.all().list()).extracting(x -> x.title).containsExactly("Other's");
                assertThat(q.queries()).extracting(e -> e.database()).containsOnly("other");
            }
            List<Author> prefetched = Author.objects.using("other").prefetchRelated("books").list();
            assertThat(prefetched.getFirst().books.all().list()).extracting(x -> x.title).containsExactly("Other's");
            Book created = other.books.create(Map.of("title", "Second", "pages", 2));
            assertThat(Instances.database(created)).isEqualTo("other");
            assertThat(Book.objects.using("default").count()).isEqualTo(1);
        }
    }

    @DbTest
    void atomicOnAnAliasRollsBackThere(TestDb kind) {
        try (SeveralDatabases ignored = open(kind)) {
            assertThatThrownBy(() -> Covet.atomic("other", () -> {
                Author.objects.using("other").create(Map.of("name", "Gone"));
                Author.objects.using("default").create(Map.of("name", "Kept"));
                assertThat(Covet.database("other").inTransaction()).isTrue();
                assertThat(Covet.database("default").inTransaction()).isFalse();
                throw new IllegalStateException("undo");
            })).hasMessage("undo");
            assertThat(Author.objects.using("other").count()).isZero();
            assertThat(Author.objects.using("default").count()).isEqualTo(1);
            String name = Covet.atomic("other", () -> Author.objects.using("other").create(Map.of("name", "Stays")).name);
            assertThat(name).isEqualTo("Stays");
            assertThat(Author.objects.using("other").count()).isEqualTo(1);
        }
    }

    @DbTest
    void aRelationAcrossDatabasesNeedsARouterThatAllowsIt(TestDb kind) {
        try (SeveralDatabases ignored = open(kind)) {
            Author there = Author.objects.using("other").create(Map.of("name", "There"));
            Author here = Author.objects.using("default").create(Map.of("name", "Here"));
            Book book = Book.objects.using("default").create(Map.of("title", "T", "pages", 1, "author", here));
            assertThatThrownBy(() -> book.author.set(there))
                    .isInstanceOf(RoutingError.class)
                    .hasMessageContaining("from database 'other'")
                    .hasMessageContaining("from database 'default'");
            assertThatThrownBy(() -> there.books.add(book)).isInstanceOf(RoutingError.class);
            assertThat(book.author.get().name).as("the refused assignment changed nothing").isEqualTo("Here");
            Book unsaved = new Book();
            unsaved.author.set(there);
            assertThat(unsaved.author.get()).isSameAs(there);
        }
        try (SeveralDatabases ignored = open(kind, new Anything())) {
            Author there = Author.objects.using("other").create(Map.of("name", "There"));
            Author here = Author.objects.using("default").create(Map.of("name", "Here"));
            Book book = Book.objects.using("default").create(Map.of("title", "T", "pages", 1, "author", here));
            book.author.set(there);
            assertThat(book.author.get()).isSameAs(there);
        }
    }

    @DbTest
    void migrationsSkipTheModelsARouterRefusesForTheAlias(TestDb kind, @TempDir Path dir) {
        AuthorsElsewhere router = new AuthorsElsewhere();
        SeveralDatabases dbs = SeveralDatabases.open(kind, List.of("default", "other"), urls -> Config.builder()
                .database("default", urls.get("default"), s -> s.maxPoolSize(4))
                .database("other", urls.get("other"), s -> s.maxPoolSize(4))
                .routers(router)
                .models(Author.class, Book.class)
                .build());
        try (dbs) {
            List<ModelInfo<?>> models = List.of(ModelRegistry.info(Author.class), ModelRegistry.info(Tag.class));
            Migrations other = Migrations.of(Covet.database("other"), models, MigrationSource.directory(dir));
            assertThat(other.makeMigrations(MakeOptions.standard()).changes()).isTrue();
            assertThat(other.migrate(MigrateOptions.latest()).applied()).isNotEmpty();
            assertThat(Covet.database("other").tableNames()).contains("author").doesNotContain("tag");

            Migrations main = Migrations.of(Covet.database("default"), models, MigrationSource.directory(dir));
            main.migrate(MigrateOptions.latest());
            assertThat(Covet.database("default").tableNames()).contains("author", "tag");
        }
    }

    @DbTest
    void badRouterConfigurationIsRefused(TestDb kind) {
        try (SeveralDatabases ignored = open(kind, new Router() {
            @Override
            public String dbForRead(Class<? extends Model> model, Hints hints) {
                return "nowhere";
            }
        })) {
            assertThatThrownBy(() -> Author.objects.all().list())
                    .isInstanceOf(ImproperlyConfigured.class)
                    .hasMessageContaining("'nowhere'");
        }
    }
}
