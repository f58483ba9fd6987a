package dev.covet.orm;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Tag;
import dev.covet.orm.query.Count;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where lookups across relations, HAVING and case-insensitive lookups behave as in Django on every
 * database: the join an annotation counts over, plain columns beside aggregates in HAVING, capitals
 * for {@code i...} lookups, and sliced subqueries under {@code in}.
 */
class RelationLookupParityTest {
    private static Author author(String name) {
        return Author.objects.create(Map.of("name", name));
    }

    private static Book book(String title, int pages, Author author) {
        return Book.objects.create(Map.of("title", title, "pages", pages, "author", author));
    }

    @DbTest
    void anAnnotationCountsOverTheJoinOfTheMostRecentFilter() {
        Author bob = author("bob");
        book("Java Patterns", 500, bob);
        book("Python Tricks", 1500, bob);
        Author erin = author("erin");
        book("Python and Java", 900, erin);
        // the first filter joins bob's two long books, the second his one Python book: Django counts the second
        List<Map<String, Object>> rows = Author.objects.filter("books__pages__gt", 400).filter("books__title__icontains", "python")
                .annotate("n", Count.distinct("books")).orderBy("name").values("name", "n").list();
        assertThat(rows).containsExactly(Map.of("name", "bob", "n", 1L), Map.of("name", "erin", "n", 1L));
        // ordering and values follow the most recent join too
        assertThat(Author.objects.filter("books__pages__gt", 400).filter("books__title__icontains", "python")
                .orderBy("name").valuesList(String.class, "books__title").list()).containsExactly("Python Tricks", "Python Tricks", "Python and Java");
    }

    @DbTest
    void havingMixesAnAggregateAndAPlainColumnWhenValuesNarrowTheSelect() {
        Author a = author("a");
        Tag x = Tag.objects.create(Map.of("name", "x"));
        Tag y = Tag.objects.create(Map.of("name", "y"));
        book("Thin", 100, a);
        book("Thick", 900, a).tags.add(x, y);
        book("Middle", 500, a).tags.add(x);
        // (two tags or fewer than 300 pages) is a HAVING with a column beside the aggregate
        List<String> titles = new ArrayList<>(Book.objects.annotate("n", Count.of("tags"))
                .filter(Q.of("n__gt", 1).or("pages__lt", 300)).valuesList(String.class, "title").list());
        Collections.sort(titles);
        assertThat(titles).containsExactly("Thick", "Thin");
        assertThat(Book.objects.annotate("n", Count.of("tags")).filter(Q.of("n__gt", 1).or("pages__lt", 300)).count()).isEqualTo(2);
    }

    @DbTest
    void caseInsensitiveLookupsAgreeOnEveryDatabase() {
        author("ΟΔΟΣ");
        author("straße");
        author("kıs");
        author("Émile");
        // Greek capital sigma has two lower-case forms: capitals match both, as Django's UPPER(...) does
        assertThat(names(Author.objects.filter("name__iexact", "οδος"))).containsExactly("ΟΔΟΣ");
        assertThat(names(Author.objects.filter("name__iexact", "οδοσ"))).containsExactly("ΟΔΟΣ");
        assertThat(names(Author.objects.filter("name__icontains", "δος"))).containsExactly("ΟΔΟΣ");
        assertThat(names(Author.objects.filter("name__iendswith", "ς"))).containsExactly("ΟΔΟΣ");
        // letter-by-letter capitals: ß stays ß (no "SS"), dotless ı becomes I
        assertThat(names(Author.objects.filter("name__iexact", "STRAßE"))).containsExactly("straße");
        assertThat(names(Author.objects.filter("name__icontains", "STRASSE"))).isEmpty();
        assertThat(names(Author.objects.filter("name__iexact", "KIS"))).containsExactly("kıs");
        assertThat(names(Author.objects.filter("name__istartswith", "émi"))).containsExactly("Émile");
        assertThat(names(Author.objects.exclude("name__iexact", "émile"))).containsExactly("kıs", "straße", "ΟΔΟΣ");
        assertThat(Author.objects.filter("name__iexact", "x").toSql()).contains("UPPER(").doesNotContain("LOWER(");
    }

    @DbTest
    void inASlicedQuerySet(TestDb db) {
        Author a = author("a");
        book("One", 1, a);
        book("Two", 2, a);
        book("Three", 3, a);
        QuerySet<Book> firstTwo = Book.objects.orderBy("pages").slice(0, 2);
        QuerySet<Book> in = Book.objects.filter("id__in", firstTwo);
        if (db.isMariaDb()) {
            // MariaDB refuses LIMIT in an IN subquery: a typed error before anything is sent, as in Django
            assertThatThrownBy(in::list).isInstanceOf(NotSupportedError.class).hasMessageContaining("sliced QuerySet");
            assertThatThrownBy(() -> Book.objects.exclude("id__in", firstTwo).count()).isInstanceOf(NotSupportedError.class);
            // an unsliced QuerySet is fine there
            assertThat(Book.objects.filter("id__in", Book.objects.filter("pages__lt", 3)).count()).isEqualTo(2);
        } else {
            assertThat(in.orderBy("pages").valuesList(String.class, "title").list()).containsExactly("One", "Two");
        }
    }

    private static List<String> names(QuerySet<Author> qs) {
        List<String> out = new ArrayList<>(qs.valuesList(String.class, "name").list());
        Collections.sort(out);
        return out;
    }
}
