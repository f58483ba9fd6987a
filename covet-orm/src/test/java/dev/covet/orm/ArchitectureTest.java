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
 * and {@code internal.persist} (saving, bulk writes, reading rows into instances). Each uses only the
 * layers beneath it, so they form no cycle, and a dialect imports nothing above {@code sql}. Each
 * package under {@code internal} is a node of its own here.
 *
 * <p>The typed paths of {@code path} and the signals of {@code signal} sit above the face: the paths build
 * {@code Q}s, which the face takes through the query layer's {@code PathLookup}, and the signals implement the
 * {@code Lifecycle} persistence and the face report to, so nothing in Covet refers to them. The face's other
 * packages still form one dependency cycle: the root package with {@code relation}, {@code routing},
 * {@code migrate}, and the QuerySet's own workings in {@code internal}, {@code internal.query} and
 * {@code internal.relation}. It is written down here, package by package and edge by edge, as a debt to pay
 * off. The test fails when a dependency adds a package to a cycle, starts a new cycle, or adds an edge inside
 * the known one, and it asks for a package or an edge to be struck from the lists once the code no longer has
 * it, so the lists only shrink.
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

    /** The one cycle the face's packages form today ("" is the root package). */
    private static final Set<String> KNOWN_CYCLE = new TreeSet<>(List.of(
            "", "internal", "internal.query", "internal.relation", "migrate", "relation", "routing"));

    /** Every dependency between two packages of the known cycle today: the debt, struck off edge by edge. */
    private static final Set<String> KNOWN_EDGES = new TreeSet<>(List.of(
            "(root) -> internal", "(root) -> internal.query", "(root) -> internal.relation", "(root) -> migrate",
            "(root) -> relation", "(root) -> routing", "internal -> (root)", "internal -> routing",
            "internal.query -> (root)", "internal.query -> internal", "internal.query -> internal.relation",
            "internal.query -> relation", "internal.relation -> (root)", "internal.relation -> relation",
            "migrate -> (root)", "migrate -> routing", "relation -> (root)", "relation -> internal.relation",
            "relation -> routing", "routing -> (root)", "routing -> relation"));

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
    void noPackageJoinsACycleAndTheKnownCycleGrowsNoEdge() {
        Map<String, Set<String>> graph = packageGraph();
        List<Set<String>> cycles = stronglyConnected(graph);
        assertThat(cycles).as("package cycles (each a set of top-level packages of %s; \"\" is the root package)", ROOT)
                .allSatisfy(cycle -> assertThat(cycle).isSubsetOf(KNOWN_CYCLE));
        Set<String> inACycle = new TreeSet<>();
        cycles.forEach(inACycle::addAll);
        assertThat(inACycle).as("packages in a cycle: strike the others from KNOWN_CYCLE").containsAll(KNOWN_CYCLE);
        Set<String> edges = new TreeSet<>();
        graph.forEach((from, targets) -> targets.forEach(to -> {
            if (KNOWN_CYCLE.contains(from) && KNOWN_CYCLE.contains(to)) {
                edges.add(name(from) + " -> " + name(to));
            }
        }));
        Set<String> added = new TreeSet<>(edges);
        added.removeAll(KNOWN_EDGES);
        Set<String> gone = new TreeSet<>(KNOWN_EDGES);
        gone.removeAll(edges);
        assertThat(added).as("new dependencies inside the known package cycle: remove them (depend downwards)").isEmpty();
        assertThat(gone).as("dependencies the code no longer has: strike them from KNOWN_EDGES").isEmpty();
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
