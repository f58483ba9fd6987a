package dev.covet.orm.path;

import dev.covet.orm.DbTest;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.testing.CaptureQueries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typed paths (the base of generated metamodels) give the same rows and SQL as the lookup strings they stand for. */
class TypedPathTest {
    /** The shape covet-processor generates for Author: scalar paths as fields, relations as nested paths. */
    static final class AuthorPath extends RelationPath {
        final TextPath name = new TextPath(child("name"));

        AuthorPath(String lookup) {
            super(lookup);
        }
    }

    static final TextPath TITLE = new TextPath("title");
    static final FieldPath<BigDecimal> PRICE = new FieldPath<>("price");
    static final FieldPath<Integer> PAGES = new FieldPath<>("pages");
    static final AuthorPath AUTHOR = new AuthorPath("author");
    static final RelationPath BOOKS = new RelationPath("books");

    private static void books() {
        Author alice = Author.objects.create(Map.of("name", "Alice Le Guin"));
        Author bob = Author.objects.create(Map.of("name", "Bob"));
        Book.objects.create(Map.of("title", "Dune", "author", bob, "pages", 400, "price", new BigDecimal("9.50")));
        Book.objects.create(Map.of("title", "Earthsea", "author", alice, "pages", 200, "price", new BigDecimal("12.00")));
        Book.objects.create(Map.of("title", "Lathe", "author", alice, "pages", 180, "price", new BigDecimal("15.25")));
    }

    private static List<String> titles(QuerySet<Book> qs) {
        return qs.valuesList(String.class, "title").list();
    }

    @DbTest
    void typedConditionsGiveTheRowsOfTheirStrings() {
        books();
        assertThat(titles(Book.objects.filter(AUTHOR.name.icontains("le guin")).orderBy(TITLE.asc())))
                .containsExactly("Earthsea", "Lathe")
                .isEqualTo(titles(Book.objects.filter("author__name__icontains", "le guin").orderBy("title")));
        assertThat(titles(Book.objects.filter(PRICE.gt(new BigDecimal("10"))).orderBy(PRICE.desc())))
                .containsExactly("Lathe", "Earthsea")
                .isEqualTo(titles(Book.objects.filter("price__gt", new BigDecimal("10")).orderBy("-price")));
        assertThat(titles(Book.objects.exclude(TITLE.startswith("L")).orderBy(PAGES.desc()))).containsExactly("Dune", "Earthsea");
        assertThat(titles(Book.objects.filter(PAGES.range(150, 250), TITLE.in("Lathe", "Dune")))).containsExactly("Lathe");
        assertThat(titles(Book.objects.filter(PAGES.lt(190).or(TITLE.iexact("dune"))).orderBy(TITLE.desc())))
                .containsExactly("Lathe", "Dune");
        assertThat(Book.objects.get(TITLE.exact("Dune")).pages).isEqualTo(400);
        assertThat(Author.objects.filter(BOOKS.isnull(true)).count()).isZero();
    }

    @DbTest
    void typedPathsIssueTheSameSql() {
        assertThat(Book.objects.filter(AUTHOR.name.icontains("x")).orderBy(TITLE.desc(), PRICE.asc()).toSql())
                .isEqualTo(Book.objects.filter("author__name__icontains", "x").orderBy("-title", "price").toSql());
        assertThat(Book.objects.filter(PAGES.gte(3).and(PAGES.lte(5))).toSql())
                .isEqualTo(Book.objects.filter(Q.of("pages__gte", 3).and(Q.of("pages__lte", 5))).toSql());
    }

    @DbTest
    void valuesAndRelationsTakeTypedPaths() {
        books();
        assertThat(Book.objects.orderBy(TITLE.asc()).values(TITLE, AUTHOR.name).list())
                .isEqualTo(Book.objects.orderBy("title").values("title", "author__name").list());
        assertThat(Book.objects.orderBy(TITLE.asc()).valuesList(TITLE, PAGES).list())
                .isEqualTo(Book.objects.orderBy("title").valuesList("title", "pages").list());
        assertThat(Book.objects.orderBy(PAGES.asc()).valuesList(String.class, TITLE).list()).containsExactly("Lathe", "Earthsea", "Dune");
        assertThat(Book.objects.values(TITLE).orderBy(TITLE.asc()).list().getFirst()).isEqualTo(Map.of("title", "Dune"));
        List<Book> joined = CaptureQueries.assertNumQueries(1, () -> {
            List<Book> list = Book.objects.selectRelated(AUTHOR).orderBy(TITLE.asc()).list();
            list.forEach(b -> b.author.get());
            return list;
        });
        assertThat(joined.getFirst().author.get().name).isEqualTo("Bob");
        CaptureQueries.assertNumQueries(2, () -> {
            for (Author a : Author.objects.prefetchRelated(BOOKS).orderBy(new FieldPath<String>("name").asc()).list()) {
                a.books.all().list();
            }
        });
        assertThat(Book.objects.filter("pages__gt", PRICE.f()).count()).isEqualTo(3);
    }

    @DbTest
    void aMisspelledPathFailsAsItsStringDoes() {
        assertThatThrownBy(() -> Book.objects.filter(new TextPath("autor__name").icontains("x")).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve keyword 'autor' into field of Book");
        assertThatThrownBy(() -> new TextPath("author name")).isInstanceOf(FieldError.class).hasMessageContaining("author name");
        assertThatThrownBy(() -> new FieldPath<>("")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Book.objects.selectRelated(new RelationPath("tags")).list()).isInstanceOf(FieldError.class);
    }
}
