package dev.covet.orm.migrate;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.SchemaLock;
import dev.covet.orm.migrate.operation.AddIndex;
import dev.covet.orm.migrate.operation.CreateModel;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.SchemaContext;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.schema.TableEditor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies and unapplies migrations on one database, under the schema lock so that two processes
 * migrating at once apply each migration once. Where DDL is transactional (PostgreSQL, SQLite) each
 * migration runs in one transaction with its record; elsewhere (MariaDB) each operation's completion
 * is recorded, so a migration that fails part-way says what was applied, and the next run resumes
 * after it.
 */
final class MigrationExecutor {
    static final String LOCK = "covet_migrations";
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private final Database db;
    private final MigrationGraph graph;
    private final MigrationRecorder recorder;

    MigrationExecutor(Database db, MigrationGraph graph) {
        this.db = db;
        this.recorder = new MigrationRecorder(db);
        this.graph = graph.withReplacements(complete(recorder.applied()));
    }

    private static Set<String> complete(Map<String, MigrationRecorder.Applied> applied) {
        Set<String> out = new HashSet<>();
        applied.values().stream().filter(MigrationRecorder.Applied::complete).forEach(a -> out.add(a.key()));
        return out;
    }

    /** The complete migrations, a squashed one counting when all it replaces are. */
    private Set<String> completeWithSquashed(Map<String, MigrationRecorder.Applied> applied) {
        Set<String> out = complete(applied);
        for (Migration m : graph.nodes().values()) {
            if (!m.replaces().isEmpty() && out.containsAll(m.replaces())) {
                out.add(m.key());
            }
        }
        return out;
    }

    /** The steps {@code options} would take: {@code app.name}, with {@code (backwards)} for an unapply. */
    List<String> plan(MigrateOptions options) {
        Plan p = plan(options, recorder.applied());
        List<String> out = new ArrayList<>(p.backwards.stream().map(k -> k + " (backwards)").toList());
        out.addAll(p.forwards);
        return out;
    }

    MigrateResult migrate(MigrateOptions options) {
        // every operation must make sense against the state before it, before anything runs
        graph.state(graph.nodes().keySet());
        recorder.ensureTable();
        try (SchemaLock ignored = db.lock(LOCK, LOCK_WAIT)) {
            Map<String, MigrationRecorder.Applied> applied = recorder.applied();
            checkChecksums(applied);
            Plan plan = plan(options, applied);
            for (String k : plan.backwards) {
                Migration m = graph.get(k);
                int i = 0;
                for (Operation op : m.operations()) {
                    i++;
                    if (!op.reversible()) {
                        throw new MigrationError("Migration " + k + " cannot be unapplied: operation " + i + " ("
                                + op.describe() + ") is irreversible. Nothing was changed.");
                    }
                }
            }
            List<String> unapplied = new ArrayList<>();
            Set<String> now = new LinkedHashSet<>();
            completeWithSquashed(applied).stream().filter(k -> graph.nodes().containsKey(k)).forEach(now::add);
            for (String k : plan.backwards) {
                Set<String> rest = new LinkedHashSet<>(now);
                rest.remove(k);
                rest.removeAll(graph.descendants(k));
                unapply(graph.get(k), graph.state(rest), options);
                now.remove(k);
                unapplied.add(k);
            }
            List<String> done = new ArrayList<>();
            for (String k : plan.forwards) {
                // the state a migration starts from is what the migrations it depends on build
                Set<String> ancestors = new LinkedHashSet<>(graph.ancestors(k));
                ancestors.remove(k);
                MigrationRecorder.Applied partial = applied.get(k);
                if (apply(graph.get(k), graph.state(ancestors), partial == null ? 0 : partial.progress(), options)) {
                    done.add(k);
                }
                now.add(k);
            }
            return new MigrateResult(done, unapplied);
        }
    }

    private void checkChecksums(Map<String, MigrationRecorder.Applied> applied) {
        for (MigrationRecorder.Applied a : applied.values()) {
            Migration m = graph.nodes().get(a.key());
            if (m != null && a.complete() && a.checksum() != null && !a.checksum().equals(m.checksum())) {
                throw new MigrationError("Migration " + a.key() + " was changed after it was applied (its checksum is "
                        + m.checksum().substring(0, 12) + "…, the database recorded " + a.checksum().substring(0, 12)
                        + "…). Restore the file as it was, and put the change in a new migration.");
            }
        }
    }

