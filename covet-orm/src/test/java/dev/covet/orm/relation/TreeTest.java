package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.models.Category;
import dev.covet.orm.testing.CaptureQueries;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import static dev.covet.orm.testing.CaptureQueries.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** TreeNode over a parent key: every helper's rows and query count, recursive CTEs, cycles. */
class TreeTest {
    /**
     * <pre>
     * electronics            books
     * ├── computers          └── fiction
     * │   ├── desktops
     * │   └── laptops
     * │       └── gaming
     * └── phones
     * </pre>
     */
    private record Shop(Category electronics, Category computers, Category desktops, Category laptops, Category gaming,
                        Category phones, Category books, Category fiction) {
    }

    private static Category node(String name, Category parent) {
        Category c = new Category();
        c.name = name;
        c.parent.set(parent);
        c.save();
        return c;
    }

    private static Shop shop() {
        Category electronics = node("electronics", null);
        Category computers = node("computers", electronics);
        Category laptops = node("laptops", computers);
        Category desktops = node("desktops", computers);
        Category gaming = node("gaming", laptops);
        Category phones = node("phones", electronics);
        Category books = node("books", null);
        Category fiction = node("fiction", books);
        return new Shop(electronics, computers, desktops, laptops, gaming, phones, books, fiction);
    }

    /** A fresh copy from the database, with nothing cached. */
    private static Category fresh(Category c) {
        return Category.objects.get("id", c.id);
    }

    /** The names {@code call} gives on a fresh copy of {@code node}, which must run exactly {@code n} queries. */
    private static List<String> queries(int n, Category node, Function<Category, List<Category>> call) {
        Category c = fresh(node);
        return names(assertNumQueries(n, () -> call.apply(c)));
    }

    /** The number {@code call} gives on a fresh copy of {@code node}, which must run exactly {@code n} queries. */
    private static int number(int n, Category node, ToIntFunction<Category> call) {
        Category c = fresh(node);
        return assertNumQueries(n, () -> call.applyAsInt(c));
    }

    private static List<String> names(List<Category> nodes) {
        return nodes.stream().map(c -> c.name).toList();
    }

    @DbTest
    void parentIsCachedOrOneQuery() {
        Shop s = shop();
        Category gaming = fresh(s.gaming());
        assertThat(assertNumQueries(1, gaming::parent).name).isEqualTo("laptops");
        assertNumQueries(0, () -> assertThat(gaming.parent()).isSameAs(gaming.parent.get()));
        Category withParent = Category.objects.selectRelated("parent").get("name", "laptops");
        assertNumQueries(0, () -> assertThat(withParent.parent().name).isEqualTo("computers"));
        Category root = fresh(s.electronics());
        assertNumQueries(0, () -> assertThat(root.parent()).isNull());
    }

    @DbTest
    void childrenAreAQuerySet() {
        Shop s = shop();
        Category computers = fresh(s.computers());
        assertThat(assertNumQueries(1, () -> names(computers.children().list()))).containsExactly("desktops", "laptops");
        assertThat(computers.children().filter("name__startswith", "l").count()).isEqualTo(1);
        assertThat(queries(1, s.gaming(), c -> c.children().list())).isEmpty();
    }

    @DbTest
    void ancestorsNearestFirstInOneQuery() {
        Shop s = shop();
        Category gaming = fresh(s.gaming());
        List<Category> ancestors = assertNumQueries(1, gaming::ancestors);
        assertThat(names(ancestors)).containsExactly("laptops", "computers", "electronics");
        assertThat(queries(1, s.phones(), Category::ancestors)).containsExactly("electronics");
        assertThat(queries(0, s.books(), Category::ancestors)).isEmpty();

        // normal instances: every field loaded, saved by UPDATE, on the database they came from
        Category laptops = ancestors.getFirst();
        assertThat(laptops).isEqualTo(s.laptops());
        assertThat(laptops.parent.<Long>id()).isEqualTo(s.computers().id);
        laptops.name = "notebooks";
        try (CaptureQueries q = CaptureQueries.start()) {
            laptops.save();
            assertThat(q.sql()).singleElement().asString().startsWith("UPDATE");
        }
        assertThat(fresh(s.laptops()).name).isEqualTo("notebooks");
    }

    @DbTest
    void descendantsBreadthFirstInOneQuery() {
        Shop s = shop();
        Category electronics = fresh(s.electronics());
        List<Category> below = assertNumQueries(1, electronics::descendants);
        assertThat(names(below)).containsExactly("computers", "phones", "desktops", "laptops", "gaming");
        assertThat(below.getLast().parent.<Long>id()).isEqualTo(s.laptops().id);
        assertThat(queries(1, s.laptops(), Category::descendants)).containsExactly("gaming");
        assertThat(queries(1, s.gaming(), Category::descendants)).isEmpty();
        assertThat(names(fresh(s.books()).descendants())).containsExactly("fiction");
    }

    @DbTest
    void walksAreOneRecursiveQueryWithParameters() {
        Shop s = shop();
        Category gaming = fresh(s.gaming());
        try (CaptureQueries q = CaptureQueries.start()) {
            gaming.ancestors();
            gaming.depth();
            s.electronics().descendants();
            assertThat(q.sql()).hasSize(3).allSatisfy(sql -> assertThat(sql).startsWith("WITH RECURSIVE ").doesNotContain("1000"));
            assertThat(q.queries().getFirst().params()).containsExactly(s.laptops().id, 1000, s.gaming().id);
        }
    }

