package dev.covet.orm.migrate;

import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.state.ProjectState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The migrations and their dependencies (Django's {@code MigrationGraph}): which come first, which
 * are each app's newest (its leaves), the state their operations build, and the plans that move a
 * database forwards or backwards. A dependency on a migration that does not exist, a cycle, or an
 * app with two newest migrations (two branches, each with its own 0003) fails with what to do.
 */
public final class MigrationGraph {
    private final Map<String, Migration> nodes;

    /**
     * A graph of {@code nodes}, checked: every dependency must exist (or be replaced by a squashed migration).
     *
     * @param nodes the migrations by key ({@code app.name})
     * @throws MigrationError if a migration depends on one that does not exist
     */
    public MigrationGraph(Map<String, Migration> nodes) {
        this.nodes = Map.copyOf(nodes);
        Set<String> replaced = new HashSet<>();
        nodes.values().forEach(m -> replaced.addAll(m.replaces()));
        for (Migration m : nodes.values()) {
            for (String d : m.dependencies()) {
                if (!nodes.containsKey(d) && !replaced.contains(d)) {
                    throw new MigrationError("Migration " + m.key() + " depends on " + d + ", which does not exist; "
                            + "restore it or correct the dependency");
                }
            }
        }
        order(nodes.keySet());
    }

    /**
     * This graph with squashed migrations in place of those they replace, as a database that has
     * {@code applied} sees it: the squashed one counts when none or all of its range is applied (and
     * is then applied itself); a database part-way through the range keeps the original migrations.
     *
     * @param applied the keys of the migrations the database has applied
     * @return the graph as that database sees it
     */
    public MigrationGraph withReplacements(Set<String> applied) {
        Map<String, Migration> out = new java.util.LinkedHashMap<>(nodes);
        Map<String, String> rename = new java.util.HashMap<>();
        for (Migration m : nodes.values()) {
            if (m.replaces().isEmpty()) {
                continue;
            }
            long done = m.replaces().stream().filter(applied::contains).count();
            if (done == 0 || done == m.replaces().size()) {
                for (String r : m.replaces()) {
                    out.remove(r);
                    rename.put(r, m.key());
                }
            } else {
                out.remove(m.key());
            }
        }
        if (rename.isEmpty()) {
            return new MigrationGraph(out);
        }
        Map<String, Migration> rewired = new java.util.LinkedHashMap<>();
        for (Migration m : out.values()) {
            List<String> deps = m.dependencies().stream().map(d -> rename.getOrDefault(d, d)).filter(d -> !d.equals(m.key()))
                    .distinct().toList();
            rewired.put(m.key(), new Migration(m.app(), m.name(), deps, m.operations(), m.atomic(), m.replaces(), m.checksum()));
        }
        return new MigrationGraph(rewired);
    }

    /**
     * The migrations by key ({@code app.name}).
     *
     * @return the migrations, unmodifiable
     */
    public Map<String, Migration> nodes() {
        return nodes;
    }

    /**
     * The migration with {@code key}.
     *
     * @param key {@code app.name}
     * @return the migration
     * @throws MigrationError if there is none (the message lists the known keys)
     */
    public Migration get(String key) {
        Migration m = nodes.get(key);
        if (m == null) {
            throw new MigrationError("No migration " + key + "; known: " + String.join(", ", new TreeSet<>(nodes.keySet())));
        }
        return m;
    }

    /**
     * The apps that have migrations.
     *
     * @return the app labels, sorted
     */
    public Set<String> apps() {
        Set<String> out = new TreeSet<>();
        nodes.values().forEach(m -> out.add(m.app()));
        return out;
    }

    /**
     * The migrations of {@code app} nothing else of the app depends on.
     *
     * @param app the app label
     * @return their keys, sorted; empty when the app has no migrations
     */
    public List<String> leaves(String app) {
        Set<String> depended = new HashSet<>();
        for (Migration m : nodes.values()) {
            depended.addAll(m.dependencies());
        }
        return nodes.values().stream().filter(m -> m.app().equals(app) && !depended.contains(m.key()))
                .map(Migration::key).sorted().toList();
    }

    /**
     * The single newest migration of {@code app}, or null when it has none; two fail as a conflict.
     *
     * @param app the app label
     * @return the key, or null
     * @throws MigrationError if the app has two or more leaves (run {@code makemigrations --merge})
     */
    public String leaf(String app) {
        List<String> leaves = leaves(app);
        if (leaves.size() > 1) {
            throw new MigrationError("Conflicting migrations in app " + app + ": " + String.join(" and ", leaves)
                    + " each follow the same history. Run 'covet makemigrations --merge' to join them.");
        }
        return leaves.isEmpty() ? null : leaves.getFirst();
    }

    /**
     * {@code key} and every migration it depends on, directly or not.
     *
     * @param key {@code app.name}
     * @return the keys, {@code key} among them
     */
    public Set<String> ancestors(String key) {
        Set<String> out = new LinkedHashSet<>();
        collect(key, out);
        return out;
    }

    private void collect(String key, Set<String> out) {
        if (out.add(key)) {
            for (String d : get(key).dependencies()) {
                collect(d, out);
            }
        }
    }

    /**
     * Every migration that depends on {@code key}, directly or not (not {@code key} itself).
     *
     * @param key {@code app.name}
     * @return the keys, empty when nothing depends on it
     */
    public Set<String> descendants(String key) {
        Set<String> out = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Migration m : nodes.values()) {
                if (!out.contains(m.key()) && (m.dependencies().contains(key) || m.dependencies().stream().anyMatch(out::contains))) {
                    grew |= out.add(m.key());
                }
            }
        }
        return out;
    }

    /**
     * {@code keys} in an order where each comes after its dependencies (ties by app, then number).
     *
     * @param keys the migrations to order
     * @return the keys in dependency order
     * @throws MigrationError if the dependencies form a cycle
     */
    public List<String> order(Set<String> keys) {
        List<String> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        List<String> sorted = keys.stream().sorted(Comparator.comparing((String k) -> nodes.get(k).app())
                .thenComparing(k -> nodes.get(k).number()).thenComparing(k -> k)).toList();
        for (String k : sorted) {
            visit(k, keys, done, visiting, out);
        }
        return out;
    }

    private void visit(String key, Set<String> keys, Set<String> done, Set<String> visiting, List<String> out) {
        if (done.contains(key)) {
            return;
        }
        if (!visiting.add(key)) {
            throw new MigrationError("Migrations depend on each other in a cycle through " + key);
        }
        for (String d : nodes.get(key).dependencies()) {
            if (keys.contains(d)) {
                visit(d, keys, done, visiting, out);
            }
        }
        visiting.remove(key);
        done.add(key);
        out.add(key);
    }

    /**
     * The state that {@code keys} (each with its dependencies applied first) build from nothing.
     *
     * @param keys the migrations whose operations are applied
     * @return the project state they build
     * @throws MigrationError if an operation cannot apply to the state before it
     */
    public ProjectState state(Set<String> keys) {
        ProjectState s = ProjectState.empty();
        for (String k : order(keys)) {
            s = apply(get(k), s);
        }
        return s;
    }

    /**
     * The state after {@code m}'s operations, given the state before it.
     *
     * @param m the migration
     * @param s the state before it
     * @return the state after it
     * @throws MigrationError if an operation cannot apply (the message names the migration and operation)
     */
    public static ProjectState apply(Migration m, ProjectState s) {
        int i = 0;
        for (Operation op : m.operations()) {
            i++;
            try {
                s = op.stateForwards(m.app(), s);
            } catch (IllegalArgumentException e) {
                throw new MigrationError("Migration " + m.key() + ", operation " + i + " (" + op.describe() + "): " + e.getMessage(), e);
            }
        }
        return s;
    }
}
