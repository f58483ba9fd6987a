package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.Tag;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Sum;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lookups across relations, with Django's multi-valued semantics. */
class SpanningLookupTest {
    /**
     * alice: "Dune" (500 pages, tags sf+classic, publisher Ace), "Emma" (100 pages, tag classic)
     * bob: "Short" (50 pages, tag sf)
     * carol: no books
     */
    private static void library() {
        Author alice = Author.objects.create(Map.of("name", "alice"));
        Author bob = Author.objects.create(Map.of("name", "bob"));
        Author.objects.create(Map.of("name", "carol"));
        Publisher ace = Publisher.objects.create(Map.of("name", "Ace"));
        Tag sf = Tag.objects.create(Map.of("name", "sf"));
        Tag classic = Tag.objects.create(Map.of("name", "classic"));
        Book dune = Book.objects.create(Map.of("title", "Dune", "author", alice, "pages", 500, "publisher", ace, "price", "9.99"));
        Book emma = Book.objects.create(Map.of("title", "Emma", "author", alice, "pages", 100, "price", "5.00"));
        Book shortBook = Book.objects.create(Map.of("title", "Short", "author", bob, "pages", 50, "price", "1.00"));
        dune.tags.add(sf, classic);
        emma.tags.add(classic);
        shortBook.tags.add(sf);
    }

    private static List<String> authors(QuerySet<Author> qs) {
        return qs.valuesList(String.class, "name").list();
    }

    private static List<String> books(QuerySet<Book> qs) {
        return qs.orderBy("title").valuesList(String.class, "title").list();
    }

    @DbTest
    void forwardReverseAndManyToManyInEveryDirection() {
        library();
        assertThat(books(Book.objects.filter("author__name", "alice"))).containsExactly("Dune", "Emma");
        assertThat(books(Book.objects.filter("publisher__name__iexact", "ace"))).containsExactly("Dune");
        assertThat(books(Book.objects.filter("tags__name", "sf"))).containsExactly("Dune", "Short");
        assertThat(authors(Author.objects.filter("books__title__icontains", "UN").distinct())).containsExactly("alice");
        assertThat(authors(Author.objects.filter("books__tags__name", "sf").distinct())).containsExactly("alice", "bob");
        assertThat(Tag.objects.filter("books__author__name", "bob").valuesList(String.class, "name").list()).containsExactly("sf");
        assertThat(Publisher.objects.filter("books__tags__name", "classic").valuesList(String.class, "name").list()).containsExactly("Ace");
        assertThat(authors(Author.objects.filter("books__isnull", true))).containsExactly("carol");
        assertThat(authors(Author.objects.filter("books__publisher__isnull", false))).containsExactly("alice");
    }

    @DbTest
    void multiValuedFiltersRepeatRowsAsDjangoDoes() {
        library();
        // alice has two books with more than 60 pages: she comes back once per book
        assertThat(authors(Author.objects.filter("books__pages__gt", 60))).containsExactly("alice", "alice");
        assertThat(authors(Author.objects.filter("books__pages__gt", 60).distinct())).containsExactly("alice");
        assertThat(Author.objects.filter("books__pages__gt", 60).count()).isEqualTo(2);
    }

    @DbTest
    void oneFilterCallMeansTheSameRelatedRowTwoCallsMayNot() {
        library();
        // no single book of alice's is both tagged sf and under 200 pages (bob's "Short" is)...
        assertThat(authors(Author.objects.filter(Q.of("books__tags__name", "sf", "books__pages__lt", 200)))).containsExactly("bob");
        // ...but she has a book tagged sf and (another) book under 200 pages
        assertThat(authors(Author.objects.filter("books__tags__name", "sf").filter("books__pages__lt", 200).distinct()))
                .containsExactly("alice", "bob");
        assertThat(authors(Author.objects.filter(Map.of("books__title", "Dune", "books__pages", 500)))).containsExactly("alice");
        assertThat(authors(Author.objects.filter(Map.of("books__title", "Dune", "books__pages", 100)))).isEmpty();
    }

