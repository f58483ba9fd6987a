package dev.covet.orm.sql;

import dev.covet.orm.DbTest;
import dev.covet.orm.QuerySet;
import dev.covet.orm.TestDb;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Car;
import dev.covet.orm.models.Motorcycle;
import dev.covet.orm.models.Vehicle;
import dev.covet.orm.query.Query;
import dev.covet.orm.testing.CaptureQueries;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code count()} over a model's own table keeps its {@code SELECT COUNT(*) ... FROM} part per model,
 * dialect and registry generation and compiles only the WHERE. Each test checks the statement is the
 * one the full compiler writes, and the counts are those of that query and model alone.
 */
class CountTemplateTest {
    private static Dialect dialect(TestDb db) {
        return db.database().dialect();
    }

    private static void sameAsFullPath(QuerySet<?> qs, Dialect d) {
        Query q = qs.query();
        CompiledAggregate kept = AggregateCompiler.count(q, d);
        CompiledAggregate full = AggregateCompiler.fullCount(q, d);
        assertThat(kept.sql()).isEqualTo(full.sql());
        assertThat(kept.names()).isEqualTo(full.names());
        assertThat(kept.empty()).isEqualTo(full.empty());
    }

    @DbTest
    void theKeptStatementIsTheFullCompilersAndCountsItsOwnRows(TestDb db) {
        Author ann = Author.objects.create(Map.of("name", "Ann"));
        Author bob = Author.objects.create(Map.of("name", "Bob"));
        for (int i = 0; i < 5; i++) {
            Book.objects.create(Map.of("title", "b" + i, "pages", 100 * i, "author", i < 3 ? ann : bob));
        }
        Dialect d = dialect(db);
        for (int round = 0; round < 2; round++) {
            assertThat(Book.objects.count()).isEqualTo(5);
            assertThat(Book.objects.filter("pages__gte", 200).count()).isEqualTo(3);
            assertThat(Book.objects.filter("pages__gte", 400).count()).isEqualTo(1);
            assertThat(Book.objects.filter("pages__lt", 0).count()).isZero();
            assertThat(Author.objects.count()).isEqualTo(2);
            assertThat(Author.objects.filter("name", "Ann").count()).isEqualTo(1);
            // a join across the key takes the full path, and still counts right
            assertThat(Book.objects.filter("author__name", "Bob").count()).isEqualTo(2);
            assertThat(Book.objects.exclude("author__name", "Bob").count()).isEqualTo(3);
        }
        assertThat(CountTemplates.cached(ModelRegistry.info(Book.class), d)).isNotNull();
        assertThat(CountTemplates.cached(ModelRegistry.info(Author.class), d)).isNotNull();
        sameAsFullPath(Book.objects.all(), d);
        sameAsFullPath(Book.objects.filter("pages__gte", 200), d);
        sameAsFullPath(Book.objects.filter("pages__gte", 200).exclude("title__startswith", "x"), d);
        sameAsFullPath(Book.objects.filter("pages__in", List.of()), d);
        sameAsFullPath(Book.objects.filter("author__name", "Bob"), d);
        sameAsFullPath(Author.objects.filter("name__icontains", "a").orderBy("-name"), d);
        // matching nothing asks the database nothing, as before
        try (CaptureQueries q = CaptureQueries.start()) {
            assertThat(Book.objects.filter("pages__in", List.of()).count()).isZero();
            assertThat(q.sql()).isEmpty();
        }
    }

    @DbTest
    void aSingleTableSubclassKeepsItsDiscriminator(TestDb db) {
        Car.objects.create(Map.of("name", "golf", "numDoors", 3));
        Car.objects.create(Map.of("name", "polo", "numDoors", 5));
        Motorcycle.objects.create(Map.of("name", "vespa"));
        for (int round = 0; round < 2; round++) {
            assertThat(Vehicle.objects.count()).isEqualTo(3);
            assertThat(Car.objects.count()).isEqualTo(2);
            assertThat(Motorcycle.objects.count()).isEqualTo(1);
            assertThat(Car.objects.filter("name", "golf").count()).isEqualTo(1);
            assertThat(Motorcycle.objects.filter("name", "golf").count()).isZero();
        }
        // every query of a subclass carries a condition, so it has no template of its own
        assertThat(CountTemplates.cached(ModelRegistry.info(Car.class), dialect(db))).isNull();
        sameAsFullPath(Car.objects.filter("name", "golf"), dialect(db));
        sameAsFullPath(Vehicle.objects.filter("name", "golf"), dialect(db));
    }
}
