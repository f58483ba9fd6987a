package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Folder;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static dev.covet.orm.testing.CaptureQueries.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NestedSetNode: inserts and subtree deletes keep the numbering whole; reads are one query or none. */
class NestedSetTest {
    /**
     * <pre>
     * home                      other
     * ├── docs                  └── tmp
     * │   ├── work
     * │   │   └── reports
     * │   └── taxes
     * ├── pics
     * └── music
     * </pre>
     */
    private record Disk(Folder home, Folder docs, Folder work, Folder reports, Folder taxes, Folder pics, Folder music,
                        Folder other, Folder tmp) {
    }

    private static Folder folder(String name) {
        Folder f = new Folder();
        f.name = name;
        return f;
    }

    private static Disk disk() {
        Folder home = folder("home");
        home.saveAsRoot();
        Folder docs = home.addChild(folder("docs"));
        Folder pics = home.addChild(folder("pics"));
        Folder work = docs.addChild(folder("work"));
        Folder taxes = docs.addChild(folder("taxes"));
        Folder music = home.addChild(folder("music"));
        Folder reports = work.addChild(folder("reports"));
        Folder other = folder("other");
        other.saveAsRoot();
        Folder tmp = other.addChild(folder("tmp"));
        return new Disk(home, docs, work, reports, taxes, pics, music, other, tmp);
    }

    private static Folder fresh(Folder f) {
        return Folder.objects.get("id", f.id);
    }

    private static List<String> names(Iterable<Folder> folders) {
        List<String> out = new ArrayList<>();
        folders.forEach(f -> out.add(f.name));
        return out;
    }

    /** Every tree is numbered 1..2n without gaps or repeats, each node inside its parent, levels matching. */
    private static void assertWellFormed() {
        Map<Integer, List<Folder>> trees = new HashMap<>();
        for (Folder f : Folder.objects.orderBy("treeId", "lft")) {
            trees.computeIfAbsent(f.treeId, k -> new ArrayList<>()).add(f);
        }
        trees.forEach((treeId, nodes) -> {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (Folder f : nodes) {
                assertThat(f.lft).as("lft < rgt of %s", f.name).isLessThan(f.rgt);
                assertThat((f.rgt - f.lft - 1) % 2).as("%s encloses whole nodes", f.name).isZero();
                numbers.add(f.lft);
                numbers.add(f.rgt);
                long enclosing = nodes.stream().filter(a -> a.lft < f.lft && a.rgt > f.rgt).count();
                assertThat(f.level).as("level of %s", f.name).isEqualTo((int) enclosing);
                for (Folder other : nodes) {
                    boolean disjoint = other.rgt < f.lft || other.lft > f.rgt;
                    boolean nested = (other.lft > f.lft && other.rgt < f.rgt) || (other.lft < f.lft && other.rgt > f.rgt);
                    assertThat(other == f || disjoint || nested).as("%s and %s overlap", f.name, other.name).isTrue();
                }
            }
            assertThat(numbers).hasSize(2 * nodes.size());
            assertThat(numbers.first()).isEqualTo(1);
            assertThat(numbers.last()).isEqualTo(2 * nodes.size());
            assertThat(nodes.getFirst().lft).isEqualTo(1);
            assertThat(nodes.getFirst().level).isZero();
        });
    }

    @DbTest
    void insertsNumberTheTreeDepthFirst() {
        Disk d = disk();
        assertWellFormed();
        assertThat(names(Folder.objects.filter("treeId", d.home().treeId).orderBy("lft")))
                .containsExactly("home", "docs", "work", "reports", "taxes", "pics", "music");
        Folder home = fresh(d.home());
        assertThat(List.of(home.lft, home.rgt, home.level)).containsExactly(1, 14, 0);
        Folder reports = fresh(d.reports());
        assertThat(List.of(reports.lft, reports.rgt, reports.level)).containsExactly(4, 5, 3);
        assertThat(d.other().treeId).isNotEqualTo(d.home().treeId);
    }

    @DbTest
    void writesAreSetBasedAndCounted(TestDb db) {
        Folder root = folder("root");
        // the next treeId (read twice under a row lock where there are row locks), the INSERT
        assertNumQueries(db.database().dialect().features().supportsSelectForUpdate() ? 3 : 2, root::saveAsRoot);
        Folder a;
        try (CaptureQueries q = CaptureQueries.start()) {
            a = root.addChild(folder("a"));
            List<String> sql = q.sql();
            assertThat(sql).hasSize(4);                     // locked read, 2 UPDATEs, INSERT
            if (db.database().dialect().features().supportsSelectForUpdate()) {
                assertThat(sql.get(0)).endsWith("FOR UPDATE");
            }
            assertThat(sql.get(1)).startsWith("UPDATE").contains(" + ");
            assertThat(sql.get(2)).startsWith("UPDATE").contains(" + ");
            assertThat(sql.get(3)).startsWith("INSERT");
        }
        Folder b = assertNumQueries(4, () -> root.addChild(folder("b")));
        assertNumQueries(4, () -> a.addChild(folder("a1")));
        // the instances given are kept up to date
        assertThat(List.of(a.lft, a.rgt, a.level)).containsExactly(2, 5, 1);
        // others are stale until refreshed
        assertThat(List.of(root.lft, root.rgt)).containsExactly(1, 6);
        assertThat(List.of(b.lft, b.rgt)).containsExactly(4, 5);
        root.refreshFromDb();
        b.refreshFromDb();
        assertThat(List.of(root.lft, root.rgt)).containsExactly(1, 8);
        assertThat(List.of(b.lft, b.rgt)).containsExactly(6, 7);
        assertWellFormed();
    }

