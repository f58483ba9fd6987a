package dev.covet.orm;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.query.Count;
import dev.covet.orm.testing.CaptureQueries;

import java.time.LocalDate;
import java.util.Map;

import static dev.covet.orm.Fixtures.author;
import static dev.covet.orm.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** alias(), latest() / earliest() and contains(obj), on every database. */
class QuerySetSurfaceTest {
    @DbTest
    void aliasFiltersAndOrdersWithoutBeingSelected() {
        Author ann = author("Ann");
        Author bob = author("Bob");
        book("A1", 10, null, ann);
        book("A2", 20, null, ann);
        book("B1", 30, null, bob);
        QuerySet<Author> qs = Author.objects.alias("n", Count.of("books")).filter("n__gt", 1);
        assertThat(qs.valuesList(String.class, "name").list()).containsExactly("Ann");
        assertThat(qs.toSql()).doesNotContain("AS \"n\"").doesNotContain("AS `n`");
        assertThat(Author.objects.alias("n", Count.of("books")).orderBy("-n").valuesList(String.class, "name").list())
                .containsExactly("Ann", "Bob");
        Map<String, Object> row = Author.objects.alias("n", Count.of("books")).filter("name", "Bob").values().get();
        assertThat(row).containsKey("name").doesNotContainKey("n");
        assertThatThrownBy(() -> Author.objects.alias("name", Count.of("books")))
                .isInstanceOf(FieldError.class).hasMessageContaining("conflicts with a field");
    }

    @DbTest
    void latestAndEarliest() {
        Author ann = author("Ann");
        book("Old", 10, LocalDate.of(2001, 1, 1), ann);
        book("New", 20, LocalDate.of(2021, 1, 1), ann);
        book("Mid", 20, LocalDate.of(2011, 1, 1), ann);
        assertThat(Book.objects.latest("published").title).isEqualTo("New");
        assertThat(Book.objects.earliest("published").title).isEqualTo("Old");
        assertThat(Book.objects.latest("pages", "-published").title).isEqualTo("Mid");
        assertThat(Book.objects.filter("pages", 10).latest("published").title).isEqualTo("Old");
        assertThatThrownBy(() -> Book.objects.filter("pages", 99).latest("published")).isInstanceOf(DoesNotExist.class);
        assertThatThrownBy(() -> Book.objects.latest()).isInstanceOf(FieldError.class).hasMessageContaining("needs at least one field");
        assertThatThrownBy(() -> Book.objects.latest("nope")).isInstanceOf(FieldError.class).hasMessageContaining("nope");
    }

    @DbTest
    void containsAnObject() {
        Author ann = author("Ann");
        Author bob = author("Bob");
        Book a1 = book("A1", 10, null, ann);
        Book b1 = book("B1", 30, null, bob);
        QuerySet<Book> hers = Book.objects.filter("author__name", "Ann");
        assertThat(CaptureQueries.assertNumQueries(1, () -> hers.contains(a1))).isTrue();
        assertThat(hers.contains(b1)).isFalse();
        QuerySet<Book> loaded = Book.objects.filter("author__name", "Ann");
        loaded.list();
        assertThat(CaptureQueries.assertNumQueries(0, () -> loaded.contains(a1) && !loaded.contains(b1))).isTrue();
        assertThatThrownBy(() -> hers.contains(new Book())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsaved");
    }

    @DbTest
    void updateOrCreateWithCreateDefaults() {
        GetOrCreate<Author> made = Author.objects.updateOrCreate(Map.of("name", "Ann"), Map.of("email", "updated@example.com"),
                Map.of("email", "new@example.com"));
        assertThat(made.created()).isTrue();
        assertThat(Author.objects.get("name", "Ann").email).isEqualTo("new@example.com");
        GetOrCreate<Author> found = Author.objects.updateOrCreate(Map.of("name", "Ann"), Map.of("email", "updated@example.com"),
                Map.of("email", "new@example.com"));
        assertThat(found.created()).isFalse();
        assertThat(Author.objects.get("name", "Ann").email).isEqualTo("updated@example.com");
        assertThat(Author.objects.count()).isEqualTo(1);
        assertThatThrownBy(() -> Author.objects.updateOrCreate(Map.of("name", "Bob"), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
