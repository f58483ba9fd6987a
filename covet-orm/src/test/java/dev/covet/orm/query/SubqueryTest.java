package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Chapter;
import dev.covet.orm.testing.CaptureQueries;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.covet.orm.Fixtures.author;
import static dev.covet.orm.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Subquery, OuterRef (nested) and Exists, and a QuerySet on the right of {@code in}: rows on every database. */
class SubqueryTest {
    /** Ann wrote A1 (100 pages, 2020) and A2 (300 pages, 2021), Bob wrote B1 (50 pages, 2019), Cy none. */
    private static void library() {
        Author ann = author("Ann");
        Author bob = author("Bob");
        author("Cy");
        Book a1 = book("A1", 100, LocalDate.of(2020, 1, 1), ann);
        book("A2", 300, LocalDate.of(2021, 5, 1), ann);
        Book b1 = book("B1", 50, LocalDate.of(2019, 3, 1), bob);
        chapter("Ann", a1);
        chapter("x", b1);
    }

    private static void chapter(String title, Book book) {
        Chapter c = new Chapter();
        c.title = title;
        c.book.set(book);
        c.save();
    }

    private static QuerySet<Book> booksOfOuterAuthor() {
        return Book.objects.filter("author", OuterRef.of("pk"));
    }

    private static List<String> names(QuerySet<Author> qs) {
        return qs.orderBy("name").valuesList(String.class, "name").list();
    }

    private static Map<String, Object> byName(QuerySet<Author> qs, String annotation) {
        Map<String, Object> out = new HashMap<>();
        for (Map<String, Object> row : qs.values("name", annotation).list()) {
            out.put((String) row.get("name"), row.get(annotation));
        }
        return out;
    }

    @DbTest
    void theLatestBookPerAuthorIsOneQuery() {
        library();
        QuerySet<Author> qs = Author.objects.annotate("latest",
                Subquery.of(booksOfOuterAuthor().orderBy("-published").values("title").limit(1)));
        Map<String, Object> latest = CaptureQueries.assertNumQueries(1, () -> byName(qs, "latest"));
        assertThat(latest).containsEntry("Ann", "A2").containsEntry("Bob", "B1").containsEntry("Cy", null).hasSize(3);
    }

    @DbTest
    void aSubqueryAnnotationFiltersAndOrders() {
        library();
        Subquery longest = Subquery.of(booksOfOuterAuthor().orderBy("-pages").valuesList(Integer.class, "pages").limit(1));
        assertThat(names(Author.objects.annotate("longest", longest).filter("longest__gt", 100))).containsExactly("Ann");
        assertThat(Author.objects.orderBy(longest.desc().nullsLast()).valuesList(String.class, "name").list())
                .containsExactly("Ann", "Bob", "Cy");
        Map<String, Object> pages = byName(Author.objects.annotate("longest", longest), "longest");
        assertThat(((Number) pages.get("Ann")).intValue()).isEqualTo(300);
    }

    @DbTest
    void aSubqueryOnTheRightOfALookupReadsTheSameTable() {
        library();
        Subquery longestOfSameAuthor = Subquery.of(Book.objects.filter("author", OuterRef.of("author"))
                .orderBy("-pages").values("pages").limit(1));
        assertThat(Book.objects.filter("pages", longestOfSameAuthor).orderBy("title").valuesList(String.class, "title").list())
                .containsExactly("A2", "B1");
    }

    @DbTest
    void existsFiltersAndItsNegationKeepsTheOthers() {
        library();
        Exists longBook = Exists.of(booksOfOuterAuthor().filter("pages__gt", 200));
        Exists anyBook = Exists.of(booksOfOuterAuthor());
        assertThat(names(Author.objects.filter(longBook))).containsExactly("Ann");
        assertThat(names(Author.objects.filter(anyBook))).containsExactly("Ann", "Bob");
        assertThat(names(Author.objects.exclude(anyBook))).containsExactly("Cy");
        assertThat(names(Author.objects.filter(anyBook.not()))).containsExactly("Cy");
        assertThat(names(Author.objects.filter(Q.of(anyBook).not()))).containsExactly("Cy");
        assertThat(names(Author.objects.filter(Q.of(longBook).or("name", "Cy")))).containsExactly("Ann", "Cy");
        assertThat(names(Author.objects.filter(anyBook).exclude(longBook))).containsExactly("Bob");
    }

