package dev.covet.orm;

import dev.covet.orm.db.RetryPolicy;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.Retriable;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.QueryListener;
import dev.covet.orm.db.Transaction;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.migrate.MigrateResult;
import dev.covet.orm.migrate.Migrations;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Covet's entry point: set up the databases and models, create and drop tables, run transactions,
 * shut down. Thread-safe.
 *
 * <pre>{@code
 * Covet.setup(Config.builder().database("sqlite:blog.db").models(Author.class, Book.class).build());
 * Covet.createTables();
 * Covet.atomic(() -> {
 *     Author a = Author.objects.create(Map.of("name", "Alice"));
 *     Covet.onCommit(() -> System.out.println("saved " + a));
 * });
 * Covet.shutdown();
 * }</pre>
 */
public final class Covet {
    /** Guards the fields below; never held across network I/O, so shutdown() never waits on a slow server. */
    private static final ReentrantLock SETUP = new ReentrantLock();
    private static volatile CovetRuntime runtime;
    private static boolean opening;
    private static long generation;

    private Covet() {
    }

    /**
     * Opens the configured databases and registers the models. Fails if Covet is already set up (or
     * being set up). A server that cannot be reached fails it within the database's connectTimeout;
     * a {@link #shutdown()} meanwhile is not held up, and makes this setup fail once its connections open.
     *
     * @param config the databases, models and routers, from {@link Config#builder()}
     * @throws dev.covet.orm.exception.ImproperlyConfigured if Covet is already set up
     */
    public static void setup(Config config) {
        long mine;
        SETUP.lock();
        try {
            if (runtime != null || opening) {
                throw new ImproperlyConfigured("Covet is already set up; call Covet.shutdown() first");
            }
            opening = true;
            mine = generation;
        } finally {
            SETUP.unlock();
        }
        CovetRuntime opened = null;
        try {
            opened = CovetRuntime.open(config);
        } finally {
            SETUP.lock();
            boolean superseded = generation != mine;
            try {
                opening = false;
                if (opened != null && !superseded) {
                    runtime = opened;
                }
            } finally {
                SETUP.unlock();
            }
            if (opened != null && superseded) {
                opened.close();
                throw new ImproperlyConfigured("Covet.shutdown() was called while Covet.setup() was connecting; the databases it opened are closed again");
            }
        }
    }

    /**
     * Sets up one {@code default} database at {@code url} with {@code models}.
     *
     * @param url the {@code default} database's URL, such as {@code sqlite:app.db}
     * @param models the model classes to register
     */
    @SafeVarargs
    public static void setup(String url, Class<? extends Model>... models) {
        setup(Config.builder().database(url).models(models).build());
    }

    /**
     * Closes every pool. Covet can be set up again afterwards. A {@link #setup} still connecting on
     * another thread is abandoned (its databases are closed when they open) rather than waited for.
     */
    public static void shutdown() {
        CovetRuntime r;
        SETUP.lock();
        try {
            r = runtime;
            runtime = null;
            generation++;
        } finally {
            SETUP.unlock();
        }
        if (r != null) {
            r.close();
        }
    }

    /**
     * Opens another runtime on {@code config}, beside the default one (which it neither needs nor
     * touches): its own databases, routers, query listeners and receivers. Use it with
     * {@link CovetRuntime#run}, {@link CovetRuntime#call} or {@link CovetRuntime#bind}, and close it.
     *
     * @param config the databases, models and routers, from {@link Config#builder()}
     * @return the open runtime, which the caller closes
     */
    public static CovetRuntime open(Config config) {
        return CovetRuntime.open(config);
    }

    /**
     * Is there a current runtime: one made current on this thread, or the default between
     * {@code setup} and {@code shutdown}?
     *
     * @return true if the static face has a runtime to work on
     */
    public static boolean isSetup() {
        return current() != null;
    }

    /**
     * The runtime the static face works on: the one {@link CovetRuntime#run} or {@link CovetRuntime#bind}
     * made current on this thread, or else the default one {@link #setup} opened.
     *
     * @return the current runtime
     * @throws ImproperlyConfigured if there is none
     */
    public static CovetRuntime runtime() {
        CovetRuntime r = current();
        if (r == null) {
            throw new ImproperlyConfigured("Covet is not set up; call Covet.setup(...) first");
        }
        return r;
    }

