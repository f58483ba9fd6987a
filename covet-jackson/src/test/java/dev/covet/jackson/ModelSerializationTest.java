package dev.covet.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.covet.jackson.models.Author;
import dev.covet.jackson.models.Book;
import dev.covet.jackson.models.Tag;
import dev.covet.orm.query.Count;
import dev.covet.orm.testing.CaptureQueries;
import dev.covet.test.CovetTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CovetModule} writing models: their loaded fields only, and never a query. */
@CovetTest(models = {Author.class, Tag.class, Book.class})
class ModelSerializationTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CovetModule())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private Author ann;
    private Book dune;

    @BeforeEach
    void books() {
        ann = Author.objects.create(Map.of("name", "Ann", "apiToken", "s3cret"));
        dune = Book.objects.create(Map.of("title", "Dune", "pages", 412, "author", ann, "price", new BigDecimal("9.50"),
                "published", LocalDate.of(1965, 8, 1)));
        dune.tags.add(Tag.objects.create(Map.of("name", "sf")), Tag.objects.create(Map.of("name", "classic")));
        Book.objects.create(Map.of("title", "Emma", "pages", 300, "author", ann));
    }

    /** The JSON of {@code value}, asserting that writing it issued no statement. */
    private JsonNode write(Object value) throws Exception {
        try (CaptureQueries q = CaptureQueries.start()) {
            String json = mapper.writeValueAsString(value);
            assertThat(q.sql()).as("writing " + json + " queried").isEmpty();
            return mapper.readTree(json);
        }
    }

    @Test
    void aModelIsItsFieldsInOrderWithAForeignKeyAsItsKey() throws Exception {
        Book plain = Book.objects.get("title", "Dune");
        JsonNode json = write(plain);
        List<String> names = iterable(json.fieldNames());
        assertThat(names).containsExactly("id", "title", "pages", "price", "published", "author");
        assertThat(json.get("id").asLong()).isEqualTo(dune.id);
        assertThat(json.get("pages").asInt()).isEqualTo(412);
        assertThat(json.get("price").decimalValue()).isEqualByComparingTo("9.50");
        assertThat(json.get("published").asText()).isEqualTo("1965-08-01");
        assertThat(json.get("author").isIntegralNumber()).isTrue();
        assertThat(json.get("author").asLong()).isEqualTo(ann.id);
        assertThat(plain.author.isLoaded()).as("the key stayed unloaded").isFalse();
    }

    @Test
    void aSelectedRelationIsNestedAndSensitiveFieldsAreLeftOut() throws Exception {
        JsonNode json = write(Book.objects.selectRelated("author").get("title", "Dune"));
        assertThat(json.get("author").get("name").asText()).isEqualTo("Ann");
        assertThat(json.get("author").has("apiToken")).as("sensitive").isFalse();
        assertThat(json.get("author").has("books")).as("not prefetched").isFalse();
        JsonNode withToken = new ObjectMapper().registerModule(new CovetModule().includeSensitive()).valueToTree(Author.objects.get("name", "Ann"));
        assertThat(withToken.get("apiToken").asText()).isEqualTo("s3cret");
    }

    @Test
    void prefetchedRelationsAreArraysAndTheWayBackIsAKey() throws Exception {
        Author withBooks = Author.objects.prefetchRelated("books", "books__tags").get("name", "Ann");
        JsonNode json = write(withBooks);
        JsonNode books = json.get("books");
        assertThat(books.isArray()).isTrue();
        assertThat(books).extracting(b -> b.get("title").asText()).containsExactlyInAnyOrder("Dune", "Emma");
        for (JsonNode b : books) {
            assertThat(b.get("author").asLong()).as("the way back is the key").isEqualTo(ann.id);
        }
        JsonNode duneJson = books.get(0).get("title").asText().equals("Dune") ? books.get(0) : books.get(1);
        assertThat(duneJson.get("tags")).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder("sf", "classic");
        JsonNode tagsOnly = write(Book.objects.prefetchRelated("tags").get("title", "Emma"));
        assertThat(tagsOnly.get("tags").isArray()).isTrue();
        assertThat(tagsOnly.get("tags")).isEmpty();
    }

    @Test
    void deferredFieldsAreLeftOutAndNotLoaded() throws Exception {
        Book some = Book.objects.only("title", "author").get("title", "Dune");
        JsonNode json = write(some);
        assertThat(iterable(json.fieldNames())).containsExactly("id", "title", "author");
        Book rest = Book.objects.defer("price", "published").get("title", "Dune");
        assertThat(iterable(write(rest).fieldNames())).doesNotContain("price", "published").contains("pages");
    }

    @Test
    void annotationsAreWrittenByName() throws Exception {
        JsonNode json = write(Author.objects.annotate("bookCount", Count.of("books")).get("name", "Ann"));
        assertThat(json.get("bookCount").asLong()).isEqualTo(2);
    }

    @Test
    void listsAndUnsavedInstancesWriteWithoutQueries() throws Exception {
        List<Book> all = Book.objects.selectRelated("author").orderBy("title").list();
        JsonNode json = write(all);
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("author").get("name").asText()).isEqualTo("Ann");
        Book draft = new Book();
        draft.title = "Draft";
        draft.author.set(ann);
        JsonNode d = write(draft);
        assertThat(d.get("id").isNull()).isTrue();
        assertThat(d.get("author").get("name").asText()).as("an assigned object is at hand").isEqualTo("Ann");
    }

    @Test
    void managersAndBookkeepingNeverLeak() throws Exception {
        String text = mapper.writeValueAsString(Author.objects.prefetchRelated("books").get("name", "Ann"));
        assertThat(text).doesNotContain("\"adding\"", "\"deferred\"", "\"database\"", "\"loaded\"", "\"set\"", "\"objects\"",
                "\"strict\"", "\"annotations\"", "\"related\"");
        assertThat(mapper.writeValueAsString(Book.objects.get("title", "Emma"))).doesNotContain("tags");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
