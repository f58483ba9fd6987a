package dev.covet.jackson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.covet.jackson.models.Author;
import dev.covet.jackson.models.Book;
import dev.covet.jackson.models.Tag;
import dev.covet.test.CovetTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CovetModule} reading JSON into unsaved instances, which then save as any other. */
@CovetTest(models = {Author.class, Tag.class, Book.class})
class ModelDeserializationTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CovetModule()).registerModule(new JavaTimeModule());

    @Test
    void fieldsByNameAndAForeignKeyByItsKeyMakeAnUnsavedInstanceThatSaves() throws Exception {
        Author ann = Author.objects.create(Map.of("name", "Ann"));
        Book b = mapper.readValue("{\"title\":\"Emma\",\"pages\":300,\"price\":\"12.50\",\"published\":\"1815-12-23\",\"author\":"
                + ann.id + "}", Book.class);
        assertThat(b.id).isNull();
        assertThat(b.title).isEqualTo("Emma");
        assertThat(b.pages).isEqualTo(300);
        assertThat(b.price).isEqualByComparingTo("12.50");
        assertThat(b.published).isEqualTo(LocalDate.of(1815, 12, 23));
        assertThat(b.author.isLoaded()).isFalse();
        assertThat((Long) b.author.id()).isEqualTo(ann.id);
        b.save();
        Book back = Book.objects.selectRelated("author").get("id", b.id);
        assertThat(back.author.get().name).isEqualTo("Ann");
        assertThat(back.price).isEqualByComparingTo(new BigDecimal("12.50"));
    }

    @Test
    void whatTheModuleWritesReadsBack() throws Exception {
        Author ann = Author.objects.create(Map.of("name", "Ann"));
        Book.objects.create(Map.of("title", "Dune", "pages", 412, "author", ann));
        Book loaded = Book.objects.selectRelated("author").prefetchRelated("tags").get("title", "Dune");
        String json = mapper.writeValueAsString(loaded);
        Book copy = mapper.readValue(json, Book.class);
        assertThat(copy.toDict()).isEqualTo(loaded.toDict());
        assertThat(mapper.readValue("{\"title\":\"X\",\"authorId\":" + ann.id + "}", Book.class).author.<Long>id()).isEqualTo(ann.id);
        assertThat(mapper.readValue("{\"title\":\"X\",\"author\":null}", Book.class).author.isSet()).isFalse();
    }

    @Test
    void badInputFailsNamingTheProperty() {
        assertThatThrownBy(() -> mapper.readValue("{\"title\":\"X\",\"subtitle\":\"Y\"}", Book.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("subtitle").hasMessageContaining("title");
        assertThatThrownBy(() -> mapper.readValue("{\"title\":\"X\",\"pages\":\"many\"}", Book.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("pages");
        assertThatThrownBy(() -> mapper.readValue("{\"author\":{\"name\":\"Ann\"}}", Book.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("without its key 'id'");
        assertThatThrownBy(() -> mapper.readValue("[1]", Book.class)).isInstanceOf(MismatchedInputException.class);
        ObjectMapper lenient = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(assertDoesNotThrow(lenient)).isEqualTo("X");
    }

    private static String assertDoesNotThrow(ObjectMapper lenient) {
        try {
            return lenient.readValue("{\"title\":\"X\",\"subtitle\":\"Y\"}", Book.class).title;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