    /**
     * As {@link #runtime()}, empty instead of failing when there is none.
     *
     * @return the current runtime, if any
     */
    public static java.util.Optional<CovetRuntime> currentRuntime() {
        return java.util.Optional.ofNullable(current());
    }

    /**
     * The default runtime, the one {@link #setup} opened, whatever runtime this thread has bound: for code
     * that opens runtimes of its own beside it, as the Spring Boot starter does for a second context.
     *
     * @return the default runtime, or empty between {@code shutdown} and the next {@code setup}
     */
    public static java.util.Optional<CovetRuntime> defaultRuntime() {
        return java.util.Optional.ofNullable(runtime);
    }

    /** The runtime bound on this thread, else the default; null when there is neither. */
    private static CovetRuntime current() {
        CovetRuntime r = CovetRuntime.bound();
        return r != null ? r : runtime;
    }

    /**
     * The {@code default} database.
     *
     * @return the database
     */
    public static Database database() {
        return runtime().database(Config.DEFAULT);
    }

    /**
     * The database configured under {@code alias}.
     *
     * @param alias the alias; null for {@code default}
     * @return the database
     * @throws dev.covet.orm.exception.ImproperlyConfigured if no database is configured under {@code alias}
     */
    public static Database database(String alias) {
        return runtime().database(alias);
    }

    /**
     * The aliases of the configured databases, in the order they were configured.
     *
     * @return the aliases, {@code default} among them
     */
    public static java.util.Set<String> aliases() {
        return runtime().aliases();
    }

    /**
     * The connection pool of the database under {@code alias}: size, active, idle, waiting threads, timeouts so far.
     *
     * @param alias the alias the database is configured under
     * @return a snapshot of the pool's counters
     */
    public static dev.covet.orm.db.PoolStats poolStats(String alias) {
        return runtime().poolStats(alias);
    }

    // ---------------------------------------------------------------- schema

    /** Creates the tables of the registered models on the {@code default} database (existing ones are left alone). */
    public static void createTables() {
        createTables(Config.DEFAULT);
    }

    /**
     * Creates the tables on database {@code alias} of the registered models the routers allow there ({@code allowMigrate}).
     *
     * @param alias the alias the database is configured under
     */
    public static void createTables(String alias) {
        runtime().createTables(alias);
    }

    /** Drops the tables of the registered models from the {@code default} database. */
    public static void dropTables() {
        dropTables(Config.DEFAULT);
    }

    /**
     * Drops the tables of the registered models from database {@code alias}.
     *
     * @param alias the alias the database is configured under
     */
    public static void dropTables(String alias) {
        runtime().dropTables(alias);
    }

    /**
     * The routers of this setup ({@link Config.Builder#routers}); an empty chain without any.
     *
     * @return the routers, asked in order
     */
    public static dev.covet.orm.routing.Routers routers() {
        CovetRuntime r = current();
        return r == null ? dev.covet.orm.routing.Routers.NONE : r.routers();
    }

    /**
     * How far the replica {@code alias} lags behind its primary, where the database reports it
     * (PostgreSQL standby: {@code now() - pg_last_xact_replay_timestamp()}; MariaDB: {@code Seconds_Behind_Master});
     * empty on a primary, on a database that does not say, or before a standby has replayed anything.
     *
     * @param alias the alias the database is configured under
     * @return the lag, or empty
     */
    public static java.util.Optional<java.time.Duration> replicaLag(String alias) {
        return dev.covet.orm.routing.ReplicaLag.of(database(alias));
    }

    /**
     * Applies the migrations the application ships ({@code covet/migrations/<app>/*.json} on the
     * classpath) to the {@code default} database, as Flyway's {@code migrate()} does at start-up: those
     * not applied yet, in order, under a lock that keeps two instances from applying one twice. Fails
     * with a {@link dev.covet.orm.migrate.MigrationError} saying what was applied when one cannot run.
     *
     * @return the migrations this call applied, in order; none when nothing was pending
     */
    public static MigrateResult migrate() {
        return migrate(Config.DEFAULT);
    }