    @DbTest
    void siblingsLeaveOutTheNodeItself() {
        Shop s = shop();
        assertThat(queries(1, s.computers(), c -> c.siblings().list())).containsExactly("phones");
        assertThat(names(fresh(s.laptops()).siblings().list())).containsExactly("desktops");
        assertThat(names(fresh(s.gaming()).siblings().list())).isEmpty();
        assertThat(names(fresh(s.electronics()).siblings().list())).containsExactly("books");
    }

    @DbTest
    void depthCountsAncestorsInOneQuery() {
        Shop s = shop();
        assertThat(number(1, s.gaming(), Category::depth)).isEqualTo(3);
        assertThat(number(1, s.laptops(), Category::depth)).isEqualTo(2);
        assertThat(number(1, s.phones(), Category::depth)).isEqualTo(1);
        assertThat(number(0, s.electronics(), Category::depth)).isZero();
    }

    @DbTest
    void rootAndLeafChecks() {
        Shop s = shop();
        Category electronics = fresh(s.electronics());
        Category gaming = fresh(s.gaming());
        assertNumQueries(0, () -> {
            assertThat(electronics.isRoot()).isTrue();
            assertThat(gaming.isRoot()).isFalse();
        });
        assertThat(assertNumQueries(1, gaming::isLeaf)).isTrue();
        assertThat(assertNumQueries(1, electronics::isLeaf)).isFalse();
        assertThat(fresh(s.phones()).isLeaf()).isTrue();
    }

    @DbTest
    void rootIsOneQueryOrNone() {
        Shop s = shop();
        Category gaming = fresh(s.gaming());
        Category root = assertNumQueries(1, gaming::root);
        assertThat(root).isEqualTo(s.electronics());
        assertThat(root.name).isEqualTo("electronics");
        assertThat(queries(1, s.fiction(), c -> List.of(c.root()))).containsExactly("books");
        Category electronics = fresh(s.electronics());
        assertThat(assertNumQueries(0, electronics::root)).isSameAs(electronics);
    }

    @DbTest
    void rootNodesAreTheNodesWithoutParent() {
        shop();
        assertThat(assertNumQueries(1, () -> names(TreeNode.rootNodes(Category.class).list()))).containsExactly("books", "electronics");
        assertThat(TreeNode.rootNodes(Category.class).filter("name", "books").count()).isEqualTo(1);
    }

    @DbTest
    void walksEndOnACycle() {
        Shop s = shop();
        // electronics -> computers -> laptops -> gaming -> electronics, and books <-> fiction
        Category.objects.filter("id", s.electronics().id).update("parent", s.gaming().id);
        Category.objects.filter("id", s.books().id).update(Map.of("parent", s.fiction()));
        // the walk runs on the timeout's own thread, so it takes this test's runtime along
        assertTimeoutPreemptively(Duration.ofSeconds(60), Covet.runtime().wrap(() -> {
            Category gaming = fresh(s.gaming());
            assertThat(names(assertNumQueries(1, gaming::ancestors))).containsExactly("laptops", "computers", "electronics");
            assertThat(gaming.depth()).isEqualTo(3);
            Category electronics = fresh(s.electronics());
            assertThat(names(assertNumQueries(1, electronics::descendants)))
                    .containsExactly("computers", "phones", "desktops", "laptops", "gaming");
            assertThat(names(fresh(s.phones()).ancestors())).containsExactly("electronics", "gaming", "laptops", "computers");
            assertThatThrownBy(gaming::root).isInstanceOf(DoesNotExist.class).hasMessageContaining("cycle");
            assertThat(names(fresh(s.books()).descendants())).containsExactly("fiction");
            assertThat(names(fresh(s.fiction()).ancestors())).containsExactly("books");
            assertThat(TreeNode.rootNodes(Category.class).list()).isEmpty();
        })::run);
    }

    @DbTest
    void unsavedNodesGiveClearErrors() {
        Shop s = shop();
        Category draft = new Category();
        draft.name = "draft";
        assertThatThrownBy(draft::children).isInstanceOf(IllegalStateException.class).hasMessageContaining("unsaved Category");
        assertThatThrownBy(draft::descendants).isInstanceOf(IllegalStateException.class).hasMessageContaining("save it first");
        assertThatThrownBy(draft::isLeaf).isInstanceOf(IllegalStateException.class);
        assertThat(draft.isRoot()).isTrue();
        assertThat(draft.ancestors()).isEmpty();

        // an unsaved node under a saved parent already knows its ancestors and siblings
        draft.parent.set(s.laptops());
        assertThat(names(draft.ancestors())).containsExactly("laptops", "computers", "electronics");
        assertThat(draft.depth()).isEqualTo(3);
        assertThat(names(draft.siblings().list())).containsExactly("gaming");

        Category orphan = new Category();
        orphan.name = "orphan";
        orphan.parent.set(draft);
        assertThatThrownBy(orphan::ancestors).isInstanceOf(IllegalStateException.class).hasMessageContaining("not saved");
    }

    @DbTest
    void deletingANodeCascadesToItsSubtree() {
        Shop s = shop();
        s.computers().delete();
        assertThat(names(fresh(s.electronics()).descendants())).containsExactly("phones");
        assertThat(Category.objects.count()).isEqualTo(4);
    }
}
