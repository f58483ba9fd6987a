package dev.covet.test;

import dev.covet.test.models.Novel;
import dev.covet.test.models.Writer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CovetTest} as an application uses it: run by the build itself, once per database. */
@CovetTest(models = {Writer.class, Novel.class})
class NovelQueriesTest {
    @BeforeEach
    void novels() {
        Writer austen = Writer.named("Austen");
        Novel.of("Emma", austen);
        Novel.of("Persuasion", austen);
        Novel.of("Middlemarch", Writer.named("Eliot"));
    }

    @Test
    @MaxQueries(1)
    void titlesWithWritersInOneQuery() {
        List<String> lines = Novel.objects.selectRelated("writer").orderBy("title").list().stream()
                .map(n -> n.title + " by " + n.writer.get().name).toList();
        assertThat(lines).containsExactly("Emma by Austen", "Middlemarch by Eliot", "Persuasion by Austen");
    }

    @Test
    void eachTestStartsFromItsOwnRows(TestDatabase db) {
        assertThat(Novel.objects.count()).isEqualTo(3);
        assertThat(db.url()).contains("covet_test_");
    }
}
