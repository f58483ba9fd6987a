package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.exception.ProtectedError;
import dev.covet.orm.exception.RestrictedError;
import dev.covet.orm.models.Album;
import dev.covet.orm.models.Artist;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.CycleA;
import dev.covet.orm.models.CycleB;
import dev.covet.orm.models.Protector;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.Review;
import dev.covet.orm.models.Song;
import dev.covet.orm.models.Tag;
import dev.covet.orm.signal.DeleteEvent;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnDeleteTest {
    private static Author authorWithBooks(String name, int books, int reviewsEach) {
        Author a = Author.objects.create(Map.of("name", name));
        List<Book> made = new ArrayList<>();
        for (int i = 0; i < books; i++) {
            Book b = new Book();
            b.title = name + i;
            b.author.set(a);
            made.add(b);
        }
        Book.objects.bulkCreate(made);
        List<Review> reviews = new ArrayList<>();
        for (Book b : made) {
            for (int j = 0; j < reviewsEach; j++) {
                Review r = new Review();
                r.book.set(b);
                r.stars = j;
                reviews.add(r);
            }
        }
        Review.objects.bulkCreate(reviews);
        return a;
    }

    @DbTest
    void cascadeDeletesEveryLevelInBatchesNotPerRow() {
        Author a = authorWithBooks("a", 40, 3);
        authorWithBooks("keep", 2, 1);
        Tag t = Tag.objects.create(Map.of("name", "t"));
        Book.objects.filter("author", a).first().orElseThrow().tags.add(t);
        DeleteResult r;
        try (CaptureQueries q = CaptureQueries.start()) {
            r = a.delete();
            // gather books, reviews and review children; delete junction rows, reviews, books, the author: far fewer than 160 rows
            assertThat(q.count()).isLessThan(15);
        }
        assertThat(r.perModel()).containsEntry("Author", 1L).containsEntry("Book", 40L).containsEntry("Review", 120L)
                .containsEntry("Book_tags", 1L);
        assertThat(r.total()).isEqualTo(162);
        assertThat(a.id).isNull();
        assertThat(Book.objects.count()).isEqualTo(2);
        assertThat(Review.objects.count()).isEqualTo(2);
        assertThat(Tag.objects.count()).isEqualTo(1);
    }

    @DbTest
    void querySetDeleteUsesTheSameCollector() {
        authorWithBooks("a", 3, 1);
        authorWithBooks("b", 2, 2);
        authorWithBooks("c", 1, 0);
        DeleteResult r = Author.objects.filter("name__in", List.of("a", "b")).delete();
        assertThat(r.perModel()).containsEntry("Author", 2L).containsEntry("Book", 5L).containsEntry("Review", 7L);
        assertThat(Author.objects.valuesList(String.class, "name").list()).containsExactly("c");
        assertThat(Review.objects.count()).isZero();
    }

    @DbTest
    void protectRefusesAndListsWhatProtects() {
        Publisher p = Publisher.objects.create(Map.of("name", "P"));
        Protector guard = new Protector();
        guard.guarded.set(p);
        guard.save();
        assertThatThrownBy(p::delete)
                .isInstanceOf(ProtectedError.class)
                .hasMessageContaining("'Protector.guarded'")
                .satisfies(e -> assertThat(((ProtectedError) e).protectedObjects()).containsExactly(guard));
        assertThat(Publisher.objects.count()).isEqualTo(1);
        guard.delete();
        assertThat(p.delete().total()).isEqualTo(1);
    }

    @DbTest
    void restrictIsExcusedOnlyWhenTheRowsGoByAnotherCascade() {
        Artist artist = Artist.objects.create(Map.of("name", "artist"));
        Album album = Album.objects.create(Map.of("name", "album", "artist", artist));
        Song.objects.create(Map.of("name", "song", "artist", artist, "album", album));
        assertThatThrownBy(album::delete)
                .isInstanceOf(RestrictedError.class)
                .hasMessageContaining("'Song.album'");
        assertThat(Album.objects.count()).isEqualTo(1);
        DeleteResult r = artist.delete();
        assertThat(r.perModel()).containsEntry("Artist", 1L).containsEntry("Album", 1L).containsEntry("Song", 1L);
        assertThat(Song.objects.count()).isZero();
    }

    @DbTest
    void setNullSetDefaultAndSetRepointKeys() {
        Publisher gone = Publisher.objects.create(Map.of("name", "gone"));
        Publisher fallbackDefault = Publisher.objects.create(Map.of("name", "default"));
        Protector.defaultPublisher = fallbackDefault.id;
        try {
            Protector row = new Protector();
            row.nulled.set(gone);
            row.defaulted.set(gone);
            row.fallen.set(gone);
            row.ignored.set(gone);
            row.save();
            Long goneId = gone.id;
            DeleteResult r = gone.delete();
            assertThat(gone.id).isNull();
            assertThat(r.perModel()).containsOnlyKeys("Publisher");
            Protector fresh = Protector.objects.get("id", row.id);
            assertThat(fresh.nulled.<Long>id()).isNull();
            assertThat(fresh.defaulted.<Long>id()).isEqualTo(fallbackDefault.id);
            assertThat(fresh.fallen.get().name).isEqualTo("fallback");
            assertThat(fresh.ignored.<Long>id()).isEqualTo(goneId);     // DO_NOTHING leaves the dangling key
        } finally {
            Protector.defaultPublisher = null;
        }
    }

    @DbTest
    void cyclesOfCascadesEnd() {
        CycleA a = CycleA.objects.create(Map.of("name", "a"));
        CycleB b = CycleB.objects.create(Map.of("name", "b", "a", a));
        a.b.set(b);
        a.save();
        CycleA other = CycleA.objects.create(Map.of("name", "other", "b", b));
        DeleteResult r = Covet.atomic(() -> a.delete());
        assertThat(r.perModel()).containsEntry("CycleA", 2L).containsEntry("CycleB", 1L);
        assertThat(CycleA.objects.count()).isZero();
        assertThat(CycleB.objects.count()).isZero();
        assertThat(other.id).isNotNull();
    }

    @DbTest
    void modelsSharingASimpleNameAreCountedApart() {
        Tag java = Tag.objects.create(Map.of("name", "java"));
        dev.covet.orm.models.archive.Tag.objects.create(Map.of("label", "old java", "original", java));
        dev.covet.orm.models.archive.Tag.objects.create(Map.of("label", "older java", "original", java));
        DeleteResult r = java.delete();
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.perModel()).containsOnly(Map.entry("dev.covet.orm.models.Tag", 1L),
                Map.entry("dev.covet.orm.models.archive.Tag", 2L));
        assertThat(r.count(Tag.class)).isEqualTo(1);
        assertThat(r.count(dev.covet.orm.models.archive.Tag.class)).isEqualTo(2);
        assertThat(r.count(Book.class)).isZero();
        assertThat(dev.covet.orm.models.archive.Tag.objects.count()).isZero();
    }

    @DbTest
    void deleteSignalsFirePerObjectIncludingCascades() {
        Author a = authorWithBooks("a", 2, 1);
        List<String> log = new ArrayList<>();
        Signal.Connection pre = Signals.PRE_DELETE.connect((DeleteEvent e) -> log.add("pre " + e.sender().getSimpleName()));
        Signal.Connection post = Signals.POST_DELETE.connect(Book.class, (DeleteEvent e) -> log.add("post " + ((Book) e.instance()).title));
        try {
            a.delete();
        } finally {
            pre.disconnect();
            post.disconnect();
        }
        assertThat(log).filteredOn(s -> s.startsWith("pre")).containsExactlyInAnyOrder("pre Author", "pre Book", "pre Book", "pre Review", "pre Review");
        assertThat(log).filteredOn(s -> s.startsWith("post")).containsExactlyInAnyOrder("post a0", "post a1");
        assertThat(log.indexOf("post a0")).isGreaterThan(log.lastIndexOf("pre Review"));
    }

    @DbTest
    void aFailingPreDeleteReceiverDeletesNothing() {
        Author a = authorWithBooks("a", 2, 1);
        Signal.Connection veto = Signals.PRE_DELETE.connect(Review.class, e -> {
            throw new IllegalStateException("keep the reviews");
        });
        try {
            assertThatThrownBy(a::delete).hasMessage("keep the reviews");
        } finally {
            veto.disconnect();
        }
        assertThat(Author.objects.count()).isEqualTo(1);
        assertThat(Review.objects.count()).isEqualTo(2);
    }

    @DbTest
    void withNothingToCascadeAQuerySetDeleteIsOneStatement() {
        Tag.objects.create(Map.of("name", "x"));
        Tag.objects.create(Map.of("name", "y"));
        Review.objects.create(Map.of("book", Book.objects.create(Map.of("title", "t",
                "author", Author.objects.create(Map.of("name", "n")))), "stars", 1));
        CaptureQueries.assertNumQueries(1, () -> assertThat(Review.objects.all().delete().total()).isEqualTo(1));
    }
}
