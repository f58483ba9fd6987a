package dev.covet.orm;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.db.Cursor;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Place;
import dev.covet.orm.models.Profile;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.Restaurant;
import dev.covet.orm.models.Review;
import dev.covet.orm.models.Tag;
import dev.covet.orm.models.User;
import dev.covet.orm.models.Waiter;
import dev.covet.orm.relation.RelatedManager;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.covet.orm.testing.CaptureQueries.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** selectRelated, prefetchRelated and strict loading, proven by query counts. */
class LoadingTest {
    /** Three authors with two books each; half the books have a publisher; every book has two tags and a review. */
    private static void shelf() {
        Publisher ace = Publisher.objects.create(Map.of("name", "Ace"));
        Tag a = Tag.objects.create(Map.of("name", "a"));
        Tag b = Tag.objects.create(Map.of("name", "b"));
        for (String name : List.of("ann", "bea", "cal")) {
            Author author = Author.objects.create(Map.of("name", name));
            for (int i = 1; i <= 2; i++) {
                Book book = Book.objects.create(Map.of("title", name + i, "author", author, "pages", i * 100));
                if (i == 1) {
                    book.publisher.set(ace);
                    book.save();
                }
                book.tags.add(a, b);
                Review.objects.create(Map.of("book", book, "stars", i));
            }
        }
    }

    @DbTest
    void selectRelatedLoadsForwardKeysInTheSameQuery() {
        shelf();
        List<Book> books = assertNumQueries(1, () -> Book.objects.selectRelated("author", "publisher").orderBy("title").list());
        assertNumQueries(0, () -> {
            assertThat(books).extracting(b -> b.author.get().name).containsExactly("ann", "ann", "bea", "bea", "cal", "cal");
            assertThat(books.get(0).publisher.get().name).isEqualTo("Ace");
            assertThat(books.get(1).publisher.get()).isNull();
        });
        assertThat(Book.objects.selectRelated("publisher").toSql()).contains("LEFT OUTER JOIN");
        assertThat(Book.objects.selectRelated("author").toSql()).contains("INNER JOIN").doesNotContain("LEFT");
    }

