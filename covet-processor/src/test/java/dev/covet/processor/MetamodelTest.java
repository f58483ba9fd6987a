package dev.covet.processor;

import dev.covet.orm.Q;
import dev.covet.orm.path.FieldPath;
import dev.covet.orm.path.Path;
import dev.covet.orm.path.RelationPath;
import dev.covet.orm.path.TextPath;
import dev.covet.orm.query.OrderBy;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated metamodel compiles, matches the model's fields, and renders to the lookup strings. */
class MetamodelTest {
    private static final String TYPED = """
            Book.objects.filter(Book_.author.name.icontains("x"), Book_.price.gt(BigDecimal.ONE))
                    .exclude(Book_.pages.lt(3)).orderBy(Book_.title.asc(), Book_.author.name.desc())
                    .selectRelated(Book_.author).prefetchRelated(Book_.tags);
            Author.objects.filter(Author_.books.tags().name.iexact("t")).prefetchRelated(Author_.books);
            Book.objects.values(Book_.title, Book_.author.name);
            Tag.objects.filter(Tag_.book.title.startswith("a"));
            """;

    @Test
    void theMetamodelHasATypedPathPerFieldAndReverseRelation() {
        Compilation c = Compilation.of(Sources.with(TYPED));
        assertThat(c.success()).as(c.report()).isTrue();
        assertThat(c.diagnostics()).as(c.report()).isEmpty();
        String book = c.generatedSource("shop.Book_");
        assertThat(book)
                .contains("package shop;")
                .contains("@javax.annotation.processing.Generated(\"dev.covet.processor.CovetProcessor\")")
                .contains("public static final dev.covet.orm.path.TextPath title = new dev.covet.orm.path.TextPath(\"title\");")
                .contains("public static final dev.covet.orm.path.FieldPath<java.lang.Integer> pages = new dev.covet.orm.path.FieldPath<>(\"pages\");")
                .contains("public static final dev.covet.orm.path.FieldPath<java.math.BigDecimal> price")
                .contains("public static final dev.covet.orm.path.FieldPath<java.util.Map<java.lang.String,java.lang.Object>> metadata")
                .contains("public static final shop.Author_.Path author = new shop.Author_.Path(\"author\");")
                .contains("public static final shop.Tag_.Path tags = new shop.Tag_.Path(\"tags\");")
                .contains("public static final dev.covet.orm.path.FieldPath<java.lang.Long> id")
                .contains("public shop.Author_.Path author() {")
                .doesNotContain("authorId");
        assertThat(c.generatedSource("shop.Author_"))
                .contains("public static final shop.Book_.Path books = new shop.Book_.Path(\"books\");")
                .contains("public final dev.covet.orm.path.TextPath name = new dev.covet.orm.path.TextPath(child(\"name\"));");
        assertThat(c.generatedSource("shop.Tag_")).contains("public static final shop.Book_.Path book = new shop.Book_.Path(\"book\");");
    }

    @Test
    void theCompiledMetamodelRendersTheLookupStrings() throws Exception {
        Compilation c = Compilation.of(Sources.with(TYPED));
        assertThat(c.success()).as(c.report()).isTrue();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{c.classes().toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> book = loader.loadClass("shop.Book_");
            Class<?> author = loader.loadClass("shop.Author_");
            TextPath title = (TextPath) book.getField("title").get(null);
            FieldPath<?> price = (FieldPath<?>) book.getField("price").get(null);
            RelationPath toAuthor = (RelationPath) book.getField("author").get(null);
            TextPath authorName = (TextPath) toAuthor.getClass().getField("name").get(toAuthor);
            RelationPath books = (RelationPath) author.getField("books").get(null);
            RelationPath booksTags = (RelationPath) books.getClass().getMethod("tags").invoke(books);
            assertThat(Map.of(title, "title", price, "price", toAuthor, "author", authorName, "author__name",
                    books, "books", booksTags, "books__tags")).allSatisfy((Path p, String s) -> assertThat(p.lookup()).isEqualTo(s));
            assertThat(authorName.icontains("x")).hasToString(Q.of("author__name__icontains", "x").toString());
            assertThat(title.desc()).isEqualTo(new OrderBy(dev.covet.orm.F.of("title"), true));
        }
    }

    @Test
    void aTypedPathThatDoesNotExistFailsToCompile() {
        Compilation c = Compilation.of(Sources.with("Book.objects.filter(Book_.author.nme.icontains(\"x\"));"));
        assertThat(c.success()).isFalse();
        assertThat(c.errors()).singleElement().asString().contains("nme");
    }
}
