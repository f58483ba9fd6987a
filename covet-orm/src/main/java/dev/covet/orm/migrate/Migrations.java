package dev.covet.orm.migrate;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.migrate.operation.AddConstraint;
import dev.covet.orm.migrate.state.ConstraintState;

import dev.covet.orm.db.Database;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.migrate.operation.CreateModel;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.SchemaContext;
import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelStates;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.schema.TableEditor;
import dev.covet.orm.sql.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Migrations for one database and one set of models: {@code makemigrations} (files derived from the
 * models), {@code migrate} (forwards or backwards, under a lock, checksummed), and what the command
 * line shows ({@code showmigrations}, {@code sqlmigrate}, {@code lintmigrations}, {@code check}).
 *
 * <pre>{@code
 * Migrations m = Migrations.of(Covet.database(), Covet.models(), MigrationSource.of(Path.of("src/main/resources/covet/migrations")));
 * m.makeMigrations(MakeOptions.standard());     // writes blog/0002_post_subtitle.json
 * m.migrate(MigrateOptions.latest());            // applies it
 * }</pre>
 * Thread-safe as far as the database is: two processes (or threads) migrating at once apply each
 * migration once.
 */
public final class Migrations {
    private final Database database;
    private final List<ModelInfo<?>> models;
    private final MigrationSource source;

    private Migrations(Database database, Collection<ModelInfo<?>> models, MigrationSource source) {
        this.database = database;
        this.models = List.copyOf(models);
        this.source = source;
    }

    /**
     * Migrations of {@code models} on {@code database}, with files from {@code source}.
     *
     * @param database the database to migrate
     * @param models the live models, which {@code makemigrations} compares with the migrations
     * @param source where the migration files are read from (and new ones written)
     * @return the migrations
     */
    public static Migrations of(Database database, Collection<ModelInfo<?>> models, MigrationSource source) {
        return new Migrations(database, models, source);
    }

    /**
     * The migration files as a graph (read anew on each call, so files written meanwhile are seen).
     *
     * @return the graph of every migration file
     * @throws MigrationError if the files are broken, or their dependencies are
     */
    public MigrationGraph graph() {
        return new MigrationGraph(MigrationLoader.load(source));
    }

    /**
     * The state of the live models (the models this instance was given).
     *
     * @return the project state of the models
     */
    public ProjectState modelState() {
        return ModelStates.of(models);
    }

    // ---------------------------------------------------------------- makemigrations

    /**
     * Writes the migrations that bring the migration files in line with the models (Django's {@code makemigrations}):
     * one per app with changes, or an empty or merge migration when {@code options} say so.
     *
     * @param options what to look at and whether to write
     * @return the new migrations, and whether the models differ from the migrations
     * @throws MigrationError if an empty migration names no app, or files are to be written and the source has no directory
     */
    public MakeResult makeMigrations(MakeOptions options) {
        MigrationGraph graph = graph();
        List<MakeResult.NewMigration> out = new ArrayList<>();
        if (options.merge()) {
            for (String app : graph.apps()) {
                List<String> leaves = graph.leaves(app);
                if (leaves.size() > 1 && (options.apps().isEmpty() || options.apps().contains(app))) {
                    int n = leaves.stream().mapToInt(k -> graph.get(k).number()).max().orElse(0) + 1;
                    String name = MigrationNames.number(n) + "_merge_" + String.join("_", leaves.stream()
                            .map(k -> graph.get(k).name().substring(0, 4)).toList());
                    out.add(write(new Migration(app, name, leaves, List.of(), true, List.of(), null), options));
                }
            }
            return new MakeResult(out, !out.isEmpty());
        }
        Map<String, String> leafOf = new LinkedHashMap<>();
        for (String app : graph.apps()) {
            leafOf.put(app, graph.leaf(app));
        }
        if (options.empty()) {
            if (options.apps().isEmpty()) {
                throw new MigrationError("An empty migration is written for an app: name the app (makemigrations <app> --empty)");
            }
            for (String app : options.apps()) {
                String leaf = leafOf.get(app);
                int n = leaf == null ? 1 : graph.get(leaf).number() + 1;
                String name = MigrationNames.number(n) + "_" + (options.name() != null ? options.name() : "custom");
                out.add(write(new Migration(app, name, leaf == null ? List.of() : List.of(leaf), List.of(), true, List.of(), null), options));
            }
            return new MakeResult(out, !out.isEmpty());
        }
        ProjectState built = graph.state(graph.nodes().keySet());
        Map<String, List<Operation>> changes = new Autodetector(built, modelState(), models, options).changes();
        changes.values().forEach(ops -> ops.forEach(this::refuseUnsupported));
        Map<String, String> newNames = new LinkedHashMap<>();
        for (var e : changes.entrySet()) {
            String leaf = leafOf.get(e.getKey());
            int n = leaf == null ? 1 : graph.get(leaf).number() + 1;
            String name = options.name() != null ? options.name() : MigrationNames.suggest(e.getValue(), leaf == null);
            newNames.put(e.getKey(), MigrationNames.number(n) + "_" + name);
        }
        for (var e : changes.entrySet()) {
            String app = e.getKey();
            Set<String> deps = new TreeSet<>();
            if (leafOf.get(app) != null) {
                deps.add(leafOf.get(app));
            }
            for (String other : referencedApps(app, e.getValue())) {
                if (newNames.containsKey(other)) {
                    deps.add(other + "." + newNames.get(other));
                } else if (leafOf.get(other) != null) {
                    deps.add(leafOf.get(other));
                }
            }
            out.add(write(new Migration(app, newNames.get(app), List.copyOf(deps), e.getValue(), true, List.of(), null), options));
        }
        return new MakeResult(out, !changes.isEmpty());
    }