    @DbTest
    void excludeAcrossAMultiValuedRelationIsASubquery() {
        library();
        QuerySet<Author> noSf = Author.objects.exclude("books__tags__name", "sf");
        assertThat(noSf.toSql()).contains("NOT (").contains("IN (SELECT");
        assertThat(authors(noSf)).containsExactly("carol");
        assertThat(authors(Author.objects.exclude("books__pages__gt", 400))).containsExactly("bob", "carol");
        assertThat(books(Book.objects.exclude("tags__name", "classic"))).containsExactly("Short");
        assertThat(authors(Author.objects.filter(Q.of("books__title", "Emma").not()))).containsExactly("bob", "carol");
        assertThat(authors(Author.objects.exclude("books__isnull", true))).containsExactly("alice", "bob");
        // excluding on a forward key keeps rows whose key is null
        assertThat(books(Book.objects.exclude("publisher__name", "Ace"))).containsExactly("Emma", "Short");
    }

    @DbTest
    void acrossRelationsInOrderingValuesAndAnnotations() {
        library();
        assertThat(books(Book.objects.orderBy("-author__name", "title"))).containsExactly("Dune", "Emma", "Short");
        assertThat(Book.objects.orderBy("-author__name", "title").valuesList(String.class, "title").list())
                .containsExactly("Short", "Dune", "Emma");
        assertThat(Book.objects.orderBy("publisher__name", "title").valuesList(String.class, "title").list()).hasSize(3);
        assertThat(Book.objects.orderBy("title").values("title", "author__name", "publisher__name").list()).containsExactly(
                map("title", "Dune", "author__name", "alice", "publisher__name", "Ace"),
                map("title", "Emma", "author__name", "alice", "publisher__name", null),
                map("title", "Short", "author__name", "bob", "publisher__name", null));
        List<Author> counted = Author.objects.annotate("bookCount", Count.of("books")).orderBy("name").list();
        assertThat(counted).extracting(a -> a.bookCount).containsExactly(2L, 1L, 0L);
        assertThat(Author.objects.annotate("bookCount", Count.of("books")).filter("bookCount__gte", 2).valuesList(String.class, "name").list())
                .containsExactly("alice");
        assertThat(Author.objects.annotate("pages", Sum.of("books__pages")).orderBy(F.of("pages").desc().nullsLast()).values("name", "pages").list())
                .containsExactly(map("name", "alice", "pages", 600L), map("name", "bob", "pages", 50L), map("name", "carol", "pages", null));
        assertThat(Book.objects.values("author__name").annotate("n", Count.all()).orderBy("author__name").list())
                .containsExactly(map("author__name", "alice", "n", 2L), map("author__name", "bob", "n", 1L));
        assertThat(Tag.objects.annotate("n", Count.of("books")).orderBy("name").values("name", "n").list())
                .containsExactly(map("name", "classic", "n", 2L), map("name", "sf", "n", 2L));
        // filter before annotate narrows what is counted; filter after it makes a new join (Django's order rule)
        assertThat(Author.objects.filter("books__pages__gt", 60).annotate("n", Count.of("books")).values("name", "n").list())
                .containsExactly(map("name", "alice", "n", 2L));
        assertThat(Author.objects.annotate("n", Count.of("books")).filter("books__pages__gt", 400).values("name", "n").list())
                .containsExactly(map("name", "alice", "n", 2L));
        assertThat(Author.objects.aggregate(Count.distinct("books__tags").as("tags"))).containsEntry("tags", 2L);
        assertThat(Book.objects.filter("pages__gt", F.of("author__books__pages")).distinct().count()).isEqualTo(1);
    }

    @DbTest
    void unknownNamesAcrossRelationsListTheChoicesThere() {
        assertThatThrownBy(() -> Book.objects.filter("author__nmae", "x"))
                .isInstanceOf(FieldError.class).hasMessageContaining("into field of Author").hasMessageContaining("books");
        assertThatThrownBy(() -> Author.objects.filter("bookz__title", "x"))
                .isInstanceOf(FieldError.class).hasMessageContaining("books");
        assertThatThrownBy(() -> Book.objects.orderBy("author__nope")).isInstanceOf(FieldError.class);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
