package dev.covet.processor;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

/** Lookup strings written as literals fail compilation when they cannot resolve, and only then. */
class LookupCheckTest {
    private static Compilation compile(String body, String... options) {
        return Compilation.of(Sources.with(body), options);
    }

    private static void assertFails(String body, String... messages) {
        Compilation c = compile(body);
        assertThat(c.success()).as(c.report()).isFalse();
        assertThat(c.errors()).as(c.report()).containsExactly(messages);
    }

    @Test
    void aMisspelledFieldNamesTheModelTheFieldAndTheChoices() {
        assertFails("Book.objects.filter(\"autor__name\", \"x\");",
                "Cannot resolve keyword 'autor' into field of Book. Choices are: author, authorId, id, metadata, pages, pk, price, tags, title");
    }

    @Test
    void aWrongLookupNamesTheFieldItsTypeAndTheLookupsThatApply() {
        Compilation c = compile("Book.objects.exclude(\"title__icontain\", \"x\");");
        assertThat(c.success()).isFalse();
        assertThat(c.errors()).singleElement().asString()
                .startsWith("Unsupported lookup 'icontain' for field 'title' of Book (string). Choices are: exact, iexact, contains, icontains")
                .contains("regex", "lower", "length");
        assertFails("Book.objects.filter(\"pages__icontains\", \"1\");",
                "Unsupported lookup 'icontains' for field 'pages' of Book (int). Choices are: exact, in, gt, gte, lt, lte, range, isnull");
    }

    @Test
    void aRelationPathThatDoesNotExistNamesTheRelatedModel() {
        assertFails("Book.objects.filter(\"author__nme__icontains\", \"x\");",
                "Cannot resolve keyword 'nme' into field of Author. Choices are: books, id, joined, name, pk");
        assertFails("Author.objects.filter(\"books__tags__nam\", \"x\");",
                "Cannot resolve keyword 'nam' into field of Tag. Choices are: book, id, name, pk");
    }

    @Test
    void everyCheckedCallReportsItsOwnLiteral() {
        assertFails("""
                Book.objects.orderBy("-titel");
                Book.objects.all().values("title", "prise");
                Book.objects.valuesList(String.class, "titl");
                Book.objects.selectRelated("tags");
                Author.objects.prefetchRelated("bookz");
                Book.objects.get("pk", 1).title.length();
                Book.objects.filter(Q.of("pages__gt", 1).or(Q.of("autor", 2)));
                Book.objects.filter("pages__gt", F.of("page"));
                Book.objects.filter("title", "x").exclude(Q.of("title__startswith", "a").and("tags__nme", "b"));
                """,
                "Cannot resolve keyword 'titel' into field of Book. Choices are: author, authorId, id, metadata, pages, pk, price, tags, title",
                "Cannot resolve keyword 'prise' into field of Book. Choices are: author, authorId, id, metadata, pages, pk, price, tags, title",
                "Cannot resolve keyword 'titl' into field of Book. Choices are: author, authorId, id, metadata, pages, pk, price, tags, title",
                "Invalid field name given in selectRelated: 'tags' is not a foreign key or one-to-one field of Book. Choices are: author",
                "Cannot prefetch 'bookz': it is not a relation of Author. Choices are: books",
                "Cannot resolve keyword 'autor' into field of Book. Choices are: author, authorId, id, metadata, pages, pk, price, tags, title",
                "Cannot resolve keyword 'page' into field of Book. Choices are: author, authorId, id, metadata, pages, pk, price, tags, title",
                "Cannot resolve keyword 'nme' into field of Tag. Choices are: book, id, name, pk");
    }

    @Test
    void correctLookupsCompile() {
        Compilation c = compile("""
                Book.objects.filter("author__name__icontains", "x").exclude("title__in", List.of("a"))
                        .filter("pages__gte", 3).filter("price__range", List.of(1, 2)).filter("pk", 1).filter("authorId", 1)
                        .filter("author", 1).filter("author__in", List.of()).filter("author__gt", 1).filter("tags__name", "t")
                        .filter("metadata__edition__number__gt", 2).filter("metadata__has_key", "a")
                        .filter("title__lower__startswith", "a").filter("author__joined__year__gte", 2020)
                        .filter(Q.of("title", "a").or("pages__lt", 3).not()).filter("pages", F.of("price"))
                        .orderBy("-author__name", "?", "pk").selectRelated("author").prefetchRelated("tags", "author__books")
                        .values("title", "author__name", "metadata__k");
                Author.objects.filter("books__title", "x").filter("books__tags__name__iexact", "t").prefetchRelated("books__tags");
                Tag.objects.filter("book__title", "x").prefetchRelated("bookSet");
                Book.objects.get("title", "x");
                """);
        assertThat(c.success()).as(c.report()).isTrue();
        assertThat(c.messages(Diagnostic.Kind.WARNING)).as(c.report()).isEmpty();
    }

