package dev.covet.orm;

import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Isbn;
import dev.covet.orm.models.Product;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a write leaves behind on the Python side, per Django's documentation: a QuerySet's own
 * {@code update()} and {@code delete()} clear its result cache, and every deleted instance, cascades
 * included, has its primary key set to None ("Model.delete()", "Collector.delete").
 */
class WriteStateTest {
    @DbTest
    void updateClearsTheQuerySetsCachedRows() {
        Fixtures.products();
        QuerySet<Product> fresh = Product.objects.filter("condition", "new").orderBy("name");
        assertThat(fresh.list()).extracting(p -> p.quantity).containsExactly(0, 5, 3);
        assertThat(fresh.update("quantity", 7)).isEqualTo(3);
        assertThat(fresh.list()).extracting(p -> p.quantity).containsExactly(7, 7, 7);
        // only the updated QuerySet forgets: another evaluated QuerySet keeps its rows, as in Django
        QuerySet<Product> other = Product.objects.filter("condition", "used");
        assertThat(other.list()).extracting(p -> p.quantity).containsExactly(50);
        Product.objects.filter("condition", "used").update("quantity", 1);
        assertThat(other.list()).extracting(p -> p.quantity).containsExactly(50);
    }

    @DbTest
    void deleteClearsTheQuerySetsCachedRows() {
        Fixtures.products();
        QuerySet<Product> used = Product.objects.filter("condition", "used");
        assertThat(used.count()).isEqualTo(1);
        assertThat(used.list()).hasSize(1);
        assertThat(used.delete().total()).isEqualTo(1);
        assertThat(used.list()).isEmpty();
        assertThat(used.count()).isZero();
        assertThat(used.exists()).isFalse();
    }

    @DbTest
    void deleteWithListenersClearsTheCacheToo() {
        Author a = Author.objects.create(Map.of("name", "a"));
        Book.objects.create(Map.of("title", "t", "author", a, "pages", 1));
        Signal.Connection c = Signals.PRE_DELETE.connect(Book.class, e -> { });
        try {
            QuerySet<Book> books = Book.objects.all();
            assertThat(books.list()).hasSize(1);
            books.delete();
            assertThat(books.list()).isEmpty();
        } finally {
            c.disconnect();
        }
    }

    @DbTest
    void aDeletedInstanceHasNoPrimaryKeyAndSavesAsANewRow() {
        Isbn isbn = new Isbn();
        isbn.isbn = "9780000000001";
        isbn.title = "Dune";
        isbn.save();
        isbn.delete();
        assertThat(isbn.isbn).as("a character key is cleared too").isNull();

        Author a = Author.objects.create(Map.of("name", "a"));
        Long old = a.id;
        a.delete();
        assertThat(a.id).isNull();
        a.save();
        assertThat(a.id).isNotNull().isNotEqualTo(old);
        assertThat(Author.objects.count()).isEqualTo(1);
    }

    @DbTest
    void cascadedInstancesLoseTheirKeysAfterTheirSignals() {
        Author a = Author.objects.create(Map.of("name", "a"));
        Book b1 = Book.objects.create(Map.of("title", "one", "author", a, "pages", 1));
        Book.objects.create(Map.of("title", "two", "author", a, "pages", 2));
        List<Book> seen = new ArrayList<>();
        List<Long> keysDuringSignal = new ArrayList<>();
        Signal.Connection c = Signals.POST_DELETE.connect(Book.class, e -> {
            seen.add((Book) e.instance());
            keysDuringSignal.add(((Book) e.instance()).id);
        });
        try {
            a.delete();
        } finally {
            c.disconnect();
        }
        assertThat(keysDuringSignal).hasSize(2).doesNotContainNull();
        assertThat(seen).hasSize(2).allSatisfy(b -> assertThat(b.id).isNull());
        assertThat(a.id).isNull();
        // an instance the collector never held (b1 was loaded separately) keeps its key, as in Django
        assertThat(b1.id).isNotNull();
    }

    @DbTest
    void queryDeleteClearsTheKeysOfTheInstancesItSignalled() {
        Author a = Author.objects.create(Map.of("name", "a"));
        Author.objects.create(Map.of("name", "b"));
        List<Author> seen = new ArrayList<>();
        Signal.Connection c = Signals.POST_DELETE.connect(Author.class, e -> seen.add((Author) e.instance()));
        try {
            assertThat(Author.objects.filter("name__in", List.of("a", "b")).delete().total()).isEqualTo(2);
        } finally {
            c.disconnect();
        }
        assertThat(seen).extracting(x -> x.id).containsOnlyNulls();
        assertThat(a.id).isNotNull();
    }
}
