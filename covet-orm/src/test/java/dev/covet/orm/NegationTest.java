package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Comment;
import dev.covet.orm.models.Photo;
import dev.covet.orm.models.Post;
import dev.covet.orm.models.Tag;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Sum;
import dev.covet.orm.relation.ContentType;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lookups across multi-valued relations under negation, shape by shape (Django's {@code split_exclude}):
 * each shape runs against the fixture below and is compared with the answer computed here in Java from
 * the same rows, never from Covet, so that a wrong join cannot also produce the expected value. The SQL of
 * every negated shape is checked too: a subquery, never a join of the relation, and no DISTINCT.
 */
class NegationTest {
    /** A book of the fixture, as plain Java. */
    record B(String title, int pages, String author, Set<String> tags) {
        boolean java() {
            return title.toLowerCase(Locale.ROOT).contains("java");
        }

        boolean python() {
            return title.toLowerCase(Locale.ROOT).contains("python");
        }
    }

    private static final List<String> AUTHORS = List.of("alice", "bob", "carol", "dave", "erin");
    private static final List<B> BOOKS = List.of(
            new B("Java Basics", 1200, "alice", Set.of("data", "prog")),
            new B("Python Data", 300, "alice", Set.of("data")),
            new B("Java Patterns", 500, "bob", Set.of("prog")),
            new B("Python Tricks", 1500, "bob", Set.of()),
            new B("Cooking", 200, "dave", Set.of()),
            new B("Python and Java", 900, "erin", Set.of("data", "prog")));
    private static final List<String> TAGS = List.of("data", "prog", "unused");

    /** A post of the fixture and the texts of its comments. */
    record P(String title, List<String> comments) {
        boolean anySpam() {
            return comments.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("spam"));
        }
    }

    private static final List<P> POSTS = List.of(
            new P("guide", List.of("Spam offer", "nice")),
            new P("notes", List.of("nice")),
            new P("quiet", List.of()));

    private static void fixture() {
        Map<String, Author> authors = new LinkedHashMap<>();
        for (String name : AUTHORS) {
            authors.put(name, Author.objects.create(Map.of("name", name)));
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (String name : TAGS) {
            tags.put(name, Tag.objects.create(Map.of("name", name)));
        }
        for (B b : BOOKS) {
            Book book = Book.objects.create(Map.of("title", b.title, "pages", b.pages, "author", authors.get(b.author)));
            for (String t : b.tags) {
                book.tags.add(tags.get(t));
            }
        }
        Map<String, Post> posts = new LinkedHashMap<>();
        for (P p : POSTS) {
            Post post = Post.objects.create(Map.of("title", p.title));
            posts.put(p.title, post);
            for (String text : p.comments) {
                Comment.objects.create(Map.of("contentObject", post, "text", text));
            }
        }
        // spam on a photo whose id is the quiet post's: another content type, so not the post's comment
        Photo photo = Photo.objects.create(Map.of("caption", "x"));
        Comment.objects.create(Map.of("contentType", ContentType.forModel(Photo.class), "objectId", posts.get("quiet").id, "text", "spam"));
        Comment.objects.create(Map.of("contentObject", photo, "text", "spam too"));
    }

    // ---------------------------------------------------------------- the fixture, read in Java

    private static List<B> booksOf(String author) {
        return BOOKS.stream().filter(b -> b.author.equals(author)).toList();
    }

    private static boolean any(String author, Predicate<B> p) {
        return booksOf(author).stream().anyMatch(p);
    }

    /** Each author once, where {@code p} holds. */
    private static List<String> authorsWhere(Predicate<String> p) {
        return AUTHORS.stream().filter(p).sorted().toList();
    }

    /**
     * The rows of a query that keeps its join of books: one per (author, book) pair where {@code p} holds,
     * or per author without books where {@code none} holds (the LEFT OUTER JOIN's NULL row).
     */
    private static List<String> joinedRows(Predicate<B> p, Predicate<String> none) {
        List<String> out = new ArrayList<>();
        for (String a : AUTHORS) {
            List<B> books = booksOf(a);
            if (books.isEmpty()) {
                if (none.test(a)) {
                    out.add(a);
                }
                continue;
            }
            for (B b : books) {
                if (p.test(b)) {
                    out.add(a);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    private static List<String> names(QuerySet<Author> qs) {
        List<String> out = new ArrayList<>(qs.valuesList(String.class, "name").list());
        Collections.sort(out);
        return out;
    }

    private static Q q(String lookup, Object value) {
        return Q.of(lookup, value);
    }

    private static final String JAVA = "books__title__icontains";

    /** One shape: the query, the answer from Java, and whether it must not join the relation at all. */
    record Shape(String name, Supplier<QuerySet<?>> query, Function<QuerySet<?>, Object> read, Supplier<Object> expected,
                 boolean subqueryOnly) {
    }

    private static Shape authors(String name, Supplier<QuerySet<Author>> query, Supplier<List<String>> expected) {
        return new Shape(name, query::get, qs -> names(cast(qs)), expected::get, true);
    }

    private static Shape joined(String name, Supplier<QuerySet<Author>> query, Supplier<List<String>> expected) {
        return new Shape(name, query::get, qs -> names(cast(qs)), expected::get, false);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Model> QuerySet<T> cast(QuerySet<?> qs) {
        return (QuerySet<T>) qs;
    }

    private static List<Shape> shapes() {
        List<Shape> s = new ArrayList<>();
        // depth 1: exclude, Q.not
        s.add(authors("exclude(reverse fk)", () -> Author.objects.exclude(JAVA, "java"),
                () -> authorsWhere(a -> !any(a, B::java))));
        s.add(authors("filter(not reverse fk)", () -> Author.objects.filter(q(JAVA, "java").not()),
                () -> authorsWhere(a -> !any(a, B::java))));
        // depth 2: exclude(~Q) is a double negation, still a subquery, each author once
        s.add(authors("exclude(not q)", () -> Author.objects.exclude(q(JAVA, "java").not()),
                () -> authorsWhere(a -> any(a, B::java))));
        s.add(authors("filter(not not q)", () -> Author.objects.filter(q("books__pages__gt", 1000).not().not()),
                () -> authorsWhere(a -> any(a, b -> b.pages > 1000))));
        // depth 3
        s.add(authors("exclude(not not q)", () -> Author.objects.exclude(q("books__pages__gt", 1000).not().not()),
                () -> authorsWhere(a -> !any(a, b -> b.pages > 1000))));
        s.add(authors("filter(not(or(not(and(m2m, not)))))", () -> Author.objects.filter(
                        q("name", "bob").or(q("books__tags__name", "data").and(q("books__pages__lt", 400).not()).not()).not()),
                () -> authorsWhere(a -> !a.equals("bob") && any(a, b -> b.tags.contains("data")) && !any(a, b -> b.pages < 400))));
        // AND / OR mixes: every lookup in a negated branch is its own subquery (any book, not the same book)
        s.add(authors("exclude(a or b)", () -> Author.objects.exclude(q(JAVA, "java").or(q("books__pages__lt", 250))),
                () -> authorsWhere(a -> !any(a, B::java) && !any(a, b -> b.pages < 250))));
        s.add(authors("exclude(a, b) in one call", () -> Author.objects.exclude(q(JAVA, "java"), q("books__pages__gt", 1000)),
                () -> authorsWhere(a -> !(any(a, B::java) && any(a, b -> b.pages > 1000)))));
        s.add(authors("exclude(a and not b)", () -> Author.objects.exclude(q(JAVA, "java").and(q("books__pages__gt", 1000).not())),
                () -> authorsWhere(a -> !(any(a, B::java) && !any(a, b -> b.pages > 1000)))));
        s.add(authors("exclude(reverse fk or local)", () -> Author.objects.exclude(q(JAVA, "java").or(q("name", "dave"))),
                () -> authorsWhere(a -> !any(a, B::java) && !a.equals("dave"))));
        // isnull=True across the relation: a missing row satisfies it
        s.add(authors("exclude(isnull)", () -> Author.objects.exclude("books__isnull", true),
                () -> authorsWhere(a -> !booksOf(a).isEmpty())));
        s.add(authors("filter(not not isnull)", () -> Author.objects.filter(q("books__isnull", true).not().not()),
                () -> authorsWhere(a -> booksOf(a).isEmpty())));
        s.add(authors("exclude(isnull false)", () -> Author.objects.exclude("books__isnull", false),
                () -> authorsWhere(a -> booksOf(a).isEmpty())));
        // many-to-many behind the reverse key, in both directions, and a generic relation
        s.add(authors("exclude(reverse fk then m2m)", () -> Author.objects.exclude("books__tags__name", "prog"),
                () -> authorsWhere(a -> !any(a, b -> b.tags.contains("prog")))));
        s.add(new Shape("Book.exclude(m2m)", () -> Book.objects.exclude("tags__name", "data"),
                qs -> sorted(cast(qs).valuesList(String.class, "title").list()),
                () -> sorted(BOOKS.stream().filter(b -> !b.tags.contains("data")).map(B::title).toList()), true));
        s.add(new Shape("Book.filter(not not m2m)", () -> Book.objects.filter(q("tags__name", "data").not().not()),
                qs -> sorted(cast(qs).valuesList(String.class, "title").list()),
                () -> sorted(BOOKS.stream().filter(b -> b.tags.contains("data")).map(B::title).toList()), true));
        s.add(new Shape("Tag.exclude(m2m reverse)", () -> Tag.objects.exclude("books__author__name", "alice"),
                qs -> sorted(cast(qs).valuesList(String.class, "name").list()),
                () -> sorted(TAGS.stream().filter(t -> BOOKS.stream().noneMatch(b -> b.author.equals("alice") && b.tags.contains(t))).toList()),
                true));
        s.add(new Shape("Post.exclude(generic)", () -> Post.objects.exclude("comments__text__icontains", "spam"),
                qs -> sorted(cast(qs).valuesList(String.class, "title").list()),
                () -> sorted(POSTS.stream().filter(p -> !p.anySpam()).map(P::title).toList()), true));
        s.add(new Shape("Post.filter(not not generic)", () -> Post.objects.filter(q("comments__text__icontains", "spam").not().not()),
                qs -> sorted(cast(qs).valuesList(String.class, "title").list()),
                () -> sorted(POSTS.stream().filter(P::anySpam).map(P::title).toList()), true));
        s.add(new Shape("Post.exclude(generic isnull)", () -> Post.objects.exclude("comments__isnull", true),
                qs -> sorted(cast(qs).valuesList(String.class, "title").list()),
                () -> sorted(POSTS.stream().filter(p -> !p.comments.isEmpty()).map(P::title).toList()), true));
        // the shapes: a negated branch next to a joined lookup
        s.add(joined("filter(not not tag and title)", () -> Author.objects.filter(
                        q("books__tags__name", "data").not().not().and(q(JAVA, "python"))),
                () -> joinedRows(b -> b.python() && any(b.author, x -> x.tags.contains("data")), a -> false)));
        // Django ties the subquery to the book joined by the earlier lookup of the same call...
        s.add(joined("filter(joined or not same relation)", () -> Author.objects.filter(
                        q("books__pages__gt", 1000).or(q(JAVA, "java").not())),
                () -> joinedRows(b -> b.pages > 1000 || !b.java(), a -> true)));
        // ...but not to a join a later lookup makes
        s.add(joined("filter(not or joined)", () -> Author.objects.filter(
                        q(JAVA, "java").not().or(q("books__pages__gt", 1000))),
                () -> joinedRows(b -> !any(b.author, B::java) || b.pages > 1000, a -> !any(a, B::java))));
        // combined with annotate, aggregate, values, slicing and ordering
        s.add(new Shape("exclude then annotate Count", () -> Author.objects.exclude(JAVA, "java").annotate("n", Count.of("books")),
                qs -> new TreeMap<>(cast(qs).values("name", "n").list().stream()
                        .collect(Collectors.toMap(r -> (String) r.get("name"), r -> ((Number) r.get("n")).longValue()))),
                () -> new TreeMap<>(AUTHORS.stream().filter(a -> !any(a, B::java))
                        .collect(Collectors.toMap(a -> a, a -> (long) booksOf(a).size()))), false));
        s.add(new Shape("exclude(not q) count", () -> Author.objects.exclude(q(JAVA, "java").not()),
                qs -> qs.count(), () -> (long) authorsWhere(a -> any(a, B::java)).size(), true));
        s.add(new Shape("filter(not not q) aggregate Sum", () -> Book.objects.filter(q("tags__name", "prog").not().not()),
                qs -> ((Number) qs.aggregate(Sum.of("pages").as("s")).get("s")).longValue(),
                () -> BOOKS.stream().filter(b -> b.tags.contains("prog")).mapToLong(B::pages).sum(), true));
        s.add(new Shape("exclude ordered and sliced", () -> Author.objects.exclude(q(JAVA, "java").not()).orderBy("-name").slice(0, 2),
                qs -> cast(qs).valuesList(String.class, "name").list(),
                () -> authorsWhere(a -> any(a, B::java)).reversed().subList(0, 2), true));
        s.add(new Shape("values after exclude", () -> Book.objects.exclude("tags__name", "prog").orderBy("title"),
                qs -> cast(qs).values("title", "author__name").list().stream().map(r -> r.get("title") + "/" + r.get("author__name")).toList(),
                () -> sorted(BOOKS.stream().filter(b -> !b.tags.contains("prog")).map(b -> b.title + "/" + b.author).toList()), false));
        return s;
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        Collections.sort(out);
        return out;
    }

    @DbTest
    void everyShapeAgreesWithTheFixture() {
        fixture();
        SoftAssertions soft = new SoftAssertions();
        for (Shape shape : shapes()) {
            QuerySet<?> qs = shape.query.get();
            soft.assertThat(shape.read.apply(qs)).as(shape.name).isEqualTo(shape.expected.get());
            String sql = qs.toSql();
            soft.assertThat(sql).as(shape.name + ": " + sql).contains("IN (SELECT").doesNotContain("DISTINCT");
            if (shape.subqueryOnly) {
                // the relation is read in the subquery only: the outer query joins nothing
                int at = sql.indexOf("(SELECT");
                String outer = at < 0 ? sql : sql.substring(0, at);
                soft.assertThat(outer).as(shape.name + ": " + sql).doesNotContain("JOIN");
            }
        }
        soft.assertAll();
    }

    /** Values that are instances, lists, QuerySets and expressions go into the subquery as they would into a join. */
    @DbTest
    void valuesOfEveryKindAcrossTheRelation() {
        fixture();
        Book cooking = Book.objects.get("title", "Cooking");
        assertThat(names(Author.objects.exclude("books", cooking))).isEqualTo(authorsWhere(a -> !a.equals("dave")));
        assertThat(names(Author.objects.exclude("books__in", List.of(cooking.id))))
                .isEqualTo(authorsWhere(a -> !a.equals("dave")));
        assertThat(names(Author.objects.exclude("books__in", Book.objects.filter("pages__gt", 1000))))
                .isEqualTo(authorsWhere(a -> !any(a, b -> b.pages > 1000)));
        assertThat(names(Author.objects.exclude("books__tags", Tag.objects.get("name", "prog"))))
                .isEqualTo(authorsWhere(a -> !any(a, b -> b.tags.contains("prog"))));
        // an expression over the author's own fields compares with the same author's books
        Author.objects.filter("name", "dave").update("name", "Cooking");
        assertThat(names(Author.objects.exclude("books__title", F.of("name")))).doesNotContain("Cooking").contains("alice");
        assertThatThrownBy(() -> Author.objects.exclude("books__nope", 1)).isInstanceOf(FieldError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> Author.objects.exclude("books__isnull", null)).isInstanceOf(ValidationError.class);
    }

    /** The SQL of the main negated shapes, as Django writes them (before it moved to NOT EXISTS). */
    @DbTest
    void negatedShapesCompileToSubqueries(TestDb db) {
        String author = "SELECT \"author\".\"id\", \"author\".\"name\", \"author\".\"email\" FROM \"author\"";
        String book = "SELECT \"book\".\"id\", \"book\".\"title\", \"book\".\"pages\", \"book\".\"price\", "
                + "\"book\".\"published\", \"book\".\"author_id\", \"book\".\"publisher_id\" FROM \"book\"";
        String byName = " ORDER BY \"author\".\"name\" ASC";
        assertSql(db, Author.objects.exclude(JAVA, "java"), author
                + " WHERE NOT (\"author\".\"id\" IN (SELECT \"U0\".\"author_id\" FROM \"book\" \"U0\""
                + " WHERE UPPER(\"U0\".\"title\") LIKE UPPER(?) ESCAPE '!'))" + byName + " -- params [%java%]");
        assertSql(db, Author.objects.exclude(q(JAVA, "java").not()), author
                + " WHERE NOT (NOT (\"author\".\"id\" IN (SELECT \"U0\".\"author_id\" FROM \"book\" \"U0\""
                + " WHERE UPPER(\"U0\".\"title\") LIKE UPPER(?) ESCAPE '!')))" + byName + " -- params [%java%]");
        assertSql(db, Book.objects.exclude("tags__name", "data"), book
                + " WHERE NOT (\"book\".\"id\" IN (SELECT \"U1\".\"book_id\" FROM \"tag\" \"U0\" INNER JOIN \"book_tags\" \"U1\""
                + " ON (\"U0\".\"id\" = \"U1\".\"tag_id\") WHERE \"U0\".\"name\" = ?)) -- params [data]");
        // tied to the book the first lookup of the call joined
        assertSql(db, Author.objects.filter(q("books__pages__gt", 1000).or(q(JAVA, "java").not())), author
                + " LEFT OUTER JOIN \"book\" ON (\"author\".\"id\" = \"book\".\"author_id\") WHERE (\"book\".\"pages\" > ?"
                + " OR NOT ((\"book\".\"id\" IN (SELECT \"U0\".\"id\" FROM \"book\" \"U0\" WHERE UPPER(\"U0\".\"title\") LIKE UPPER(?) ESCAPE '!')"
                + " AND \"book\".\"id\" IS NOT NULL)))" + byName + " -- params [1000, %java%]");
        // isnull=True keeps the whole path: an author without books has a NULL book row
        assertSql(db, Author.objects.exclude("books__isnull", true), author
                + " WHERE NOT (\"author\".\"id\" IN (SELECT \"U0\".\"id\" FROM \"author\" \"U0\" LEFT OUTER JOIN \"book\" \"U1\""
                + " ON (\"U0\".\"id\" = \"U1\".\"author_id\") WHERE \"U1\".\"id\" IS NULL))" + byName);
        // a nullable key before the relation: NULL neither in the subquery nor unknown outside it
        assertSql(db, Book.objects.exclude("publisher__books__title", "x"), book
                + " WHERE NOT ((\"book\".\"publisher_id\" IN (SELECT \"U0\".\"publisher_id\" FROM \"book\" \"U0\""
                + " WHERE (\"U0\".\"title\" = ? AND \"U0\".\"publisher_id\" IS NOT NULL)) AND \"book\".\"publisher_id\" IS NOT NULL))"
                + " -- params [x]");
    }

    private static void assertSql(TestDb db, QuerySet<?> qs, String expected) {
        assertThat(qs.toSql()).isEqualTo(db.isMariaDb() ? expected.replace('"', '`') : expected);
    }
}
