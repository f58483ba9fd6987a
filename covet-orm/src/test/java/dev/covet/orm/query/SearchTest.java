package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.QuerySet;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Story;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Full-text search: the search lookup, SearchVector / SearchQuery / SearchRank, on every database's own engine. */
class SearchTest {
    private static void rows() {
        new Story("Foxes", "The quick brown fox jumps over the lazy dog").save();
        new Story("Dogs", "A lazy dog sleeps all day long").save();
        new Story("Quick notes", "Brown paper and quick thinking").save();
        new Story("Empty", null).save();
    }

    private static List<String> titles(QuerySet<Story> qs) {
        return qs.orderBy("title").valuesList(String.class, "title").list();
    }

    @DbTest
    void theSearchLookupFindsRowsWithEveryWord() {
        rows();
        assertThat(titles(Story.objects.filter("body__search", "quick fox"))).containsExactly("Foxes");
        assertThat(titles(Story.objects.filter("body__search", "lazy dog"))).containsExactly("Dogs", "Foxes");
        assertThat(titles(Story.objects.filter("body__search", "brown"))).containsExactly("Foxes", "Quick notes");
        assertThat(titles(Story.objects.filter("body__search", "elephant"))).isEmpty();
        assertThat(titles(Story.objects.exclude("body__search", "brown").filter("body__isnull", false))).containsExactly("Dogs");
    }

    @DbTest
    void aVectorSearchesSeveralFieldsAndAPhraseKeepsItsOrder() {
        rows();
        SearchVector v = SearchVector.of("title", "body");
        assertThat(titles(Story.objects.filter(v.matches("quick")))).containsExactly("Foxes", "Quick notes");
        assertThat(titles(Story.objects.filter(v.matches(SearchQuery.phrase("brown fox"))))).containsExactly("Foxes");
        assertThat(titles(Story.objects.filter(v.matches(SearchQuery.phrase("fox brown"))))).isEmpty();
    }

    @DbTest
    void aRankOrdersTheBestMatchFirst() {
        rows();
        SearchVector v = SearchVector.of("title", "body");
        SearchQuery q = SearchQuery.plain("quick");
        List<Map<String, Object>> ranked = Story.objects.filter(v.matches(q)).annotate("rank", SearchRank.of(v, q))
                .orderBy("-rank", "title").values("title", "rank").list();
        assertThat(ranked).hasSize(2);
        assertThat(ranked).allSatisfy(r -> assertThat(((Number) r.get("rank")).doubleValue()).isPositive());
        assertThat(ranked.getFirst().get("title")).isEqualTo("Quick notes");   // "quick" in the title and the body
    }

    @DbTest
    void theIndexFollowsInsertsUpdatesAndDeletes() {
        rows();
        Story s = Story.objects.get("title", "Dogs");
        s.body = "A zebra grazes";
        s.save();
        assertThat(titles(Story.objects.filter("body__search", "zebra"))).containsExactly("Dogs");
        assertThat(titles(Story.objects.filter("body__search", "sleeps"))).isEmpty();
        Story.objects.filter("title", "Dogs").delete();
        assertThat(titles(Story.objects.filter("body__search", "zebra"))).isEmpty();
    }

    @DbTest
    void weightsAndConfigsArePostgresOnlyButAcceptedEverywhere(TestDb db) {
        rows();
        SearchVector v = SearchVector.of("title", "body").weights("A", "B").config("english");
        if (db.isPostgres()) {
            assertThat(titles(Story.objects.filter(v.matches("quick")))).containsExactly("Foxes", "Quick notes");
            assertThat(titles(Story.objects.filter(v.matches(SearchQuery.websearch("quick -fox"))))).containsExactly("Quick notes");
            assertThat(titles(Story.objects.filter(v.matches(SearchQuery.raw("quick & !fox"))))).containsExactly("Quick notes");
        } else {
            assertThatThrownBy(() -> Story.objects.filter(v.matches(SearchQuery.websearch("quick -fox"))).list())
                    .isInstanceOf(NotSupportedError.class).hasMessageContaining("websearch");
            String raw = db.isMariaDb() ? "+quick -fox" : "quick NOT fox";
            assertThat(titles(Story.objects.filter(SearchVector.of("title", "body").matches(SearchQuery.raw(raw))))).containsExactly("Quick notes");
        }
    }

    @DbTest
    void badSearchesAreClearErrorsAndTextIsAParameter(TestDb db) {
        rows();
        String hostile = "'); DROP TABLE story; -- \" fox";
        assertThat(titles(Story.objects.filter("body__search", hostile))).isEmpty();
        assertThat(Story.objects.filter("body__search", hostile).toSql().split(" -- params")[0]).doesNotContain("DROP");
        assertThatThrownBy(() -> Story.objects.filter("body__search", "  ").list())
                .isInstanceOf(ValidationError.class).hasMessageContaining("needs some text");
        assertThatThrownBy(() -> Story.objects.filter("body__search", "!!! ...").list())
                .isInstanceOf(ValidationError.class).hasMessageContaining("holds no words");
        assertThatThrownBy(() -> Story.objects.filter("body__search", 5).list())
                .isInstanceOf(ValidationError.class).hasMessageContaining("needs the text");
        assertThatThrownBy(() -> Story.objects.filter("id__search", "x").list()).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Story.objects.filter(SearchVector.of("nope").matches("x")).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> SearchVector.of("title").weights("Z"))
                .isInstanceOf(ValidationError.class).hasMessageContaining("A, B, C or D");
        assertThatThrownBy(() -> SearchVector.of("title").config("english'); DROP"))
                .isInstanceOf(ValidationError.class).hasMessageContaining("configuration");
        if (!db.isPostgres()) {
            // no search index holds the title alone (MariaDB) / any index holds it (SQLite): said before anything runs
            QuerySet<Story> titleOnly = Story.objects.filter("title__search", "quick");
            if (db.isMariaDb()) {
                assertThatThrownBy(titleOnly::list).isInstanceOf(FieldError.class).hasMessageContaining("needs a search index on exactly (title)");
            } else {
                assertThat(titles(titleOnly)).containsExactly("Quick notes");
            }
        }
        assertThat(Story.objects.count()).isEqualTo(4);
    }
}
