package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;

import java.util.HashMap;
import java.util.Map;

import static dev.covet.orm.Fixtures.author;
import static dev.covet.orm.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Case / When and aggregates with a filter: the same rows on every database. */
class ConditionalTest {
    /** Ann wrote A1 (100 pages) and A2 (300), Bob wrote B1 (50), Cy nothing. */
    private static void library() {
        Author ann = author("Ann");
        Author bob = author("Bob");
        author("Cy");
        book("A1", 100, ann);
        book("A2", 300, ann);
        book("B1", 50, bob);
    }

    private static <T extends Model> Map<String, Object> by(QuerySet<T> qs, String key, String annotation) {
        Map<String, Object> out = new HashMap<>();
        for (Map<String, Object> row : qs.values(key, annotation).list()) {
            out.put((String) row.get(key), row.get(annotation));
        }
        return out;
    }

    private static Case size() {
        return Case.of(When.of("pages__gte", 300, "long"), When.of(Q.of("pages__gte", 100), "medium")).otherwise("short");
    }

    @DbTest
    void caseTakesTheFirstBranchThatHolds() {
        library();
        assertThat(by(Book.objects.annotate("size", size()), "title", "size"))
                .containsEntry("A1", "medium").containsEntry("A2", "long").containsEntry("B1", "short");
        assertThat(Book.objects.annotate("size", size()).filter("size", "long").valuesList(String.class, "title").list())
                .containsExactly("A2");
        Map<String, Object> noDefault = by(Book.objects.annotate("big", Case.of(When.of("pages__gte", 300, 1))), "title", "big");
        assertThat(noDefault.get("A1")).isNull();
        assertThat(((Number) noDefault.get("A2")).intValue()).isEqualTo(1);
    }

    @DbTest
    void branchesMayBeFieldsAndConditionsMayCrossRelationsOrBeExists() {
        library();
        Map<String, Object> pages = by(Book.objects.annotate("annPages",
                Case.of(When.of("author__name", "Ann", F.of("pages"))).otherwise(0)), "title", "annPages");
        assertThat(((Number) pages.get("A2")).intValue()).isEqualTo(300);
        assertThat(((Number) pages.get("B1")).intValue()).isEqualTo(0);
        Map<String, Object> writes = by(Author.objects.annotate("writes",
                Case.of(When.of(Exists.of(Book.objects.filter("author", OuterRef.of("pk"))), true)).otherwise(false)), "name", "writes");
        assertThat(writes).containsEntry("Ann", true).containsEntry("Bob", true).containsEntry("Cy", false);
    }

    @DbTest
    void aSumOverACaseCountsConditionally() {
        library();
        Map<String, Object> r = Book.objects.aggregate(Sum.of(Case.of(When.of("pages__gte", 100, 1)).otherwise(0)).as("big"));
        assertThat(((Number) r.get("big")).intValue()).isEqualTo(2);
    }

    @DbTest
    void aggregatesTakeAFilter() {
        library();
        Map<String, Object> longBooks = by(Author.objects.annotate(Count.of("books").filter(Q.of("books__pages__gt", 60)).as("n")), "name", "n");
        assertThat(longBooks).containsEntry("Ann", 2L).containsEntry("Bob", 0L).containsEntry("Cy", 0L);
        Map<String, Object> r = Book.objects.aggregate(Count.all().filter(Q.of("pages__gt", 60)).as("n"),
                Sum.of("pages").filter(Q.of("author__name", "Ann")).as("annPages"), Count.all());
        assertThat(r).containsEntry("n", 2L).containsEntry("count", 3L);
        assertThat(((Number) r.get("annPages")).intValue()).isEqualTo(400);
        // over a slice the aggregate reads a derived table; the filter still applies
        Map<String, Object> sliced = Book.objects.orderBy("title").slice(1, 3).aggregate(Count.all().filter(Q.of("pages__gt", 60)).as("n"));
        assertThat(sliced).containsEntry("n", 1L);
        assertThat(Author.objects.annotate(Count.of("books").filter(Q.of("books__pages__gt", 60)).as("n")).filter("n__gte", 1)
                .valuesList(String.class, "name").list()).containsExactly("Ann");
    }

    @DbTest
    void badConditionsAndMixedTypesAreClearErrors() {
        library();
        assertThatThrownBy(() -> Book.objects.annotate("x", Case.of(When.of("nope__gt", 1, "a"))))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope").hasMessageContaining("Choices are");
        assertThatThrownBy(() -> Book.objects.annotate("x", Case.of(When.of("pages__gt", 1, "a")).otherwise(3)))
                .isInstanceOf(FieldError.class).hasMessageContaining("Case mixes types");
        assertThatThrownBy(() -> Book.objects.annotate("x", Case.of(When.of(F.of("title"), 1))))
                .isInstanceOf(FieldError.class).hasMessageContaining("When needs a condition");
        assertThatThrownBy(() -> Author.objects.annotate(Count.of("books").filter(Q.of("books__nope", 1)).as("n")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> Author.objects.annotate(Count.of("books").filter(Q.empty())))
                .isInstanceOf(FieldError.class).hasMessageContaining("needs a condition");
        assertThat(Book.objects.annotate("x", Case.of(When.of("pages__gt", 1, "'); DROP TABLE book; --")))
                .filter("x", "'); DROP TABLE book; --").count()).isEqualTo(3);
    }
}
