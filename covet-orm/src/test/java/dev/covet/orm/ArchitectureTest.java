package dev.covet.orm;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package layers, read from the compiled classes of covet-orm with ArchUnit.
 *
 * <p>Beneath the face, the packages are layers, bottom first: {@code exception}, {@code field},
 * {@code meta}, {@code query}, {@code sql} (the compilers and the dialects), {@code db}, {@code schema}
 * and {@code internal.persist} (saving, bulk writes, deletion, reading rows into instances). Each uses only
 * the layers beneath it, and a dialect imports nothing above {@code sql}. Each package under
 * {@code internal} is a node of its own here.
 *
 * <p>The face is one layer of several packages, as {@code java.lang} and {@code java.util} are: the root
 * package, {@code relation}, {@code routing} and {@code migrate}, whose public signatures name each other
 * ({@code Model.related()} returns a {@code RelatedManager} that hands back {@code QuerySet}s, {@code Config}
 * takes {@code Router}s that take model classes, {@code Covet.migrate()} returns a {@code MigrateResult} and a
 * data migration's historical models are {@code Model}s), and the packages that implement its methods on
 * {@code QuerySet}s and hand out its types: {@code internal}, {@code internal.query} and
 * {@code internal.relation}. Above the face sit {@code signal}, which implements the {@code Lifecycle}
 * persistence and the face report to, the typed paths of {@code path}, and the rest.
 *
 * <p>With the face's packages taken as one, the packages form no cycle at all. Inside the face, every
 * dependency between two of its packages is listed: a new one fails the test until it is added to the list
 * in the same change (or, better, avoided), and one the code no longer has must be struck off. The face's
 * implementation packages are the face's alone: no package outside it uses them.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.covet.orm";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The layers beneath the face, bottom first: each may use only those before it. */
    private static final List<String> LAYERS = List.of("exception", "field", "meta", "query", "sql", "db", "schema",
            "internal.persist");

    /** Packages a dialect must not import: everything above {@code sql} in the pipeline. */
    private static final String[] ABOVE_SQL = {ROOT, ROOT + ".relation..", ROOT + ".migrate..", ROOT + ".routing..",
            ROOT + ".schema..", ROOT + ".signal..", ROOT + ".paginator..", ROOT + ".metrics..", ROOT + ".testing..",
            ROOT + ".path..", ROOT + ".internal..", ROOT + ".db.."};

    /** The face's packages, one layer ("" is the root package). */
    private static final Set<String> FACE = new TreeSet<>(List.of(
            "", "internal", "internal.query", "internal.relation", "migrate", "relation", "routing"));

    /** Every dependency between two of the face's packages. */
    private static final Set<String> FACE_EDGES = new TreeSet<>(List.of(
            "(root) -> internal", "(root) -> internal.query", "(root) -> internal.relation", "(root) -> migrate",
            "(root) -> relation", "(root) -> routing", "internal -> (root)", "internal -> routing",
            "internal.query -> (root)", "internal.query -> internal", "internal.query -> internal.relation",
            "internal.query -> relation", "internal.relation -> (root)", "internal.relation -> relation",
            "migrate -> (root)", "migrate -> routing", "relation -> (root)", "relation -> internal.relation",
            "relation -> routing", "routing -> (root)"));

    /** The rules below pass on no classes at all, so first make sure they see Covet's. */
    @Test
    void theCompiledClassesAreThere() {
        assertThat(CLASSES.size()).as("classes of %s imported (none means a failed or partial build)", ROOT).isGreaterThan(300);
        assertThat(CLASSES.contain(ROOT + ".Covet")).isTrue();
        assertThat(CLASSES.contain(ROOT + ".db.Database")).isTrue();
    }

    @Test
    void eachLayerBeneathTheFaceUsesOnlyTheLayersBeneathIt() {
        Set<String> all = new TreeSet<>();
        CLASSES.forEach(c -> all.add(topLevel(c)));
        assertThat(all).as("top-level packages of %s", ROOT).containsAll(LAYERS);
        for (int i = 0; i < LAYERS.size(); i++) {
            Set<String> above = new TreeSet<>(all);
            LAYERS.subList(0, i + 1).forEach(above::remove);
            String[] packages = above.stream().map(ArchitectureTest::pattern).toArray(String[]::new);
            noClasses().that().resideInAPackage(pattern(LAYERS.get(i)))
                    .should().dependOnClassesThat(resideInAnyPackage(packages))
                    .because(LAYERS.get(i) + " is a layer beneath the face: it may use only " + LAYERS.subList(0, i))
                    .check(CLASSES);
        }
    }

    @Test
    void dialectsImportNothingAboveSql() {
        noClasses().that().resideInAnyPackage(ROOT + ".sql.sqlite..", ROOT + ".sql.postgres..", ROOT + ".sql.mysql..")
                .should().dependOnClassesThat(resideInAnyPackage(ABOVE_SQL))
                .because("a dialect answers SQL questions for the layers above it and must not reach back into them")
                .check(CLASSES);
    }

    @Test
    void withTheFaceAsOneLayerThePackagesFormNoCycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        packageGraph().forEach((from, targets) -> {
            Set<String> out = graph.computeIfAbsent(layer(from), k -> new TreeSet<>());
            targets.forEach(to -> {
                if (!layer(to).equals(layer(from))) {
                    out.add(layer(to));
                }
            });
        });
        assertThat(graph).as("the package graph of %s", ROOT).containsKeys("face", "meta", "signal", "internal.persist");
        assertThat(stronglyConnected(graph))
                .as("package cycles, the face's packages taken as one (\"face\"): depend downwards, or move the code")
                .isEmpty();
    }

    @Test
    void theFacesPackagesDependOnEachOtherOnlyAsListed() {
        Set<String> edges = new TreeSet<>();
        packageGraph().forEach((from, targets) -> targets.forEach(to -> {
            if (FACE.contains(from) && FACE.contains(to)) {
                edges.add(name(from) + " -> " + name(to));
            }
        }));
        Set<String> added = new TreeSet<>(edges);
        added.removeAll(FACE_EDGES);
        Set<String> gone = new TreeSet<>(FACE_EDGES);
        gone.removeAll(edges);
        assertThat(added).as("new dependencies between the face's packages: avoid them, or list them in FACE_EDGES").isEmpty();
        assertThat(gone).as("dependencies the code no longer has: strike them from FACE_EDGES").isEmpty();
    }

    @Test
    void onlyTheFaceUsesItsImplementation() {
        String[] outside = packageGraph().keySet().stream().filter(p -> !FACE.contains(p)).map(ArchitectureTest::pattern)
                .toArray(String[]::new);
        noClasses().that().resideInAnyPackage(outside)
                .should().dependOnClassesThat(resideInAnyPackage(ROOT + ".internal", ROOT + ".internal.query..", ROOT + ".internal.relation.."))
                .because("internal, internal.query and internal.relation implement the face's methods: the packages above "
                        + "the face use the face itself, and those beneath cannot")
                .check(CLASSES);
    }

    /** The face's packages are one node, "face"; every other package is its own. */
    private static String layer(String node) {
        return FACE.contains(node) ? "face" : node;
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }

    /**
     * The node of the package graph {@code c} belongs to: its top-level package under dev.covet.orm ("" for the
     * root package, "sql" for sql and its subpackages), except that each package under {@code internal} is a
     * node of its own ("internal.persist"; "internal" for the classes directly in it).
     */
    private static String topLevel(JavaClass c) {
        String pkg = c.getPackageName();
        if (pkg.equals(ROOT)) {
            return "";
        }
        String[] parts = pkg.substring(ROOT.length() + 1).split("\\.");
        return parts[0].equals("internal") && parts.length > 1 ? "internal." + parts[1] : parts[0];
    }

    /** The ArchUnit package pattern of a node of {@link #topLevel}. */
    private static String pattern(String node) {
        if (node.isEmpty()) {
            return ROOT;
        }
        return node.equals("internal") ? ROOT + ".internal" : ROOT + "." + node + "..";
    }

    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String from = topLevel(c);
            graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (target.getPackageName().equals(ROOT) || target.getPackageName().startsWith(ROOT + ".")) {
                    String to = topLevel(target);
                    if (!to.equals(from)) {
                        graph.get(from).add(to);
                    }
                }
            }
        }
        return graph;
    }

    /** Tarjan's strongly connected components with more than one package. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }
}
