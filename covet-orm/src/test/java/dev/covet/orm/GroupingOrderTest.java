package dev.covet.orm;

import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.User;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Sum;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Django 3.1+: "Meta.ordering won't be used in queries that include a GROUP BY" (aggregation
 * topic guide, "Interaction with order_by()"). Only an explicit {@code orderBy} orders a grouped
 * query, and so only an explicit ordering adds columns to its GROUP BY.
 */
class GroupingOrderTest {
    /** Five users (ordered by -createdAt by default): three active, two not. */
    private static void users() {
        Fixtures.user("ann", true, false);
        Fixtures.user("ben", true, true);
        Fixtures.user("cat", false, false);
        Fixtures.user("dan", true, false);
        Fixtures.user("eve", false, true);
    }

    @DbTest
    void valuesAnnotateGroupsByTheValuesOnlyNotByTheDefaultOrdering() {
        users();
        List<Map<String, Object>> rows = User.objects.values("isActive").annotate("n", Count.all()).list();
        assertThat(rows).hasSize(2);
        assertThat(rows).containsExactlyInAnyOrder(Map.of("isActive", true, "n", 3L), Map.of("isActive", false, "n", 2L));
        String sql = User.objects.values("isActive").annotate("n", Count.all()).toSql();
        assertThat(sql).doesNotContain("ORDER BY").doesNotContain("created_at");

        List<Map<String, Object>> staff = User.objects.values("isStaff").annotate("n", Count.all()).filter("n__gte", 1).list();
        assertThat(staff).hasSize(2);
    }

    @DbTest
    void anExplicitOrderingStillOrdersAndGroupsAGroupedQuery() {
        users();
        List<Map<String, Object>> rows = User.objects.values("isActive").annotate("n", Count.all()).orderBy("-n").list();
        assertThat(rows).containsExactly(Map.of("isActive", true, "n", 3L), Map.of("isActive", false, "n", 2L));
        // ordering by a column that is not in values() groups by it as well, as Django does: one row per user
        assertThat(User.objects.values("isActive").annotate("n", Count.all()).orderBy("username").list()).hasSize(5);
    }

    @DbTest
    void annotatedModelRowsAreUnorderedUnlessAsked() {
        for (String name : List.of("zed", "amy", "kim")) {
            Author a = Author.objects.create(Map.of("name", name));
            Book.objects.create(Map.of("title", name + "'s book", "author", a, "pages", 10));
        }
        QuerySet<Author> annotated = Author.objects.annotate("bookCount", Count.of("books"));
        assertThat(annotated.toSql()).doesNotContain("ORDER BY");
        assertThat(Author.objects.all().toSql()).contains("ORDER BY");
        // first() on an unordered QuerySet orders by the primary key (Django's QuerySet.ordered is False here)
        assertThat(annotated.first().orElseThrow().name).isEqualTo("zed");
        assertThat(annotated.last().orElseThrow().name).isEqualTo("kim");
        assertThat(annotated.orderBy("name").list()).extracting(a -> a.name).containsExactly("amy", "kim", "zed");
        assertThat(annotated.list()).extracting(a -> a.bookCount).containsOnly(1L);
        // the model's ordering still applies to the same QuerySet without the aggregate
        assertThat(Author.objects.all().list()).extracting(a -> a.name).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @DbTest
    void aggregateOverAGroupedQueryCountsGroups() {
        users();
        Map<String, Object> r = User.objects.values("isActive").annotate("n", Count.all()).aggregate(Sum.of("n").as("total"));
        assertThat(((Number) r.get("total")).longValue()).isEqualTo(5L);
        assertThat(User.objects.values("isActive").annotate("n", Count.all()).count()).isEqualTo(2L);
    }
}