    @DbTest
    void aStaleInstanceStillInsertsInTheRightPlace() {
        Disk d = disk();
        Folder staleDocs = d.docs();                   // its rgt predates the inserts below it
        Folder staleHome = fresh(d.home());
        d.pics().addChild(folder("cats"));
        staleDocs.addChild(folder("letters"));
        staleHome.addChild(folder("videos"));
        assertWellFormed();
        assertThat(names(fresh(d.docs()).children())).containsExactly("work", "taxes", "letters");
        assertThat(names(fresh(d.home()).children())).containsExactly("docs", "pics", "music", "videos");
    }

    @DbTest
    void descendantsAndAncestorsAreOneQueryEach() {
        Disk d = disk();
        Folder home = fresh(d.home());
        Folder reports = fresh(d.reports());
        Folder docs = fresh(d.docs());
        assertThat(assertNumQueries(1, () -> names(home.descendants().list())))
                .containsExactly("docs", "work", "reports", "taxes", "pics", "music");
        assertThat(assertNumQueries(1, () -> names(docs.descendants().list()))).containsExactly("work", "reports", "taxes");
        assertThat(assertNumQueries(0, () -> names(reports.descendants().list()))).isEmpty();
        assertThat(assertNumQueries(1, () -> names(reports.ancestors().list()))).containsExactly("work", "docs", "home");
        assertThat(assertNumQueries(1, () -> names(home.ancestors().list()))).isEmpty();
        assertThat(home.descendants().toSql()).contains("BETWEEN");
        assertThat(names(fresh(d.other()).descendants())).containsExactly("tmp");
    }

    @DbTest
    void childrenParentAndRoot() {
        Disk d = disk();
        Folder home = fresh(d.home());
        Folder reports = fresh(d.reports());
        Folder docs = fresh(d.docs());
        assertThat(assertNumQueries(1, () -> names(home.children().list()))).containsExactly("docs", "pics", "music");
        assertThat(assertNumQueries(1, () -> names(docs.children().list()))).containsExactly("work", "taxes");
        assertThat(assertNumQueries(1, reports::parent).name).isEqualTo("work");
        assertThat(assertNumQueries(0, home::parent)).isNull();
        assertThat(assertNumQueries(1, reports::root).name).isEqualTo("home");
        assertThat(assertNumQueries(0, home::root)).isSameAs(home);
        assertThat(assertNumQueries(1, () -> names(NestedSetNode.rootNodes(Folder.class).list()))).containsExactly("home", "other");
    }

    @DbTest
    void shapeQuestionsNeedNoQuery() {
        Disk d = disk();
        Folder home = fresh(d.home());
        Folder docs = fresh(d.docs());
        Folder reports = fresh(d.reports());
        assertNumQueries(0, () -> {
            assertThat(home.isRoot()).isTrue();
            assertThat(docs.isRoot()).isFalse();
            assertThat(reports.isLeaf()).isTrue();
            assertThat(docs.isLeaf()).isFalse();
            assertThat(reports.depth()).isEqualTo(3);
            assertThat(home.depth()).isZero();
            assertThat(home.descendantCount()).isEqualTo(6);
            assertThat(docs.descendantCount()).isEqualTo(3);
            assertThat(reports.descendantCount()).isZero();
        });
    }

    @DbTest
    void deleteSubtreeClosesTheGap() {
        Disk d = disk();
        Folder docs = fresh(d.docs());
        DeleteResult result = docs.deleteSubtree();
        assertThat(result.total()).isEqualTo(4);
        assertThat(docs.id).isNull();
        assertWellFormed();
        Folder home = fresh(d.home());
        assertThat(List.of(home.lft, home.rgt)).containsExactly(1, 6);
        assertThat(names(home.descendants())).containsExactly("pics", "music");
        assertThat(names(fresh(d.other()).descendants())).containsExactly("tmp");

        // the tree keeps working after the delete
        fresh(d.pics()).addChild(folder("cats"));
        fresh(d.music()).deleteSubtree();
        assertWellFormed();
        assertThat(names(Folder.objects.filter("treeId", d.home().treeId).orderBy("lft"))).containsExactly("home", "pics", "cats");
        assertThat(fresh(d.home()).descendantCount()).isEqualTo(2);

        fresh(d.other()).deleteSubtree();
        assertThat(names(NestedSetNode.rootNodes(Folder.class))).containsExactly("home");
    }

