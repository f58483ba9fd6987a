package dev.covet.orm;

import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Product;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Django's "Operators that return new QuerySets": {@code qs1 & qs2} is {@code filter(...).filter(...)},
 * {@code qs1 | qs2} is {@code filter(Q(...) | Q(...))}, both over the same model and unsliced.
 */
class QuerySetCombineTest {
    private static List<String> names(QuerySet<Product> qs) {
        return qs.orderBy("name").valuesList(String.class, "name").list();
    }

    @DbTest
    void orAndAndMatchTheirQEquivalents() {
        Fixtures.products();
        QuerySet<Product> cheap = Product.objects.filter("price__lt", 10);
        QuerySet<Product> fresh = Product.objects.filter("condition", "new");
        assertThat(names(cheap.or(fresh))).isEqualTo(names(Product.objects.filter(Q.of("price__lt", 10).or(Q.of("condition", "new")))))
                .containsExactly("Gadget", "Gizmo 100%", "Widget", "under_score", "Émile's Café");
        assertThat(names(cheap.and(fresh))).isEqualTo(names(Product.objects.filter("price__lt", 10).filter("condition", "new")))
                .containsExactly("Émile's Café");
        // the left side's ordering stays
        assertThat(cheap.orderBy("-price").or(fresh).valuesList(String.class, "name").list())
                .containsExactly("Gizmo 100%", "Widget", "Émile's Café", "Gadget", "under_score");
    }

    @DbTest
    void orAcrossARelationKeepsRowsOnlyTheOtherSideMatches() {
        Author alice = Author.objects.create(Map.of("name", "alice"));
        Author.objects.create(Map.of("name", "bob"));
        Author.objects.create(Map.of("name", "carol"));
        Book.objects.create(Map.of("title", "Dune", "author", alice, "pages", 500));
        QuerySet<Author> combined = Author.objects.filter("books__title", "Dune").or(Author.objects.filter("name", "carol"));
        assertThat(combined.valuesList(String.class, "name").list()).containsExactly("alice", "carol");
        assertThat(combined.count()).isEqualTo(2);
    }

    @DbTest
    void noneAndAllCombineAsSetsDo() {
        Fixtures.products();
        QuerySet<Product> used = Product.objects.filter("condition", "used");
        assertThat(names(Product.objects.none().or(used))).containsExactly("Gadget");
        assertThat(names(used.or(Product.objects.none()))).containsExactly("Gadget");
        assertThat(names(used.and(Product.objects.none()))).isEmpty();
        assertThat(Product.objects.all().or(used).count()).isEqualTo(5);
    }

    @DbTest
    void onlyCombinableQuerySetsCombine() {
        Fixtures.products();
        assertThatThrownBy(() -> Product.objects.all().slice(0, 2).or(Product.objects.all()))
                .isInstanceOf(IllegalStateException.class).hasMessage("Cannot combine queries once a slice has been taken.");
        assertThatThrownBy(() -> Product.objects.all().and(Product.objects.all().slice(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Product.objects.distinct().or(Product.objects.all()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Cannot combine a unique query with a non-unique query.");
        @SuppressWarnings({"unchecked", "rawtypes"})
        QuerySet<Product> authors = (QuerySet) Author.objects.all();
        assertThatThrownBy(() -> Product.objects.all().or(authors)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two different base models");
    }
}
