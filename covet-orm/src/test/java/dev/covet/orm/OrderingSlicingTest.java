package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Article;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;
import dev.covet.orm.query.OrderBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderingSlicingTest {
    private static List<String> names(QuerySet<Product> qs) {
        return qs.valuesList(String.class, "name").list();
    }

    @DbTest
    void severalFieldsAndDirections() {
        Fixtures.products();
        assertThat(names(Product.objects.orderBy("condition", "-price")))
                .containsExactly("Gizmo 100%", "Widget", "Émile's Café", "under_score", "Gadget");
        assertThat(names(Product.objects.orderBy("-minQuantity", "name")))
                .containsExactly("under_score", "Gadget", "Widget", "Gizmo 100%", "Émile's Café");
        assertThat(names(Product.objects.orderBy(F.of("quantity").minus(F.of("minQuantity")).desc())))
                .containsExactly("Gadget", "Émile's Café", "under_score", "Widget", "Gizmo 100%");
        assertThat(names(Product.objects.orderBy("price").reverse())).first().isEqualTo("Gizmo 100%");
        assertThat(names(Product.objects.orderBy("-price").reverse().reverse())).first().isEqualTo("Gizmo 100%");
    }

    @DbTest
    void nullsGoWhereTheOrderSaysOnEveryDatabase() {
        Fixtures.products();
        assertThat(names(Product.objects.orderBy(F.of("rating").desc().nullsLast(), F.of("name").asc())))
                .containsExactly("Gizmo 100%", "Widget", "Émile's Café", "under_score", "Gadget");
        assertThat(names(Product.objects.orderBy(F.of("rating").asc().nullsFirst())))
                .containsExactly("Gadget", "under_score", "Émile's Café", "Widget", "Gizmo 100%");
        assertThat(names(Product.objects.orderBy(F.of("rating").plus(1).asc().nullsLast())))
                .containsExactly("under_score", "Émile's Café", "Widget", "Gizmo 100%", "Gadget");
        assertThat(names(Product.objects.orderBy(F.of("rating").asc().nullsFirst()).reverse()))
                .containsExactly("Gizmo 100%", "Widget", "Émile's Café", "under_score", "Gadget");
    }

    @DbTest
    void randomOrderReturnsEveryRow() {
        Fixtures.products();
        Set<String> seen = new HashSet<>(names(Product.objects.orderBy("?")));
        assertThat(seen).hasSize(5);
    }

    @DbTest
    void metaOrderingAppliesUnlessClearedOrReplaced() {
        Article a = article("b-title", "2024-01-01T00:00:00Z");
        Article b = article("a-title", "2024-06-01T00:00:00Z");
        Article c = article("c-title", null);
        List<String> byMeta = Article.objects.valuesList(String.class, "title").list();
        // -publishedAt puts NULL first on PostgreSQL and last elsewhere; the dated rows keep their order
        assertThat(byMeta.stream().filter(t -> !t.equals("c-title")).toList()).containsExactly("a-title", "b-title");
        assertThat(Article.objects.orderBy("title").valuesList(String.class, "title").list()).containsExactly("a-title", "b-title", "c-title");
        assertThat(Article.objects.orderBy().toSql()).doesNotContain("ORDER BY");
        assertThat(Article.objects.all().toSql()).contains("ORDER BY");
        assertThat(Article.objects.filter("publishedAt__isnull", false).reverse().valuesList(String.class, "title").list())
                .containsExactly("b-title", "a-title");
        assertThat(List.of(a, b, c)).hasSize(3);
    }

    private static Article article(String title, String published) {
        Article a = new Article();
        a.title = title;
        a.slug = title;
        a.publishedAt = published == null ? null : Instant.parse(published);
        a.save();
        return a;
    }

    @DbTest
    void slicesFollowPythonSemantics() {
        Fixtures.products();
        QuerySet<Product> byPrice = Product.objects.orderBy("price");
        assertThat(names(byPrice.slice(0, 2))).containsExactly("under_score", "Gadget");
        assertThat(names(byPrice.slice(1, 3))).containsExactly("Gadget", "Émile's Café");
        assertThat(names(byPrice.slice(3))).containsExactly("Widget", "Gizmo 100%");
        assertThat(names(byPrice.slice(1, 4).slice(1, 10))).containsExactly("Émile's Café", "Widget");
        assertThat(names(byPrice.slice(2, 2))).isEmpty();
        assertThat(names(byPrice.slice(10, 20))).isEmpty();
        assertThat(names(byPrice.offset(2).limit(2))).containsExactly("Émile's Café", "Widget");
        assertThat(names(byPrice.limit(2).offset(4))).containsExactly("Gizmo 100%");
        assertThat(names(byPrice.offset(5))).isEmpty();
        assertThat(byPrice.slice(1, 4).count()).isEqualTo(3);
        assertThat(byPrice.slice(4, 9).count()).isEqualTo(1);
        assertThatThrownBy(() -> byPrice.slice(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Negative indexing");
        assertThatThrownBy(() -> byPrice.limit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> byPrice.slice(0, 2).filter("name", "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot filter a query once a slice has been taken");
        assertThatThrownBy(() -> byPrice.slice(0, 2).orderBy("name")).isInstanceOf(IllegalStateException.class);
    }

    @DbTest
    void firstAndLastRespectOrderingAndFallBackToThePrimaryKey() {
        List<Product> made = Fixtures.products();
        assertThat(Product.objects.orderBy("price").first().orElseThrow().name).isEqualTo("under_score");
        assertThat(Product.objects.orderBy("price").last().orElseThrow().name).isEqualTo("Gizmo 100%");
        assertThat(Product.objects.first().orElseThrow().id).isEqualTo(made.getFirst().id);
        assertThat(Product.objects.last().orElseThrow().id).isEqualTo(made.getLast().id);
        assertThat(Product.objects.filter("name", "none").first()).isEmpty();
        assertThat(Product.objects.orderBy(OrderBy.RANDOM).first()).isPresent();
        User.objects.first();
    }

    @DbTest
    void orderingByUnknownFieldsIsAFieldError() {
        assertThatThrownBy(() -> Product.objects.orderBy("-nope"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve keyword 'nope'");
        assertThatThrownBy(() -> Product.objects.orderBy("name__icontains"))
                .isInstanceOf(FieldError.class);
    }
}