    /** A unique constraint with a condition needs partial unique indexes, which MySQL and MariaDB lack. */
    private void refuseUnsupported(Operation op) {
        List<ConstraintState> constraints = switch (op) {
            case CreateModel c -> c.model().constraints();
            case AddConstraint a -> List.of(a.constraint());
            default -> List.of();
        };
        for (ConstraintState c : constraints) {
            if (c.condition() != null && !database.dialect().ddl().supportsPartialUniques()) {
                throw new NotSupportedError("Constraint " + c.name() + ": " + database.dialect().name() + " has no partial unique "
                        + "indexes (a unique constraint with a condition); drop the condition or use PostgreSQL or SQLite");
            }
        }
    }

    private static Set<String> referencedApps(String app, List<Operation> ops) {
        Set<String> out = new LinkedHashSet<>();
        for (Operation op : ops) {
            List<FieldState> fields = switch (op) {
                case CreateModel c -> c.model().fields();
                case AddField a -> List.of(a.field());
                case AlterField a -> List.of(a.field());
                default -> List.of();
            };
            for (FieldState f : fields) {
                if (f.relation() != null) {
                    for (String label : new String[]{f.relation().to(), f.relation().through()}) {
                        if (label != null && !label.startsWith(app + ".")) {
                            out.add(label.substring(0, label.indexOf('.')));
                        }
                    }
                }
            }
        }
        return out;
    }

    private MakeResult.NewMigration write(Migration m, MakeOptions options) {
        String json = MigrationFile.write(m);
        List<String> lines = m.operations().stream().map(Operation::describe).toList();
        List<String> warnings = warnings(m);
        Path path = source.directory() == null ? null : source.directory().resolve(m.app()).resolve(m.name() + ".json");
        if (!options.dryRun() && !options.check()) {
            if (path == null) {
                throw new MigrationError("No folder to write migrations to: give the migration source a directory "
                        + "(for example src/main/resources/covet/migrations)");
            }
            try {
                Files.createDirectories(path.getParent());
                Files.writeString(path, json);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
            }
        }
        return new MakeResult.NewMigration(m.app(), m.name(), path, json, lines, warnings);
    }