    @DbTest
    void moveToCarriesTheSubtreeWithinATreeAndAcross() {
        Disk d = disk();
        // docs (with work/reports and taxes) moves right, under music: the gap closes, music makes room
        Folder docs = fresh(d.docs());
        Folder music = fresh(d.music());
        docs.moveTo(music);
        assertWellFormed();
        assertThat(names(Folder.objects.filter("treeId", d.home().treeId).orderBy("lft")))
                .containsExactly("home", "pics", "music", "docs", "work", "reports", "taxes");
        assertThat(List.of(docs.lft, docs.rgt, docs.level)).containsExactly(fresh(docs).lft, fresh(docs).rgt, 2);
        assertThat(fresh(d.reports()).level).isEqualTo(4);
        assertThat(fresh(docs).parent().name).isEqualTo("music");
        assertThat(music.rgt).isEqualTo(fresh(music).rgt);

        // work moves left and up, under home
        fresh(d.work()).moveTo(fresh(d.home()));
        assertWellFormed();
        assertThat(names(fresh(d.home()).children())).containsExactly("pics", "music", "work");
        assertThat(names(fresh(d.work()).descendants())).containsExactly("reports");

        // music (with docs and taxes) moves to the other tree, under tmp
        fresh(d.music()).moveTo(fresh(d.tmp()));
        assertWellFormed();
        assertThat(names(Folder.objects.filter("treeId", d.other().treeId).orderBy("lft")))
                .containsExactly("other", "tmp", "music", "docs", "taxes");
        assertThat(names(Folder.objects.filter("treeId", d.home().treeId).orderBy("lft")))
                .containsExactly("home", "pics", "work", "reports");
        assertThat(fresh(d.taxes()).level).isEqualTo(4);

        // docs leaves to start a tree of its own; a root stays where it is
        Folder moved = fresh(d.docs());
        moved.makeRoot();
        assertWellFormed();
        assertThat(List.of(moved.lft, moved.rgt, moved.level)).containsExactly(1, 4, 0);
        assertThat(names(NestedSetNode.rootNodes(Folder.class).orderBy("treeId"))).containsExactly("home", "other", "docs");
        fresh(d.home()).makeRoot();
        assertWellFormed();
        assertThat(Folder.objects.count()).isEqualTo(9);
    }

    @DbTest
    void concurrentNewTreesGetTreeIdsOfTheirOwn() throws Exception {
        Folder.objects.create(Map.of("name", "seed", "lft", 1, "rgt", 2, "treeId", 1, "level", 0));
        java.util.concurrent.ExecutorService pool = Covet.runtime().wrap(java.util.concurrent.Executors.newFixedThreadPool(3));
        try {
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        Folder f = folder("t" + thread + "-" + i);
                        if (i % 2 == 0) {
                            f.saveAsRoot();
                        } else {
                            Folder seed = Folder.objects.get("name", "seed");
                            Folder child = seed.addChild(f);
                            child.makeRoot();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Folder> roots = NestedSetNode.rootNodes(Folder.class).list();
        assertThat(roots).hasSize(19);
        assertThat(roots.stream().map(f -> f.treeId).distinct()).as("tree ids of %s", roots.stream().map(f -> f.name + ":" + f.treeId).toList()).hasSize(19);
        assertWellFormed();
    }

    @DbTest
    void aNodeCannotMoveUnderItself() {
        Disk d = disk();
        assertThatThrownBy(() -> fresh(d.docs()).moveTo(fresh(d.reports())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("descendants");
        assertThatThrownBy(() -> fresh(d.docs()).moveTo(fresh(d.docs()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fresh(d.docs()).moveTo(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("makeRoot");
        assertThatThrownBy(() -> folder("draft").moveTo(fresh(d.home()))).isInstanceOf(IllegalStateException.class);
        assertWellFormed();
        assertThat(names(Folder.objects.filter("treeId", d.home().treeId).orderBy("lft")))
                .containsExactly("home", "docs", "work", "reports", "taxes", "pics", "music");
    }

    @DbTest
    void aFailedInsertChangesNothing() {
        Disk d = disk();
        Folder home = fresh(d.home());
        Folder tooLong = folder("x".repeat(101));
        assertThatThrownBy(() -> home.addChild(tooLong)).isInstanceOf(ValidationError.class);
        assertWellFormed();
        assertThat(fresh(d.home()).rgt).isEqualTo(14);
        assertThat(Folder.objects.count()).isEqualTo(9);
    }

    @DbTest
    void badInputGivesClearErrors() {
        Disk d = disk();
        Folder draft = folder("draft");
        assertThatThrownBy(() -> draft.addChild(folder("child")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a saved node");
        assertThatThrownBy(draft::descendants).isInstanceOf(IllegalStateException.class).hasMessageContaining("saveAsRoot()");
        assertThatThrownBy(draft::deleteSubtree).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> d.home().addChild(fresh(d.pics())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("saved already");
        assertThatThrownBy(() -> d.home().addChild(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(d.home()::saveAsRoot).isInstanceOf(IllegalArgumentException.class);
        assertThat(Folder.objects.count()).isEqualTo(9);
        assertWellFormed();
    }
}