    @DbTest
    void selectRelatedFollowsNestedKeys() {
        shelf();
        List<Review> reviews = assertNumQueries(1, () -> Review.objects.selectRelated("book__author", "book__publisher").list());
        assertNumQueries(0, () -> {
            for (Review r : reviews) {
                assertThat(r.book.get().author.get().name).isIn("ann", "bea", "cal");
                r.book.get().publisher.get();
            }
        });
        List<Review> all = assertNumQueries(1, () -> Review.objects.selectRelated().list());
        assertNumQueries(0, () -> all.forEach(r -> r.book.get().author.get()));
        assertThatThrownBy(() -> Review.objects.selectRelated("stars"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Choices are: book");
        assertThatThrownBy(() -> Review.objects.selectRelated("book__nope")).isInstanceOf(FieldError.class);
    }

    @DbTest
    void prefetchReverseKeysAndManyToManyInOneQueryEach() {
        shelf();
        List<Author> authors = assertNumQueries(3, () -> Author.objects.prefetchRelated("books", "books__tags").list());
        assertNumQueries(0, () -> {
            for (Author a : authors) {
                assertThat(a.books.list()).hasSize(2);
                assertThat(a.books.count()).isEqualTo(2);
                for (Book b : a.books) {
                    assertThat(b.tags.list()).extracting(t -> t.name).containsExactlyInAnyOrder("a", "b");
                    assertThat(b.author.get()).isSameAs(a);
                }
            }
        });
        List<Tag> tags = assertNumQueries(2, () -> Tag.objects.prefetchRelated("books").list());
        assertNumQueries(0, () -> tags.forEach(t -> assertThat(t.<RelatedManager<Book>>get("books").list()).hasSize(6)));
    }

    @DbTest
    void iteratorPrefetchesEachChunk() {
        shelf();
        List<String> seen = new ArrayList<>();
        try (CaptureQueries q = CaptureQueries.start();
             Cursor<Author> authors = Author.objects.prefetchRelated("books", "books__tags").iterator(2)) {
            while (authors.hasNext()) {
                Author a = authors.next();
                int before = q.count();
                for (Book b : a.books) {
                    seen.add(a.name + ":" + b.title + b.tags.list().stream().map(t -> t.name).sorted().toList());
                }
                assertThat(q.count()).as("relations of a prefetched chunk need no query").isEqualTo(before);
            }
            // the cursor, then per chunk of two authors one query for books and one for their tags
            assertThat(q.count()).isEqualTo(1 + 2 * 2);
        }
        assertThat(seen).containsExactlyInAnyOrder("ann:ann1[a, b]", "ann:ann2[a, b]", "bea:bea1[a, b]", "bea:bea2[a, b]",
                "cal:cal1[a, b]", "cal:cal2[a, b]");
    }

    @DbTest
    void firstOfLoadedRowsInTheirOrderingNeedsNoQuery() {
        Restaurant luigis = Restaurant.objects.create(Map.of("name", "luigi's", "servesPizza", true));
        Waiter w = Waiter.objects.create(Map.of("name", "wim", "restaurant", luigis));
        w.haunts.add(Place.objects.create(Map.of("name", "quay")), Place.objects.create(Map.of("name", "arcade")));
        Waiter loaded = assertNumQueries(2, () -> Waiter.objects.prefetchRelated("haunts").get("name", "wim"));
        assertNumQueries(0, () -> assertThat(loaded.haunts.first()).map(p -> p.name).contains("arcade"));
        List<Place> places = Place.objects.all().list();
        assertThat(places).extracting(p -> p.name).containsExactly("arcade", "luigi's", "quay");
        QuerySet<Place> ordered = Place.objects.orderBy("-name");
        ordered.list();
        assertNumQueries(0, () -> assertThat(ordered.first()).map(p -> p.name).contains("quay"));
        // unordered rows say nothing of which comes first: the database is asked, by primary key
        QuerySet<Waiter> unordered = Waiter.objects.all();
        unordered.list();
        assertNumQueries(1, () -> assertThat(unordered.first()).map(x -> x.name).contains("wim"));
    }

    @DbTest
    void prefetchNestedThroughAForwardKeyAndTheReverseOfOneToOne() {
        shelf();
        List<Author> authors = assertNumQueries(3, () -> Author.objects.prefetchRelated("books__publisher").list());
        assertNumQueries(0, () -> authors.forEach(a -> a.books.forEach(b -> b.publisher.get())));
        User u = Fixtures.user("uu", true, false);
        Fixtures.user("vv", true, false);
        Profile.objects.create(Map.of("user", u, "bio", "x"));
        List<User> users = assertNumQueries(2, () -> User.objects.prefetchRelated("profile").orderBy("username").list());
        assertNumQueries(0, () -> {
            assertThat(users.get(0).<Profile>get("profile").bio).isEqualTo("x");
            assertThatThrownBy(() -> users.get(1).get("profile")).isInstanceOf(DoesNotExist.class);
        });
        List<Book> books = assertNumQueries(2, () -> Book.objects.prefetchRelated("author").list());
        assertNumQueries(0, () -> books.forEach(b -> b.author.get()));
    }

    @DbTest
    void prefetchWithACustomQuerySetAndToAttr() {
        shelf();
        List<Author> authors = assertNumQueries(2, () -> Author.objects.prefetchRelated(
                Prefetch.of("books", Book.objects.filter("pages__gt", 150).orderBy("-pages")).toAttr("longBooks")).list());
        assertNumQueries(0, () -> {
            for (Author a : authors) {
                List<Book> longBooks = a.get("longBooks");
                assertThat(longBooks).hasSize(1);
                assertThat(longBooks.getFirst().pages).isEqualTo(200);
            }
        });
        List<Author> filtered = assertNumQueries(2, () -> Author.objects.prefetchRelated(
                Prefetch.of("books", Book.objects.filter("title__endswith", "1"))).list());
        assertNumQueries(0, () -> filtered.forEach(a -> assertThat(a.books.list()).hasSize(1)));
        assertThatThrownBy(() -> Author.objects.prefetchRelated(Prefetch.of("books", Tag.objects.all())).list())
                .isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Author.objects.prefetchRelated("nope").list()).isInstanceOf(FieldError.class)
                .hasMessageContaining("Choices are: books");
    }

    @DbTest
    void prefetchPagesTheParentsInSql() {
        shelf();
        List<Author> page = assertNumQueries(2, () -> Author.objects.prefetchRelated("books").orderBy("name").slice(1, 2).list());
        assertThat(page).extracting(a -> a.name).containsExactly("bea");
        assertNumQueries(0, () -> assertThat(page.getFirst().books.list()).hasSize(2));
    }

    @DbTest
    void withoutEagerLoadingEachAccessIsAQuery() {
        shelf();
        List<Book> books = Book.objects.list();
        assertNumQueries(6, () -> books.forEach(b -> b.author.get()));
        List<Author> authors = Author.objects.list();
        assertNumQueries(3, () -> authors.forEach(a -> a.books.list()));
    }

    @DbTest
    void strictLoadingTurnsAnAccidentalNPlusOneIntoAnError() {
        shelf();
        Book book = Book.objects.strict().first().orElseThrow();
        assertThatThrownBy(() -> book.author.get()).isInstanceOf(StrictLoadingError.class)
                .hasMessageContaining("Book.author").hasMessageContaining("selectRelated(\"author\")");
        Book loaded = Book.objects.strict().selectRelated("author").first().orElseThrow();
        assertThat(loaded.author.get().name).isNotNull();
        Author author = Author.objects.strict().first().orElseThrow();
        assertThatThrownBy(author.books::list).isInstanceOf(StrictLoadingError.class).hasMessageContaining("prefetchRelated(\"books\")");
        assertThat(author.books.filter("pages__gt", 0).count()).isEqualTo(2);      // an explicit query is allowed
        Author prefetched = Author.objects.strict().prefetchRelated("books").first().orElseThrow();
        assertThat(prefetched.books.list()).hasSize(2);
        Book nested = prefetched.books.list().getFirst();
        assertThatThrownBy(nested.tags::list).isInstanceOf(StrictLoadingError.class);
        Book plain = Book.objects.first().orElseThrow();
        assertThat(plain.author.get()).isNotNull();
    }

    @DbTest
    void strictLoadingCanBeGlobal() {
        shelf();
        CovetRuntime normal = Covet.runtime();
        Config strictConfig = Config.builder().database(Config.DEFAULT, normal.config().databases().get(Config.DEFAULT))
                .models(new ArrayList<>(normal.config().models())).strictLoading(true).build();
        CovetRuntime strict = Covet.open(strictConfig);
        try (CovetRuntime.Binding bound = strict.bind()) {
            Book book = Book.objects.first().orElseThrow();
            assertThatThrownBy(() -> book.author.get()).isInstanceOf(StrictLoadingError.class);
            assertThat(Book.objects.selectRelated("author").first().orElseThrow().author.get()).isNotNull();
        } finally {
            strict.close();
        }
    }
}