    private record Plan(List<String> backwards, List<String> forwards) {
    }

    private Plan plan(MigrateOptions o, Map<String, MigrationRecorder.Applied> applied) {
        Set<String> complete = completeWithSquashed(applied);
        if (o.app() != null && !graph.apps().contains(o.app())) {
            throw new MigrationError("No app '" + o.app() + "' has migrations; apps: " + String.join(", ", graph.apps()));
        }
        if (o.target() == null) {
            Set<String> wanted = new LinkedHashSet<>();
            for (String app : o.app() == null ? graph.apps() : Set.of(o.app())) {
                String leaf = graph.leaf(app);
                if (leaf != null) {
                    wanted.addAll(graph.ancestors(leaf));
                }
            }
            wanted.removeAll(complete);
            return new Plan(List.of(), graph.order(wanted));
        }
        if (o.app() == null) {
            throw new MigrationError("A target migration needs its app: migrate <app> <target>");
        }
        if (o.target().equals("zero")) {
            Set<String> undo = new LinkedHashSet<>();
            for (String k : complete) {
                if (graph.nodes().containsKey(k) && graph.get(k).app().equals(o.app())) {
                    undo.add(k);
                    undo.addAll(graph.descendants(k));
                }
            }
            undo.retainAll(complete);
            return new Plan(graph.order(undo).reversed(), List.of());
        }
        String target = resolve(o.app(), o.target());
        if (complete.contains(target)) {
            Set<String> undo = new LinkedHashSet<>();
            for (String child : graph.descendants(target)) {
                if (complete.contains(child)) {
                    undo.add(child);
                }
            }
            return new Plan(graph.order(undo).reversed(), List.of());
        }
        Set<String> wanted = new LinkedHashSet<>(graph.ancestors(target));
        wanted.removeAll(complete);
        return new Plan(List.of(), graph.order(wanted));
    }

    /** {@code app.target}, where target may be a unique prefix ({@code 0002}). */
    private String resolve(String app, String target) {
        String exact = app + "." + target;
        if (graph.nodes().containsKey(exact)) {
            return exact;
        }
        List<String> matches = graph.nodes().values().stream().filter(m -> m.app().equals(app) && m.name().startsWith(target))
                .map(Migration::key).sorted().toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        throw new MigrationError(matches.isEmpty() ? "No migration " + exact + "; app " + app + " has: "
                + String.join(", ", graph.nodes().values().stream().filter(m -> m.app().equals(app)).map(Migration::name).sorted().toList())
                : "'" + target + "' names several migrations: " + String.join(", ", matches));
    }

    /**
     * Applies {@code m}; false when it turned out to be applied already (SQLite, where the transaction's write
     * lock is the schema lock: another process applied it while this one waited), which is then not reported.
     */
    private boolean apply(Migration m, ProjectState start, int progress, MigrateOptions o) {
        long t0 = System.nanoTime();
        boolean fake = o.fake() || (o.fakeInitial() && isInitialWithTables(m));
        if (fake) {
            o.progress().migrationStarted(m.app(), m.name(), false, m.operations().size());
            recorder.record(m, null);
            o.progress().migrationFinished(m.app(), m.name(), (System.nanoTime() - t0) / 1_000_000, true);
            return true;
        }
        if (m.atomic() && db.dialect().ddl().buildsIndexesConcurrently()
                && m.operations().stream().anyMatch(op -> op instanceof AddIndex a && a.concurrently())) {
            throw new MigrationError("Migration " + m.key() + " builds an index CONCURRENTLY, which cannot run inside a "
                    + "transaction: mark the migration \"atomic\": false. Nothing of it was applied.");
        }
        if (m.atomic() && db.dialect().features().supportsTransactionalDdl()) {
            boolean ran = db.schemaAtomic(() -> {
                // SQLite has no schema lock: the transaction's write lock is it, so look again inside it
                MigrationRecorder.Applied again = recorder.applied().get(m.key());
                if (again != null && again.complete()) {
                    return false;
                }
                o.progress().migrationStarted(m.app(), m.name(), false, m.operations().size());
                run(m, start, 0, o, false);
                recorder.record(m, null);
                return true;
            });
            if (!ran) {
                return false;
            }
        } else {
            o.progress().migrationStarted(m.app(), m.name(), false, m.operations().size());
            run(m, start, progress, o, true);
            recorder.record(m, null);
        }
        o.progress().migrationFinished(m.app(), m.name(), (System.nanoTime() - t0) / 1_000_000, false);
        return true;
    }