    /** The linter's findings on a new migration, against the state the migrations before it build. */
    private List<String> warnings(Migration m) {
        MigrationGraph graph = graph();
        Set<String> before = new LinkedHashSet<>();
        for (String d : m.dependencies()) {
            if (graph.nodes().containsKey(d)) {
                before.addAll(graph.ancestors(d));
            }
        }
        ProjectState state = graph.state(before);
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Operation op : m.operations()) {
            i++;
            for (String f : MigrationLinter.findings(op, m, state, database.dialect())) {
                out.add("#" + i + " " + f);
            }
            state = op.stateForwards(m.app(), state);
        }
        return out;
    }

    // ---------------------------------------------------------------- migrate

    /**
     * Applies or unapplies migrations on the database (Django's {@code migrate}), under a lock so that two
     * processes do not migrate at once.
     *
     * @param options which app, to which migration, faked or not
     * @return the migrations applied and unapplied, in the order run
     */
    public MigrateResult migrate(MigrateOptions options) {
        return new MigrationExecutor(database, graph()).migrate(options);
    }

    /**
     * The steps {@code migrate} would take with {@code options}: {@code app.name}, or {@code app.name (backwards)}.
     *
     * @param options which app, to which migration
     * @return the steps in order; empty when there is nothing to do
     */
    public List<String> plan(MigrateOptions options) {
        return new MigrationExecutor(database, graph()).plan(options);
    }

    /**
     * Every migration of {@code app} (null: of every app) in order, applied or not.
     *
     * @param app the app label, or null for every app
     * @return one status per migration, in dependency order
     */
    public List<MigrationStatus> status(String app) {
        MigrationGraph graph = graph();
        Map<String, MigrationRecorder.Applied> applied = new MigrationRecorder(database).applied();
        List<MigrationStatus> out = new ArrayList<>();
        for (String k : graph.order(graph.nodes().keySet())) {
            Migration m = graph.get(k);
            if (app != null && !m.app().equals(app)) {
                continue;
            }
            MigrationRecorder.Applied a = applied.get(k);
            out.add(new MigrationStatus(m.app(), m.name(), a != null && a.complete(), a == null ? null : a.at()));
        }
        return out;
    }

    /**
     * The statements of one migration on this database, forwards or backwards ({@code sqlmigrate}).
     * Parameters (one-off values for existing rows) are shown after the statement; names the database
     * chose are shown as Covet would name them.
     *
     * @param app the app label
     * @param name the migration's name
     * @param backwards whether to show the statements that unapply it
     * @return the statements, in order
     * @throws MigrationError if there is no such migration
     */
    public List<String> sql(String app, String name, boolean backwards) {
        MigrationGraph graph = graph();
        Migration m = graph.get(app + "." + name);
        Set<String> before = new LinkedHashSet<>(graph.ancestors(m.key()));
        before.remove(m.key());
        ProjectState state = graph.state(before);
        List<Sql> statements = new ArrayList<>();
        TableEditor editor = new TableEditor(database.dialect(), null, statements::add);
        List<ProjectState> states = new ArrayList<>();
        for (Operation op : m.operations()) {
            states.add(state);
            state = op.stateForwards(app, state);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m.operations().size(); i++) {
            order.add(i);
        }
        if (backwards) {
            order = order.reversed();
        }
        for (int i : order) {
            Operation op = m.operations().get(i);
            ProjectState from = states.get(i);
            SchemaContext c = new SchemaContext(app, from, op.stateForwards(app, from), editor, null);
            if (backwards) {
                if (!op.reversible()) {
                    throw new MigrationError("Migration " + m.key() + " cannot run backwards: operation " + (i + 1)
                            + " (" + op.describe() + ") is irreversible");
                }
                op.databaseBackwards(c);
            } else {
                op.databaseForwards(c);
            }
        }
        return statements.stream().map(s -> s.params().isEmpty() ? s.text() + ";" : s.text() + "; -- parameters: " + s.paramValues()).toList();
    }

    /**
     * What in {@code app}'s migrations (null: every app's) could lose data, break running code or lock a big table.
     *
     * @param app the app label, or null for every app
     * @return one line per finding; empty when there is none
     */
    public List<String> lint(String app) {
        return MigrationLinter.lint(graph(), app, database.dialect());
    }

    /**
     * Every difference between the models, the migrations and the live database ({@code check --database}).
     *
     * @return one line per difference; empty when all three agree
     */
    public List<String> checkDatabase() {
        return SchemaDrift.check(graph(), modelState(), database);
    }

    /**
     * Writes one migration replacing {@code app}'s migrations {@code fromName} to {@code toName} (their
     * operations in order), which a database that has applied them all takes as applied.
     *
     * @param app the app label
     * @param fromName the first migration replaced
     * @param toName the last migration replaced
     * @return the path of the file written
     * @throws MigrationError if either migration does not exist, or the source has no directory to write to
     */
    public Path squash(String app, String fromName, String toName) {
        MigrationGraph graph = graph();
        Migration first = graph.get(app + "." + fromName);
        Migration last = graph.get(app + "." + toName);
        List<Migration> range = graph.order(graph.nodes().keySet()).stream().map(graph::get)
                .filter(m -> m.app().equals(app) && m.number() >= first.number() && m.number() <= last.number()).toList();
        Set<String> keys = new LinkedHashSet<>(range.stream().map(Migration::key).toList());
        Set<String> deps = new TreeSet<>();
        List<Operation> ops = new ArrayList<>();
        for (Migration m : range) {
            m.dependencies().stream().filter(d -> !keys.contains(d)).forEach(deps::add);
            ops.addAll(m.operations());
        }
        String name = first.name().substring(0, 4) + "_squashed_" + last.name();
        Migration squashed = new Migration(app, name, List.copyOf(deps), ops, range.stream().allMatch(Migration::atomic),
                List.copyOf(keys), null);
        return write(squashed, MakeOptions.standard()).path();
    }
}