    /**
     * As {@link #migrate()}, on database {@code alias}.
     *
     * @param alias the alias the database is configured under
     * @return the migrations this call applied, in order; none when nothing was pending
     */
    public static MigrateResult migrate(String alias) {
        return runtime().migrate(alias);
    }

    /**
     * The migrations of the registered models on database {@code alias}, read from the classpath.
     *
     * @param alias the alias the database is configured under
     * @return the migrations, for planning, applying or showing
     */
    public static Migrations migrations(String alias) {
        return runtime().migrations(alias);
    }

    /**
     * The registered models.
     *
     * @return the model metadata, one per registered class
     */
    public static List<ModelInfo<?>> models() {
        return runtime().models();
    }

    // ---------------------------------------------------------------- transactions

    /**
     * Runs {@code work} in a transaction on the {@code default} database; nested calls make savepoints,
     * and an exception rolls back just the block it leaves, then propagates.
     *
     * @param work the work to run inside the transaction
     */
    public static void atomic(Runnable work) {
        database().atomic(work);
    }

    /**
     * As {@link #atomic(Runnable)}, returning the block's value.
     *
     * @param <T> the result type
     * @param work the work to run inside the transaction
     * @return what {@code work} returned
     */
    public static <T> T atomic(Supplier<T> work) {
        return database().atomic(work);
    }

    /**
     * As {@link #atomic(Runnable)}, on database {@code alias}.
     *
     * @param alias the alias the database is configured under
     * @param work the work to run inside the transaction
     */
    public static void atomic(String alias, Runnable work) {
        database(alias).atomic(work);
    }

    /**
     * As {@link #atomic(Supplier)}, on database {@code alias}.
     *
     * @param <T> the result type
     * @param alias the alias the database is configured under
     * @param work the work to run inside the transaction
     * @return what {@code work} returned
     */
    public static <T> T atomic(String alias, Supplier<T> work) {
        return database(alias).atomic(work);
    }

    /**
     * Runs {@code work} in one transaction on the {@code default} database, on one virtual thread
     * (a platform thread for SQLite), and completes the future when it has committed, or exceptionally
     * when it rolled back. Nested {@code atomic} blocks inside are savepoints; {@code onCommit} hooks run
     * after the commit, before the future completes.
     *
     * @param <T> the result type
     * @param work the work, given the database to run its queries on
     * @return a future of what {@code work} returned, completed after the commit
     */
    public static <T> java.util.concurrent.CompletableFuture<T> atomicAsync(java.util.function.Function<Database, T> work) {
        return database().atomicAsync(work);
    }

    /**
     * As {@link #atomicAsync(java.util.function.Function)}, on database {@code alias}.
     *
     * @param <T> the result type
     * @param alias the alias the database is configured under
     * @param work the work, given the database to run its queries on
     * @return a future of what {@code work} returned, completed after the commit
     */
    public static <T> java.util.concurrent.CompletableFuture<T> atomicAsync(String alias, java.util.function.Function<Database, T> work) {
        return database(alias).atomicAsync(work);
    }

    /**
     * As {@link #atomic(Runnable)}; nested, {@code savepoint = false} makes no savepoint, and an exception
     * leaving the block marks the enclosing one for rollback (Django's {@code atomic(savepoint=False)}).
     *
     * @param savepoint false to make no savepoint when nested
     * @param work the work to run inside the transaction
     */
    public static void atomic(boolean savepoint, Runnable work) {
        database().atomic(savepoint, work);
    }

    /**
     * As {@link #atomic(boolean, Runnable)}, returning the block's value.
     *
     * @param <T> the result type
     * @param savepoint false to make no savepoint when nested
     * @param work the work to run inside the transaction
     * @return what {@code work} returned
     */
    public static <T> T atomic(boolean savepoint, Supplier<T> work) {
        return database().atomic(savepoint, work);
    }

    /**
     * Marks the innermost open block on the {@code default} database to roll back when it ends (Django's {@code set_rollback}).
     *
     * @param rollback true to roll back when the block ends, false to clear the mark
     */
    public static void setRollback(boolean rollback) {
        database().setRollback(rollback);
    }