    @Test
    void receiversWhoseNamesCannotBeToldAreSkipped() {
        Compilation c = compile("""
                Book.objects.annotate("n", Count.of("tags")).filter("n__gt", 1).orderBy("-n");
                Book.objects.alias("m", F.of("pages")).filter("m", 1);
                QuerySet<Book> qs = Book.objects.all();
                qs.filter("anything", 1);
                Q loose = Q.of("nothing__here", 1);
                F free = F.of("nowhere");
                Book.objects.filter("title__ne", "x");
                """);
        assertThat(c.success()).isFalse();
        // only the unknown lookup on a known model: a custom lookup registered at run time, see the next test
        assertThat(c.errors()).singleElement().asString().startsWith("Unsupported lookup 'ne' for field 'title' of Book");
        assertThat(compile("Book.objects.filter(\"title__ne\", \"x\").filter(\"pages__ne\", 1);", "-Acovet.lookups.extra=ne").success()).isTrue();
    }

    @Test
    void theChecksCanWarnOrBeTurnedOff() {
        String body = "Book.objects.filter(\"autor\", 1);";
        Compilation warned = compile(body, "-Acovet.lookups=warn");
        assertThat(warned.success()).as(warned.report()).isTrue();
        assertThat(warned.messages(Diagnostic.Kind.WARNING)).anyMatch(m -> m.startsWith("Cannot resolve keyword 'autor' into field of Book"));
        Compilation off = compile(body, "-Acovet.lookups=off");
        assertThat(off.success()).as(off.report()).isTrue();
        assertThat(off.diagnostics()).as(off.report()).noneMatch(d -> d.getMessage(null).contains("autor"));
        Compilation wrong = compile(body, "-Acovet.lookups=loud");
        assertThat(wrong.errors()).contains("-Acovet.lookups=loud is not a choice: use error, warn or off");
    }

    @Test
    void inheritedFieldsResolveAndInheritanceLinksAreNotGuessed() {
        java.util.Map<String, String> sources = Sources.with("""
                Novel.objects.filter("title__icontains", "x").filter("genre", "sf").orderBy("-pages");
                Place.objects.filter("restaurant__serves", true).filter("anything__the__processor__cannot__see", 1);
                Restaurant.objects.filter("name", "x").filter("serves", true);
                Novel.objects.filter("genr", "sf");
                """);
        sources.put("shop.Printed", """
                package shop;

                import dev.covet.orm.Model;
                import dev.covet.orm.field.CharField;
                import dev.covet.orm.field.IntegerField;

                public abstract class Printed extends Model {
                    @CharField(maxLength = 100) public String title;
                    @IntegerField public int pages;
                }
                """);
        sources.put("shop.Novel", """
                package shop;

                import dev.covet.orm.Manager;
                import dev.covet.orm.field.CharField;

                public class Novel extends Printed {
                    public static final Manager<Novel> objects = Manager.of(Novel.class);
                    @CharField(maxLength = 20) public String genre;
                }
                """);
        sources.put("shop.Place", """
                package shop;

                import dev.covet.orm.Manager;
                import dev.covet.orm.Model;
                import dev.covet.orm.field.CharField;

                public class Place extends Model {
                    public static final Manager<Place> objects = Manager.of(Place.class);
                    @CharField(maxLength = 100) public String name;
                }
                """);
        sources.put("shop.Restaurant", """
                package shop;

                import dev.covet.orm.Manager;
                import dev.covet.orm.field.BooleanField;

                public class Restaurant extends Place {
                    public static final Manager<Restaurant> objects = Manager.of(Restaurant.class);
                    @BooleanField public boolean serves;
                }
                """);
        Compilation c = Compilation.of(sources);
        assertThat(c.errors()).as(c.report()).containsExactly(
                "Cannot resolve keyword 'genr' into field of Novel. Choices are: genre, id, pages, pk, title");
        assertThat(c.generatedSource("shop.Novel_")).contains("TextPath title", "FieldPath<java.lang.Integer> pages", "TextPath genre");
    }
}
