package dev.covet.orm;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Author;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** union / unionAll / intersection / difference: rows, ordering, slicing and counting, on every database. */
class SetOperationTest {
    private static void authors() {
        for (String name : List.of("Ann", "Bob", "Cy", "Dee")) {
            Author a = new Author();
            a.name = name;
            a.save();
        }
    }

    private static QuerySet<Author> named(String... names) {
        return Author.objects.filter("name__in", List.of(names));
    }

    private static List<String> names(QuerySet<Author> qs) {
        return qs.list().stream().map(a -> a.name).toList();
    }

    @DbTest
    void unionIntersectionDifference() {
        authors();
        assertThat(names(named("Ann").union(named("Bob")).orderBy("name"))).containsExactly("Ann", "Bob");
        assertThat(named("Ann", "Bob").union(named("Bob")).count()).isEqualTo(2);
        assertThat(named("Ann", "Bob").unionAll(named("Bob")).count()).isEqualTo(3);
        assertThat(names(named("Ann", "Bob", "Cy").intersection(named("Bob", "Cy", "Dee")).orderBy("name"))).containsExactly("Bob", "Cy");
        assertThat(names(Author.objects.all().difference(named("Ann")).orderBy("-name"))).containsExactly("Dee", "Cy", "Bob");
        assertThat(named("Ann").intersection(named("Bob")).exists()).isFalse();
        assertThat(named("Ann").union(named("Bob"), named("Cy")).count()).isEqualTo(3);
    }

    @DbTest
    void theCombinedResultIsOrderedSlicedAndNarrowedAsAWhole() {
        authors();
        assertThat(names(named("Ann", "Bob").union(named("Cy", "Dee")).orderBy("-name").slice(1, 3))).containsExactly("Cy", "Bob");
        assertThat(named("Ann", "Dee").union(named("Bob")).orderBy("name").valuesList(String.class, "name").list())
                .containsExactly("Ann", "Bob", "Dee");
        assertThat(named("Ann").union(named("Bob")).orderBy("name").first().orElseThrow().name).isEqualTo("Ann");
    }

    @DbTest
    void whatACombinedQuerySetCannotDoIsAClearError() {
        authors();
        assertThatThrownBy(() -> named("Ann").union(named("Bob")).filter("name", "Ann"))
                .isInstanceOf(NotSupportedError.class).hasMessageContaining("filter() after union()");
        assertThatThrownBy(() -> named("Ann").union(named("Bob").slice(0, 1)))
                .isInstanceOf(NotSupportedError.class).hasMessageContaining("sliced");
        assertThatThrownBy(() -> named("Ann").union(named("Bob")).delete())
                .isInstanceOf(NotSupportedError.class).hasMessageContaining("delete()");
        assertThatThrownBy(() -> named("Ann").union(named("Bob")).update("name", "x"))
                .isInstanceOf(NotSupportedError.class).hasMessageContaining("update()");
        assertThatThrownBy(() -> named("Ann").union(named("Bob")).orderBy("name").valuesList(String.class, "email").list())
                .isInstanceOf(NotSupportedError.class).hasMessageContaining("columns it selects");
        assertThat(Author.objects.count()).isEqualTo(4);
    }
}