    /**
     * Is the open transaction on the {@code default} database marked to roll back?
     *
     * @return true when marked
     */
    public static boolean getRollback() {
        return database().getRollback();
    }

    /**
     * As {@link #atomic(Runnable)}, running {@code work} again when the database rolls it back as a
     * deadlock victim or for a serialization failure (a {@link Retriable} error), at most
     * {@code policy.maxAttempts()} times in all, with backoff. Other errors, and a lost connection, are
     * never retried; inside an open transaction the work runs once.
     *
     * <pre>{@code
     * Covet.atomic(RetryPolicy.attempts(5), () -> transfer(from, to, 100));
     * }</pre>
     *
     * @param policy how often to retry and how long to pause between attempts
     * @param work the work; the whole transaction, run again on a retriable error
     */
    public static void atomic(RetryPolicy policy, Runnable work) {
        database().atomic(policy, work);
    }

    /**
     * As {@link #atomic(RetryPolicy, Runnable)}, returning the block's value.
     *
     * @param <T> the result type
     * @param policy how often to retry and how long to pause between attempts
     * @param work the work; the whole transaction, run again on a retriable error
     * @return what the successful attempt returned
     */
    public static <T> T atomic(RetryPolicy policy, Supplier<T> work) {
        return database().atomic(policy, work);
    }

    /**
     * As {@link #atomic(RetryPolicy, Runnable)}, on database {@code alias}.
     *
     * @param alias the alias the database is configured under
     * @param policy how often to retry and how long to pause between attempts
     * @param work the work; the whole transaction, run again on a retriable error
     */
    public static void atomic(String alias, RetryPolicy policy, Runnable work) {
        database(alias).atomic(policy, work);
    }

    /**
     * As {@link #atomic(RetryPolicy, Supplier)}, on database {@code alias}.
     *
     * @param <T> the result type
     * @param alias the alias the database is configured under
     * @param policy how often to retry and how long to pause between attempts
     * @param work the work; the whole transaction, run again on a retriable error
     * @return what the successful attempt returned
     */
    public static <T> T atomic(String alias, RetryPolicy policy, Supplier<T> work) {
        return database(alias).atomic(policy, work);
    }

    /**
     * Begins an explicit transaction on the {@code default} database; see {@link Transaction}.
     *
     * @return the transaction (a savepoint when one is open); closing it uncommitted rolls it back
     */
    public static Transaction begin() {
        return database().begin();
    }

    /**
     * Begins an explicit transaction on database {@code alias}; see {@link Transaction}.
     *
     * @param alias the alias the database is configured under
     * @return the transaction (a savepoint when one is open); closing it uncommitted rolls it back
     */
    public static Transaction begin(String alias) {
        return database(alias).begin();
    }

    /**
     * Runs {@code hook} after the outermost transaction on the {@code default} database commits; dropped on rollback.
     *
     * @param hook the code to run after the commit; run at once outside a transaction
     */
    public static void onCommit(Runnable hook) {
        database().onCommit(hook);
    }

    /**
     * Runs {@code hook} after the outermost transaction on database {@code alias} commits; dropped on rollback.
     *
     * @param alias the alias the database is configured under
     * @param hook the code to run after the commit; run at once outside a transaction
     */
    public static void onCommit(String alias, Runnable hook) {
        database(alias).onCommit(hook);
    }

    // ---------------------------------------------------------------- observation

    /**
     * Tells {@code listener} about every statement Covet runs.
     *
     * @param listener called after each statement, on the thread that ran it
     */
    public static void addQueryListener(QueryListener listener) {
        runtime().addQueryListener(listener);
    }

    /**
     * Stops telling {@code listener} about statements.
     *
     * @param listener a listener passed to {@link #addQueryListener}
     */
    public static void removeQueryListener(QueryListener listener) {
        runtime().removeQueryListener(listener);
    }

    /**
     * Does touching an unloaded relation fail everywhere (see {@link Config.Builder#strictLoading})?
     *
     * @return true when {@code Config.Builder.strictLoading(true)} was set
     */
    public static boolean isStrictLoading() {
        CovetRuntime r = current();
        return r != null && r.isStrictLoading();
    }
}