    @DbTest
    void existsAsAnAnnotationIsABoolean() {
        library();
        Map<String, Object> has = byName(Author.objects.annotate("hasBooks", Exists.of(booksOfOuterAuthor())), "hasBooks");
        assertThat(has).containsEntry("Ann", true).containsEntry("Bob", true).containsEntry("Cy", false);
    }

    @DbTest
    void anOuterRefReachesTwoQueriesOut() {
        library();
        // authors with a book that has a chapter titled with the author's own name
        Exists chapterNamedAfterAuthor = Exists.of(Chapter.everything.filter("book", OuterRef.of("pk"))
                .filter("title", OuterRef.of(OuterRef.of("name"))));
        QuerySet<Author> qs = Author.objects.filter(Exists.of(booksOfOuterAuthor().filter(chapterNamedAfterAuthor)));
        assertThat(names(qs)).containsExactly("Ann");
        assertThat(names(Author.objects.exclude(Exists.of(booksOfOuterAuthor().filter(chapterNamedAfterAuthor)))))
                .containsExactly("Bob", "Cy");
    }

    @DbTest
    void updateSetsAColumnFromASubquery() {
        library();
        int n = Book.objects.filter("pages__lt", 200).update("title",
                Subquery.of(Author.objects.filter("pk", OuterRef.of("author")).values("name").limit(1)));
        assertThat(n).isEqualTo(2);
        assertThat(Book.objects.orderBy("pages").valuesList(String.class, "title").list()).containsExactly("Bob", "Ann", "A2");
    }

    @DbTest
    void inAQuerySetOrValuesListIsOneQuery() {
        library();
        List<String> viaModels = CaptureQueries.assertNumQueries(1, () -> Book.objects
                .filter("author__in", Author.objects.filter("name__startswith", "A")).orderBy("title")
                .valuesList(String.class, "title").list());
        assertThat(viaModels).containsExactly("A1", "A2");
        List<String> viaValues = CaptureQueries.assertNumQueries(1, () -> Book.objects
                .filter("author__in", Author.objects.filter("name", "Bob").valuesList(Long.class, "id")).orderBy("title")
                .valuesList(String.class, "title").list());
        assertThat(viaValues).containsExactly("B1");
        assertThat(names(Author.objects.filter("pk__in", Book.objects.filter("pages__gt", 60).values("author")))).containsExactly("Ann");
    }

    @DbTest
    void anOuterRefOutsideASubqueryIsAClearError() {
        library();
        assertThatThrownBy(() -> Author.objects.filter("name", OuterRef.of("name")).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("OuterRef(\"name\") is not inside a subquery");
        assertThatThrownBy(() -> Author.objects.annotate("x", OuterRef.of("pk")).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("not inside a subquery");
        // two levels out from a subquery that is only one level deep
        assertThatThrownBy(() -> Author.objects.filter(Exists.of(Book.objects.filter("author", OuterRef.of(OuterRef.of("pk"))))).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("OuterRef(OuterRef(\"pk\"))");
    }

    @DbTest
    void badFieldsAndShapesInsideSubqueriesAreClearErrors() {
        library();
        assertThatThrownBy(() -> Author.objects.annotate("x", Subquery.of(Book.objects.filter("author", OuterRef.of("nope")).values("title"))))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope").hasMessageContaining("Choices are");
        assertThatThrownBy(() -> Author.objects.annotate("x", Subquery.of(Book.objects.filter("nope", OuterRef.of("pk")))))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> OuterRef.of("name'); DROP TABLE author; --"))
                .isInstanceOf(FieldError.class).hasMessageContaining("is not a field path");
        assertThatThrownBy(() -> Subquery.of(Book.objects.values("title", "pages")))
                .isInstanceOf(FieldError.class).hasMessageContaining("exactly one column");
        assertThatThrownBy(() -> Author.objects.filter(F.of("name")))
                .isInstanceOf(FieldError.class).hasMessageContaining("Only a condition");
        assertThat(Author.objects.count()).isEqualTo(3);
    }
}
