package dev.covet.orm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Tag;
import dev.covet.orm.testing.CaptureQueries;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model given to an application's own ObjectMapper serialises as its fields: a key as its id, or as
 * the related object when that is loaded; the other sides of relations left out; nothing queried.
 */
class ModelJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @DbTest
    void modelsSerialiseAsTheirFieldsWithoutQueries(TestDb db) throws Exception {
        Author ann = Author.objects.create(Map.of("name", "Ann"));
        Book dune = Book.objects.create(Map.of("title", "Dune", "pages", 412, "author", ann, "published", LocalDate.of(1965, 8, 1)));
        dune.tags.add(Tag.objects.create(Map.of("name", "sf")));
        Book plain = Book.objects.get("id", dune.pk());
        Book selected = Book.objects.selectRelated("author").get("id", dune.pk());
        Author withBooks = Author.objects.prefetchRelated("books").get("id", ann.pk());
        String plainJson;
        String selectedJson;
        String authorJson;
        try (CaptureQueries q = CaptureQueries.start()) {
            plainJson = mapper.writeValueAsString(plain);
            selectedJson = mapper.writeValueAsString(selected);
            authorJson = mapper.writeValueAsString(withBooks);
            assertThat(q.sql()).as("serialising queried nothing").isEmpty();
        }
        JsonNode p = mapper.readTree(plainJson);
        assertThat(p.get("title").asText()).isEqualTo("Dune");
        assertThat(p.get("author").asLong()).isEqualTo(((Number) ann.pk()).longValue());
        assertThat(p.get("published").asText()).isEqualTo("1965-08-01");
        assertThat(p.has("tags")).isFalse();
        assertThat(plainJson).doesNotContain("\"loaded\"").doesNotContain("\"set\"");
        JsonNode s = mapper.readTree(selectedJson);
        assertThat(s.get("author").get("name").asText()).isEqualTo("Ann");
        assertThat(s.get("author").has("books")).isFalse();
        assertThat(mapper.readTree(authorJson).get("name").asText()).isEqualTo("Ann");
        assertThat(authorJson).doesNotContain("\"loaded\"");
    }
}
