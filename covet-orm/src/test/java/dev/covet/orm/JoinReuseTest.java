package dev.covet.orm;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.Tag;
import dev.covet.orm.testing.CaptureQueries;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Joins and queries Django does not repeat: {@code order_by} reuses the joins a related manager's
 * own filter made (setup_joins with every join reusable), a DISTINCT ON query keeps its ORDER BY
 * inside {@code pk__in} ({@code clear_ordering(force=False)} keeps it for distinct fields), and
 * {@code prefetch_related} skips relations {@code select_related} already cached ({@code is_cached}).
 */
class JoinReuseTest {
    private Author alice;
    private Book dune;
    private Book emma;

    /** alice: Emma (100 pages, tag classic), then Dune (500 pages, tags sf and classic); bob: Short (50, sf). */
    private void library() {
        alice = Author.objects.create(Map.of("name", "alice"));
        Author bob = Author.objects.create(Map.of("name", "bob"));
        Publisher ace = Publisher.objects.create(Map.of("name", "Ace"));
        Tag sf = Tag.objects.create(Map.of("name", "sf"));
        Tag classic = Tag.objects.create(Map.of("name", "classic"));
        emma = Book.objects.create(Map.of("title", "Emma", "author", alice, "pages", 100, "publisher", ace));
        dune = Book.objects.create(Map.of("title", "Dune", "author", alice, "pages", 500, "publisher", ace));
        Book shortBook = Book.objects.create(Map.of("title", "Short", "author", bob, "pages", 50));
        dune.tags.add(sf, classic);
        emma.tags.add(classic);
        shortBook.tags.add(sf);
    }

    @DbTest
    void orderingAcrossTheManagersOwnJunctionReusesIt() {
        library();
        assertThat(dune.tags.all().orderBy("books__title", "name").list()).extracting(t -> t.name).containsExactly("classic", "sf");
        String sql = dune.tags.all().orderBy("books__title").toSql();
        assertThat(sql.split("JOIN", -1).length - 1).as(sql).isEqualTo(2);     // the junction once, then the book
        assertThat(dune.tags.all().orderBy("-books__pages").count()).isEqualTo(2);
        Tag sf = Tag.objects.get("name", "sf");
        assertThat(sf.<Book>related("books").all().orderBy("tags__name", "title").list()).extracting(b -> b.title)
                .containsExactly("Dune", "Short");
        assertThat(alice.books.all().orderBy("tags__name", "title").list()).as("a reverse key is not the many-to-many: one row per tag")
                .extracting(b -> b.title).containsExactly("Dune", "Emma", "Dune");
    }

    @DbTest
    void aDistinctOnSubqueryKeepsItsOrdering(TestDb db) {
        library();
        QuerySet<Book> longest = Book.objects.distinct("author").orderBy("author__id", "-pages");
        if (!db.isPostgres()) {
            assertThatThrownBy(() -> Book.objects.filter("pk__in", longest).list()).isInstanceOf(NotSupportedError.class);
            return;
        }
        assertThat(Book.objects.filter("pk__in", longest).orderBy("title").valuesList(String.class, "title").list())
                .containsExactly("Dune", "Short");
        QuerySet<Book> shortest = Book.objects.distinct("author").orderBy("author__id", "pages");
        assertThat(Book.objects.filter("pk__in", shortest).orderBy("title").valuesList(String.class, "title").list())
                .containsExactly("Emma", "Short");
    }

    @DbTest
    void prefetchingWhatSelectRelatedLoadedRunsNoQuery() {
        library();
        List<Book> books = CaptureQueries.assertNumQueries(1, () ->
                Book.objects.selectRelated("author").prefetchRelated("author").orderBy("title").list());
        CaptureQueries.assertNumQueries(0, () ->
                assertThat(books).extracting(b -> b.author.get().name).containsExactly("alice", "alice", "bob"));

        // a deeper level starts from the selected objects: one query for the publisher's books
        List<Book> deeper = CaptureQueries.assertNumQueries(2, () ->
                Book.objects.filter("publisher__isnull", false).selectRelated("publisher").prefetchRelated("publisher__books")
                        .orderBy("title").list());
        CaptureQueries.assertNumQueries(0, () -> assertThat(deeper).allSatisfy(b ->
                assertThat(b.publisher.get().books.all().list()).extracting(x -> x.title).containsExactlyInAnyOrder("Dune", "Emma")));

        // a toAttr prefetch is its own attribute: it queries
        List<Book> attr = CaptureQueries.assertNumQueries(2, () ->
                Book.objects.selectRelated("author").prefetchRelated(Prefetch.of("author").toAttr("writer")).list());
        assertThat(attr).hasSize(3);
    }
}
