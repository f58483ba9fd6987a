package dev.covet.orm;

import dev.covet.orm.models.spec.SpecBook;
import dev.covet.orm.models.spec.SpecOrder;
import dev.covet.orm.models.spec.SpecUser;
import dev.covet.orm.query.Exists;
import dev.covet.orm.query.OuterRef;
import dev.covet.orm.query.SearchQuery;
import dev.covet.orm.query.SearchRank;
import dev.covet.orm.query.SearchVector;
import dev.covet.orm.query.Subquery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 003's "power moves" (§10, §20), written in Java as the spec writes them in Python, with their rows. */
class SpecExamplesTest {
    private static SpecUser user(String name) {
        SpecUser u = new SpecUser();
        u.username = name;
        u.save();
        return u;
    }

    private static void order(SpecUser u, String total, String at) {
        SpecOrder o = new SpecOrder();
        o.user.set(u);
        o.total = new BigDecimal(total);
        o.createdAt = Instant.parse(at);
        o.save();
    }

    private static void book(String title, Map<String, Object> metadata) {
        SpecBook b = new SpecBook();
        b.title = title;
        b.metadata = metadata;
        b.save();
    }

    @DbTest
    void theLatestOrderTotalPerUserAndUsersWithOrders() {
        SpecUser ann = user("ann");
        SpecUser bob = user("bob");
        user("cid");
        order(ann, "10.00", "2026-01-01T10:00:00Z");
        order(ann, "25.50", "2026-03-01T10:00:00Z");
        order(bob, "7.25", "2026-02-01T10:00:00Z");

        // latest = SpecOrder.objects.filter(user=OuterRef("pk")).order_by("-created_at")
        // SpecUser.objects.annotate(last_order=Subquery(latest.values("total")[:1]))
        QuerySet<SpecOrder> latest = SpecOrder.objects.filter("user", OuterRef.of("pk")).orderBy("-createdAt");
        List<Map<String, Object>> rows = SpecUser.objects.annotate("lastOrder", Subquery.of(latest.values("total").slice(0, 1)))
                .orderBy("username").values("username", "lastOrder").list();
        assertThat(rows).extracting(r -> r.get("username")).containsExactly("ann", "bob", "cid");
        assertThat(rows).extracting(r -> r.get("lastOrder") == null ? null : new BigDecimal(r.get("lastOrder").toString()).setScale(2))
                .containsExactly(new BigDecimal("25.50"), new BigDecimal("7.25"), null);

        // SpecUser.objects.filter(Exists(SpecOrder.objects.filter(user=OuterRef("pk"))))
        assertThat(SpecUser.objects.filter(Exists.of(SpecOrder.objects.filter("user", OuterRef.of("pk")))).orderBy("username")
                .valuesList(String.class, "username").list()).containsExactly("ann", "bob");
    }

    @DbTest
    void aJsonKeyLookupAndARankedSearch() {
        book("Django for professionals", Map.of("rating", 5));
        book("Two scoops of Django", Map.of("rating", 4));
        book("Learning Java", Map.of("rating", 3));

        // SpecBook.objects.filter(metadata__rating__gte=4)
        assertThat(SpecBook.objects.filter("metadata__rating__gte", 4).orderBy("title").valuesList(String.class, "title").list())
                .containsExactly("Django for professionals", "Two scoops of Django");

        // SpecBook.objects.annotate(search=SearchVector("title")).filter(search="django")
        assertThat(SpecBook.objects.annotate("search", SearchVector.of("title")).filter("search", "django").orderBy("title")
                .valuesList(String.class, "title").list()).containsExactly("Django for professionals", "Two scoops of Django");

        // ranked: the better match first
        SearchVector v = SearchVector.of("title");
        SearchQuery q = SearchQuery.plain("django");
        List<String> ranked = SpecBook.objects.filter(v.matches(q)).annotate("rank", SearchRank.of(v, q))
                .orderBy("-rank", "title").valuesList(String.class, "title").list();
        assertThat(ranked).containsExactlyInAnyOrder("Django for professionals", "Two scoops of Django");
    }
}
