package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.internal.query.RecordShape;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.query.Count;
import dev.covet.orm.testing.CaptureQueries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Typed projections: {@code values(BookRow.class)} reads rows into records, components matched to fields by
 * name, {@link FieldPath} or a camelCase relation path, and checked against the fields' types before any query.
 */
class RecordProjectionTest {
    public record BookRow(String title, int pages, BigDecimal price, LocalDate published) {
    }

    public record WithAuthor(String title, String authorName, Long author) {
    }

    public record Renamed(@FieldPath("title") String heading, @FieldPath("author__name") String writer,
                          @FieldPath("publisher__name") String house) {
    }

    public record Pair(String a, Long b) {
    }

    public record Counted(String name, Long n) {
    }

    public record WrongType(String title, String pages) {
    }

    public record Unknown(String title, String subtitle) {
    }

    public record NullablePrimitive(String title, long publisher) {
    }

    public record Yearly(String title, @FieldPath("published__year") Integer year) {
    }

    private static void books() {
        Author ann = Author.objects.create(Map.of("name", "Ann"));
        Author bob = Author.objects.create(Map.of("name", "Bob"));
        Publisher ace = Publisher.objects.create(Map.of("name", "Ace"));
        Book.objects.create(Map.of("title", "Dune", "pages", 412, "author", ann, "publisher", ace,
                "price", new BigDecimal("9.50"), "published", LocalDate.of(1965, 8, 1)));
        Book.objects.create(Map.of("title", "Emma", "pages", 300, "author", bob));
    }

    @DbTest
    void componentsReadTheFieldsOfTheirNames(TestDb db) {
        books();
        List<BookRow> rows;
        try (CaptureQueries q = CaptureQueries.start()) {
            rows = Book.objects.orderBy("title").values(BookRow.class).list();
            assertThat(q.count()).isEqualTo(1);
        }
        assertThat(rows).containsExactly(
                new BookRow("Dune", 412, new BigDecimal("9.50"), LocalDate.of(1965, 8, 1)),
                new BookRow("Emma", 300, new BigDecimal("0.00"), null));
    }

    @DbTest
    void camelCaseNamesReadRelationPathsAndAForeignKeyItsKey(TestDb db) {
        books();
        Author ann = Author.objects.get("name", "Ann");
        List<WithAuthor> rows = Book.objects.orderBy("title").values(WithAuthor.class).list();
        assertThat(rows.getFirst()).isEqualTo(new WithAuthor("Dune", "Ann", ann.id));
        assertThat(rows.get(1).authorName()).isEqualTo("Bob");
    }

    @DbTest
    void fieldPathNamesTheSourceOfAComponent(TestDb db) {
        books();
        assertThat(Book.objects.orderBy("title").values(Renamed.class).list())
                .containsExactly(new Renamed("Dune", "Ann", "Ace"), new Renamed("Emma", "Bob", null));
        assertThat(Book.objects.filter("title", "Dune").values(Yearly.class).get()).isEqualTo(new Yearly("Dune", 1965));
    }

    @DbTest
    void givenFieldNamesMapToComponentsInOrder(TestDb db) {
        books();
        Author bob = Author.objects.get("name", "Bob");
        assertThat(Book.objects.filter("author__name", "Bob").values(Pair.class, "title", "author").list())
                .containsExactly(new Pair("Emma", bob.id));
    }

    @DbTest
    void annotationsFillComponentsOfTheirNames(TestDb db) {
        books();
        assertThat(Author.objects.annotate("n", Count.of("books")).orderBy("name").values(Counted.class).list())
                .containsExactly(new Counted("Ann", 1L), new Counted("Bob", 1L));
    }

    @DbTest
    void mismatchesFailBeforeAnyQueryNamingComponentFieldAndType(TestDb db) {
        try (CaptureQueries q = CaptureQueries.start()) {
            assertThatThrownBy(() -> Book.objects.values(WrongType.class))
                    .isInstanceOf(FieldError.class)
                    .hasMessageContaining("'String pages'").hasMessageContaining("Book.pages").hasMessageContaining("Integer");
            assertThatThrownBy(() -> Book.objects.values(Unknown.class))
                    .isInstanceOf(FieldError.class)
                    .hasMessageContaining("'String subtitle'").hasMessageContaining("matches no field of Book")
                    .hasMessageContaining("@FieldPath");
            assertThatThrownBy(() -> Book.objects.values(NullablePrimitive.class))
                    .isInstanceOf(FieldError.class)
                    .hasMessageContaining("'long publisher'").hasMessageContaining("nullable").hasMessageContaining("Long");
            assertThatThrownBy(() -> Book.objects.values(Pair.class, "title"))
                    .isInstanceOf(FieldError.class).hasMessageContaining("for the 2 components of Pair");
            assertThatThrownBy(() -> Book.objects.values(Pair.class, "title", "pages"))
                    .isInstanceOf(FieldError.class).hasMessageContaining("'Long b'").hasMessageContaining("Book.pages");
            assertThatThrownBy(() -> Book.objects.values(Pair.class, "title", "nope__x"))
                    .isInstanceOf(FieldError.class).hasMessageContaining("nope");
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<Record> notARecord = (Class) String.class;
            assertThatThrownBy(() -> Book.objects.values(notARecord))
                    .isInstanceOf(FieldError.class).hasMessageContaining("is not a record");
            assertThat(q.count()).as("no query ran").isZero();
        }
    }

    @DbTest
    void recordQuerySetsChainAndSlice(TestDb db) {
        books();
        RecordQuerySet<BookRow> rows = Book.objects.values(BookRow.class);
        assertThat(rows.filter("pages__gt", 350).count()).isEqualTo(1);
        assertThat(rows.orderBy("-pages").first().orElseThrow().title()).isEqualTo("Dune");
        assertThat(rows.orderBy("title").slice(1, 2).list()).extracting(BookRow::title).containsExactly("Emma");
    }

    @org.junit.jupiter.api.Test
    void camelCaseSplitsTryMoreHopsFirst() {
        assertThat(RecordShape.splits("authorCountryCode"))
                .containsExactly("author__country__code", "author__countryCode", "authorCountry__code");
        assertThat(RecordShape.splits("title")).isEmpty();
    }
}