    private void run(Migration m, ProjectState start, int skip, MigrateOptions o, boolean recordEach) {
        TableEditor editor = new TableEditor(db.dialect(), db, db::executeStatement);
        ProjectState state = start;
        List<Operation> ops = m.operations();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            ProjectState next = op.stateForwards(m.app(), state);
            if (i >= skip) {
                o.progress().operationStarted(i + 1, ops.size(), op.describe());
                try {
                    if (RoutedOperations.allowed(db.alias(), m.app(), op)) {
                        op.databaseForwards(new SchemaContext(m.app(), state, next, editor, db));
                    }
                } catch (RuntimeException e) {
                    throw failed(m, i, op, e, recordEach);
                }
                if (recordEach) {
                    recorder.record(m, i + 1);
                }
            }
            state = next;
        }
    }

    private MigrationError failed(Migration m, int index, Operation op, RuntimeException e, boolean recordEach) {
        StringBuilder msg = new StringBuilder("Migration " + m.key() + " failed at operation " + (index + 1) + " of "
                + m.operations().size() + " (" + op.describe() + "): " + e.getMessage() + ".");
        if (recordEach) {
            if (index == 0) {
                msg.append(" Nothing of it was applied.");
            } else {
                msg.append(" Applied and recorded before it: ");
                for (int i = 0; i < index; i++) {
                    msg.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(m.operations().get(i).describe());
                }
                msg.append(". Fix the cause and run migrate again: it resumes at operation ").append(index + 1).append('.');
            }
        } else {
            msg.append(" It was rolled back: nothing of it was applied.");
        }
        return new MigrationError(msg.toString(), e);
    }

    private void unapply(Migration m, ProjectState before, MigrateOptions o) {
        long t0 = System.nanoTime();
        o.progress().migrationStarted(m.app(), m.name(), true, m.operations().size());
        if (o.fake()) {
            recorder.forget(m);
            o.progress().migrationFinished(m.app(), m.name(), (System.nanoTime() - t0) / 1_000_000, true);
            return;
        }
        Runnable work = () -> {
            TableEditor editor = new TableEditor(db.dialect(), db, db::executeStatement);
            List<ProjectState> states = new ArrayList<>();
            ProjectState s = before;
            for (Operation op : m.operations()) {
                states.add(s);
                s = op.stateForwards(m.app(), s);
            }
            for (int i = m.operations().size() - 1; i >= 0; i--) {
                Operation op = m.operations().get(i);
                ProjectState from = states.get(i);
                o.progress().operationStarted(m.operations().size() - i, m.operations().size(), "Undo: " + op.describe());
                try {
                    if (RoutedOperations.allowed(db.alias(), m.app(), op)) {
                        op.databaseBackwards(new SchemaContext(m.app(), from, op.stateForwards(m.app(), from), editor, db));
                    }
                } catch (RuntimeException e) {
                    throw new MigrationError("Unapplying " + m.key() + " failed at its operation " + (i + 1) + " ("
                            + op.describe() + "): " + e.getMessage(), e);
                }
            }
            recorder.forget(m);
        };
        if (m.atomic() && db.dialect().features().supportsTransactionalDdl()) {
            db.schemaAtomic(() -> {
                work.run();
                return null;
            });
        } else {
            work.run();
        }
        o.progress().migrationFinished(m.app(), m.name(), (System.nanoTime() - t0) / 1_000_000, false);
    }

    /** Is {@code m} its app's first migration, and do all the tables it creates exist already? */
    private boolean isInitialWithTables(Migration m) {
        if (m.dependencies().stream().anyMatch(d -> d.startsWith(m.app() + "."))) {
            return false;
        }
        Set<String> tables = db.tableNames();
        List<CreateModel> creates = m.operations().stream().filter(CreateModel.class::isInstance).map(CreateModel.class::cast).toList();
        return !creates.isEmpty() && creates.stream().allMatch(c -> tables.contains(c.model().table().toLowerCase(Locale.ROOT)));
    }
}
