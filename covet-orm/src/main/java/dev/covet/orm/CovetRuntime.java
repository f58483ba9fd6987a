package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseOwner;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.db.PoolStats;
import dev.covet.orm.db.QueryListener;
import dev.covet.orm.db.QueryListeners;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.internal.Warmup;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.migrate.MigrateOptions;
import dev.covet.orm.migrate.MigrateResult;
import dev.covet.orm.migrate.MigrationSource;
import dev.covet.orm.migrate.Migrations;
import dev.covet.orm.migrate.state.ModelStates;
import dev.covet.orm.routing.Routers;
import dev.covet.orm.schema.SchemaEditor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One Covet: the databases, routers and registered models of a {@link Config}, with the state that
 * belongs to them — query listeners, signal receivers connected while it is current, cached content
 * types. {@link Covet#setup(Config)} makes the default one, which {@code Book.objects} and the rest of
 * the static face use; {@link Covet#open(Config)} makes more, as Ebean's {@code Database} instances sit
 * behind its {@code DB} face. Two runtimes in one JVM never see each other's databases or receivers.
 *
 * <p>The static face works on the <em>current</em> runtime: the one {@link #run}, {@link #call} or
 * {@link #bind} made current on the calling thread, or else the default. Async calls carry the runtime
 * to the thread that runs them. Thread-safe; close it to close its pools.
 *
 * <pre>{@code
 * try (CovetRuntime archive = Covet.open(Config.builder().database("sqlite:archive.db").models(Book.class).build())) {
 *     archive.createTables();
 *     long n = archive.call(() -> Book.objects.count());   // the archive's books, not the default database's
 * }
 * }</pre>
 */
public final class CovetRuntime implements DatabaseOwner, AutoCloseable {
    private static final ThreadLocal<CovetRuntime> BOUND = new ThreadLocal<>();

    private final Config config;
    private final Map<String, Database> databases;
    private final List<ModelInfo<?>> models;
    private final Routers routers;
    private final QueryListeners listeners = new QueryListeners();
    private volatile boolean closed;

    private CovetRuntime(Config config, Map<String, Database> databases, List<ModelInfo<?>> models) {
        this.config = config;
        this.routers = config.routers().isEmpty() ? Routers.NONE : new Routers(config.routers());
        this.databases = databases;
        this.models = models;
    }

    /** Registers the models and opens every database; if one cannot be opened, closes the others and fails. */
    static CovetRuntime open(Config config) {
        ModelRegistry.register(config.models());
        List<ModelInfo<?>> models = new ArrayList<>();
        for (Class<? extends Model> type : config.models()) {
            models.add(ModelRegistry.info(type));
        }
        // to a fixed point: a model may be reached only through another one added here (Post -> Comment -> ContentType)
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ModelInfo<?> m : ModelRegistry.all()) {
                if (!models.contains(m) && isReferenced(m, models)) {
                    models.add(m);
                    grew = true;
                }
            }
        }
        Map<String, Database> open = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, DatabaseSettings> e : config.databases().entrySet()) {
                open.put(e.getKey(), Database.open(e.getKey(), e.getValue()));
            }
        } catch (RuntimeException e) {
            open.values().forEach(db -> {
                try {
                    db.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            });
            throw e;
        }
        CovetRuntime runtime = new CovetRuntime(config, Collections.unmodifiableMap(open), List.copyOf(models));
        for (Database db : open.values()) {
            db.ownedBy(runtime);
            Warmup.run(models, db.dialect());
            db.warmUp();
        }
        return runtime;
    }

    private static boolean isReferenced(ModelInfo<?> m, List<ModelInfo<?>> models) {
        for (ModelInfo<?> other : models) {
            if (other.genericRelations().stream().anyMatch(g -> g.relatedModel() == m)) {
                return true;
            }
            for (var f : other.fields()) {
                if (f.relation() != null && (f.relation().target() == m
                        || (f.relation().through() != null && f.relation().through() == m.type()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The runtime {@link #run}, {@link #call} or {@link #bind} made current on this thread, or null. */
    static CovetRuntime bound() {
        return BOUND.get();
    }

    // ---------------------------------------------------------------- being current

    /**
     * Runs {@code work} on the calling thread with this runtime current: {@code Book.objects}, {@link Covet}'s
     * static calls, signals and async calls made inside it use this runtime's databases and receivers.
     * The runtime current before is current again afterwards.
     *
     * @param work what to run
     * @throws ImproperlyConfigured if this runtime is closed
     */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #run}, returning what {@code work} returns.
     *
     * @param <T> the type of the result
     * @param work what to run
     * @return what {@code work} returned
     * @throws ImproperlyConfigured if this runtime is closed
     */
    @Override
    public <T> T call(Supplier<T> work) {
        requireOpen();
        CovetRuntime before = BOUND.get();
        if (before == this) {
            return work.get();
        }
        BOUND.set(this);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    /**
     * Makes this runtime current on the calling thread until the returned binding is closed, for code
     * whose start and end are two callbacks (a test framework's before and after a test). Prefer
     * {@link #run} where the work is one block.
     *
     * <pre>{@code
     * try (CovetRuntime.Binding b = archive.bind()) {
     *     Book.objects.count();   // the archive's
     * }
     * }</pre>
     *
     * @return the binding; closing it makes the runtime current before current again
     * @throws ImproperlyConfigured if this runtime is closed
     */
    public Binding bind() {
        requireOpen();
        CovetRuntime before = BOUND.get();
        BOUND.set(this);
        return new Binding(this, before);
    }

    /**
     * {@code task}, made to run with this runtime current on whatever thread runs it (as OpenTelemetry's
     * {@code Context.wrap}): for work handed to a thread of the application's own.
     *
     * @param task the task
     * @return a task that runs {@code task} inside this runtime
     */
    public Runnable wrap(Runnable task) {
        return () -> run(task);
    }

    /**
     * An executor service that runs every task it is given with this runtime current, on {@code executor}'s
     * threads; shutting it down shuts {@code executor} down.
     *
     * @param executor the executor that runs the tasks
     * @return the executor, wrapped
     */
    public java.util.concurrent.ExecutorService wrap(java.util.concurrent.ExecutorService executor) {
        return new InRuntime(this, executor);
    }

    private void requireOpen() {
        if (closed) {
            throw new ImproperlyConfigured("This Covet runtime is closed (its databases: " + databases.keySet() + ")");
        }
    }

    private static void restore(CovetRuntime before) {
        if (before == null) {
            BOUND.remove();
        } else {
            BOUND.set(before);
        }
    }

    /**
     * A runtime made current on one thread by {@link #bind()}; closing it, on the same thread, ends that.
     */
    public static final class Binding implements AutoCloseable {
        private final CovetRuntime runtime;
        private final CovetRuntime before;
        private final Thread thread = Thread.currentThread();
        private boolean closed;

        private Binding(CovetRuntime runtime, CovetRuntime before) {
            this.runtime = runtime;
            this.before = before;
        }

        /**
         * Makes the runtime that was current before {@link #bind()} current again.
         *
         * @throws IllegalStateException on another thread than the one that bound it, or when another
         *                               binding made on this thread since is still open
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (Thread.currentThread() != thread) {
                throw new IllegalStateException("A runtime binding is closed on the thread that made it (" + thread.getName() + ")");
            }
            if (BOUND.get() != runtime) {
                throw new IllegalStateException("Runtime bindings are closed in the reverse order they were made");
            }
            closed = true;
            restore(before);
        }
    }

    // ---------------------------------------------------------------- what it holds

    /**
     * The configuration this runtime was opened with.
     *
     * @return the configuration
     */
    public Config config() {
        return config;
    }

    /**
     * The {@code default} database.
     *
     * @return the database
     */
    public Database database() {
        return database(Config.DEFAULT);
    }

    /**
     * The database configured under {@code alias}.
     *
     * @param alias the alias; null for {@code default}
     * @return the database
     * @throws ImproperlyConfigured if no database is configured under {@code alias}
     */
    public Database database(String alias) {
        Database db = databases.get(alias == null ? Config.DEFAULT : alias);
        if (db == null) {
            throw new ImproperlyConfigured("No database is configured under '" + alias + "'; configured: " + databases.keySet());
        }
        return db;
    }

    /**
     * The aliases of the configured databases, {@code default} first.
     *
     * @return the aliases, unmodifiable
     */
    public Set<String> aliases() {
        return databases.keySet();
    }

    /**
     * The connection pool of the database under {@code alias}: size, active, idle, waiting threads, timeouts so far.
     *
     * @param alias the alias the database is configured under
     * @return a snapshot of the pool's counters
     */
    public PoolStats poolStats(String alias) {
        return database(alias).statistics();
    }

    /**
     * The routers of this runtime ({@link Config.Builder#routers}); an empty chain without any.
     *
     * @return the routers, asked in order
     */
    public Routers routers() {
        return routers;
    }

    /**
     * The models registered for this runtime, with those they point at.
     *
     * @return the model metadata, one per registered class
     */
    public List<ModelInfo<?>> models() {
        return models;
    }

    /**
     * The listeners told about every statement of this runtime's databases (see {@link Covet#addQueryListener}).
     *
     * @return the listeners, to add to or remove from
     */
    @Override
    public QueryListeners queryListeners() {
        return listeners;
    }

    /**
     * Tells {@code listener} about every statement this runtime's databases run.
     *
     * @param listener called after each statement, on the thread that ran it
     */
    public void addQueryListener(QueryListener listener) {
        listeners.add(listener);
    }

    /**
     * Stops telling {@code listener} about statements.
     *
     * @param listener a listener passed to {@link #addQueryListener}
     */
    public void removeQueryListener(QueryListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- schema

    /** Creates the tables of the registered models on the {@code default} database (existing ones are left alone). */
    public void createTables() {
        createTables(Config.DEFAULT);
    }

    /**
     * Creates the tables on database {@code alias} of the registered models the routers allow there ({@code allowMigrate}).
     *
     * @param alias the alias the database is configured under
     */
    public void createTables(String alias) {
        new SchemaEditor(database(alias)).createTables(migratable(alias));
    }

    /** Drops the tables of the registered models from the {@code default} database. */
    public void dropTables() {
        dropTables(Config.DEFAULT);
    }

    /**
     * Drops the tables of the registered models from database {@code alias}.
     *
     * @param alias the alias the database is configured under
     */
    public void dropTables(String alias) {
        new SchemaEditor(database(alias)).dropTables(migratable(alias));
    }

    private List<ModelInfo<?>> migratable(String alias) {
        if (routers.isEmpty()) {
            return models;
        }
        return models.stream().filter(m -> routers.allowMigrate(alias, ModelStates.app(m.type()), m.name())).toList();
    }

    /**
     * Applies the migrations the application ships to database {@code alias}; see {@link Covet#migrate()}.
     *
     * @param alias the alias the database is configured under
     * @return the migrations this call applied, in order; none when nothing was pending
     */
    public MigrateResult migrate(String alias) {
        return call(() -> migrations(alias).migrate(MigrateOptions.latest()));
    }

    /**
     * The migrations of the registered models on database {@code alias}, read from the classpath.
     *
     * @param alias the alias the database is configured under
     * @return the migrations, for planning, applying or showing
     */
    public Migrations migrations(String alias) {
        return Migrations.of(database(alias), models, MigrationSource.classpath());
    }

    /**
     * Does touching an unloaded relation fail everywhere (see {@link Config.Builder#strictLoading})?
     *
     * @return true when {@code Config.Builder.strictLoading(true)} was set
     */
    public boolean isStrictLoading() {
        return config.strictLoading();
    }

    /**
     * Has {@link #close()} been called?
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /** Closes every pool of this runtime; its receivers stop receiving. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        for (Database db : databases.values()) {
            try {
                db.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return "CovetRuntime" + databases.keySet() + (closed ? " (closed)" : "");
    }

    /** An executor service whose tasks run with one runtime current. */
    private static final class InRuntime extends java.util.concurrent.AbstractExecutorService {
        private final CovetRuntime runtime;
        private final java.util.concurrent.ExecutorService executor;

        InRuntime(CovetRuntime runtime, java.util.concurrent.ExecutorService executor) {
            this.runtime = runtime;
            this.executor = executor;
        }

        @Override
        public void execute(Runnable task) {
            executor.execute(runtime.wrap(task));
        }

        @Override
        public void shutdown() {
            executor.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return executor.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return executor.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return executor.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
            return executor.awaitTermination(timeout, unit);
        }
    }
}
