package dev.covet.orm.db;

import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ValueCodec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * One configured database: its dialect, its HikariCP pool (or a {@link DataSource} the application
 * gave), its transactions (bound to the thread that opened them) and the executor of its async calls.
 * The only place in Covet that touches a {@link Connection}. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final String alias;
    private final DatabaseSettings settings;
    private final Dialect dialect;
    private final Transactions transactions;
    // each idea of a database in a class of its own: where connections come from, how statements run,
    // the async calls, and what schema changes ask; this class is the face callers hold
    private final Connections connections;
    private final Execution execution;
    private final AsyncCalls async;
    private final SchemaAccess schema;
    private volatile DatabaseOwner owner = DatabaseOwner.NONE;
    /** State other layers keep per database (a relation's cache of content types, say), by the class that keeps it. */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> kept = new java.util.concurrent.ConcurrentHashMap<>();

    /** A database on {@code connections}; {@link DatabaseOpener} makes them. */
    Database(String alias, DatabaseSettings settings, Dialect dialect, Connections connections, AsyncCalls async) {
        this.alias = alias;
        this.settings = settings;
        this.dialect = dialect;
        this.connections = connections;
        this.async = async;
        this.transactions = new Transactions(this, connections);
        this.execution = new Execution(this, transactions, connections);
        this.schema = new SchemaAccess(alias, dialect, transactions, connections, execution);
    }

    /**
     * Opens the pool and checks the server answers; a server that cannot be reached fails here.
     *
     * @param alias the name Covet knows the database by ({@code default}, {@code replica}, ...)
     * @param settings the URL or DataSource, pool size, timeouts and the rest
     * @return the open database, which the caller closes
     */
    public static Database open(String alias, DatabaseSettings settings) {
        return DatabaseOpener.open(alias, settings);
    }

    /**
     * The name this database is registered under (Django's {@code connection.alias}).
     *
     * @return the alias, such as {@code default}
     */
    public String alias() {
        return alias;
    }

    /**
     * What differs on this kind of database: types, quoting, features (Django's {@code connection.ops}).
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * The URL Covet opened this database from, or null for one on a given DataSource.
     *
     * @return the URL, or null for a database on a given DataSource
     */
    public DatabaseUrl url() {
        return settings.url();
    }

    /**
     * The settings this database was opened with (Django's {@code connection.settings_dict}).
     *
     * @return the settings
     */
    public DatabaseSettings settings() {
        return settings;
    }

    Transactions transactions() {
        return transactions;
    }

    Connections connections() {
        return connections;
    }

    // ---------------------------------------------------------------- transactions

    /**
     * Runs {@code work} in a transaction (a savepoint if one is open on this thread) and returns its result.
     *
     * @param <T> the type of the work's result
     * @param work what to run; an exception leaving it rolls the transaction back
     * @return what {@code work} returned
     */
    public <T> T atomic(Supplier<T> work) {
        return transactions.atomic(work);
    }

    /**
     * Runs {@code work} in a transaction (a savepoint if one is open on this thread).
     *
     * @param work what to run; an exception leaving it rolls the transaction back
     */
    public void atomic(Runnable work) {
        transactions.atomic(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} in a transaction; nested, with {@code savepoint} false it makes no savepoint
     * (cheaper), and an exception leaving it marks the enclosing block for rollback: queries are refused
     * until that block ends, which then rolls back (Django's {@code atomic(savepoint=False)}).
     *
     * @param <T> the type of the work's result
     * @param savepoint whether a nested block makes a savepoint
     * @param work what to run
     * @return what {@code work} returned
     */
    public <T> T atomic(boolean savepoint, Supplier<T> work) {
        return transactions.atomic(savepoint, work);
    }

    /**
     * As {@link #atomic(boolean, Supplier)}, for work without a result.
     *
     * @param savepoint whether a nested block makes a savepoint
     * @param work what to run
     */
    public void atomic(boolean savepoint, Runnable work) {
        transactions.atomic(savepoint, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} in a transaction and runs it again, as {@code policy} allows, when the database
     * rolls it back as a deadlock victim or for a serialization failure ({@link dev.covet.orm.exception.Retriable}).
     * Inside a transaction already open on this thread it runs once: the database rolled back the outer
     * transaction too, so only the outermost block can be retried.
     *
     * @param <T> the type of the work's result
     * @param policy how many attempts, and how long to wait between them
     * @param work what to run, once per attempt
     * @return what the attempt that committed returned
     */
    public <T> T atomic(RetryPolicy policy, Supplier<T> work) {
        return transactions.atomic(policy, work);
    }

    /**
     * As {@link #atomic(RetryPolicy, Supplier)}, for work without a result.
     *
     * @param policy how many attempts, and how long to wait between them
     * @param work what to run, once per attempt
     */
    public void atomic(RetryPolicy policy, Runnable work) {
        transactions.atomic(policy, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Marks the innermost open block to roll back when it ends, even without an exception (Django's
     * {@code set_rollback(True)}); {@code false} clears the mark. Outside a transaction: {@link dev.covet.orm.exception.TransactionManagementError}.
     *
     * @param rollback true to mark the block for rollback, false to clear the mark
     */
    public void setRollback(boolean rollback) {
        transactions.setRollback(rollback);
    }

    /**
     * Is the open transaction marked to roll back?
     *
     * @return true when the innermost block is marked for rollback
     */
    public boolean getRollback() {
        return transactions.getRollback();
    }

    /**
     * Begins an explicit transaction (or savepoint) on this thread.
     *
     * @return the transaction, which the caller commits or rolls back
     */
    public Transaction begin() {
        return transactions.begin();
    }

    /**
     * Runs {@code hook} after the outermost transaction commits (now, if none is open); dropped on rollback.
     *
     * @param hook what to run after the commit
     */
    public void onCommit(Runnable hook) {
        transactions.onCommit(hook);
    }

    /**
     * Is a transaction open on the calling thread (Covet's, or an outer manager's that Covet joins)?
     *
     * @return true inside a transaction on this thread
     */
    public boolean inTransaction() {
        return transactions.current() != null;
    }

    // ---------------------------------------------------------------- async

    /**
     * Runs {@code work} on this database's async executor. Refused inside a transaction: the work
     * would run on another thread, outside it.
     *
     * @param <T> the type of the work's result
     * @param work what to run on another thread
     * @return a future that completes with the work's result, or with the exception it threw
     * @throws dev.covet.orm.exception.TransactionManagementError if called inside a transaction
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the database is closed
     */
    public <T> CompletableFuture<T> async(Supplier<T> work) {
        if (inTransaction()) {
            throw new TransactionManagementError("An ...Async call was made inside a transaction on '" + alias
                    + "'; it would run on another thread, outside the transaction. Use the blocking call inside atomic().");
        }
        return async.submit(owner, work);
    }

    /**
     * Runs {@code work} as one transaction on one thread of the async executor (a virtual thread; a
     * platform thread for SQLite), given this database; the future completes with its result once the
     * transaction has committed (and its {@code onCommit} hooks have run), or exceptionally with the
     * exception that rolled it back. {@code atomic} blocks inside are savepoints. Refused inside a
     * transaction, as every async call is.
     *
     * @param <T> the type of the work's result
     * @param work what to run in the transaction, given this database
     * @return a future of the result, completed after the commit
     */
    public <T> CompletableFuture<T> atomicAsync(java.util.function.Function<Database, T> work) {
        return async(() -> transactions.atomic(() -> work.apply(this)));
    }

    /**
     * Gives this database to {@code owner}, the runtime that opened it: its listeners hear every
     * statement, and async work runs inside it. Once only.
     *
     * @param owner the runtime that opened this database
     * @throws IllegalStateException if the database already has an owner
     */
    public void ownedBy(DatabaseOwner owner) {
        synchronized (kept) {
            if (this.owner != DatabaseOwner.NONE) {
                throw new IllegalStateException("Database '" + alias + "' already belongs to a runtime");
            }
            this.owner = java.util.Objects.requireNonNull(owner, "owner");
        }
    }

    /**
     * The runtime that opened this database; {@link DatabaseOwner#NONE} for one opened on its own.
     *
     * @return the owner
     */
    public DatabaseOwner owner() {
        return owner;
    }

    /**
     * State a layer above keeps per database, made on first use (a cache of content-type rows, say):
     * it lives as long as this database and is never seen by another one.
     *
     * @param <T> the type of the state
     * @param type the class of the state, its key
     * @param make makes the state for this database on first use
     * @return the state kept for {@code type}
     */
    public <T> T kept(Class<T> type, java.util.function.Function<Database, T> make) {
        Object state = kept.get(type);
        if (state == null) {
            state = kept.computeIfAbsent(type, k -> make.apply(this));
        }
        return type.cast(state);
    }

    /**
     * The executor that runs this database's async calls ({@code ...Async} methods, {@link #atomicAsync}).
     *
     * @return the executor (shut down on close when Covet made it)
     */
    public ExecutorService executor() {
        return async.executor();
    }

    // ---------------------------------------------------------------- statement timeouts

    /**
     * Runs {@code work} with every statement it makes on this thread limited to {@code timeout}
     * ({@link Duration#ZERO}: no limit), instead of the database's {@code statementTimeout}. A statement
     * that runs longer is cancelled by the database and raises {@link dev.covet.orm.exception.QueryCanceled}; the
     * connection stays usable. {@code QuerySet.timeout(...)} uses this.
     *
     * @param <T> the type of the work's result
     * @param timeout the limit for each statement; {@link Duration#ZERO} for none
     * @param work what to run
     * @return what {@code work} returned
     */
    public <T> T withStatementTimeout(Duration timeout, Supplier<T> work) {
        return execution.withStatementTimeout(timeout, work);
    }

    // ---------------------------------------------------------------- statements

    /**
     * Every row of a SELECT, read by {@code mapper}.
     *
     * @param <T> the type of one row's object
     * @param sql the SELECT with its parameters
     * @param mapper reads one row
     * @return the mapped rows in order; empty when none matched
     */
    public <T> List<T> query(Sql sql, RowMapper<T> mapper) {
        return execution.query(sql, mapper);
    }

    /**
     * The row count of an INSERT, UPDATE or DELETE.
     *
     * @param sql the statement with its parameters
     * @return the number of rows the statement changed
     */
    public int update(Sql sql) {
        return execution.update(sql);
    }

    /**
     * Runs an INSERT and returns the generated keys, one per row: read from its RETURNING clause when
     * {@code returning}, else from the driver's generated keys.
     *
     * @param sql the INSERT with its parameters
     * @param keyCodec reads a key's value from a result column
     * @param returning whether the statement ends in {@code RETURNING key}
     * @return the keys in the order the rows were inserted
     */
    public List<Object> insert(Sql sql, ValueCodec keyCodec, boolean returning) {
        return execution.insert(sql, keyCodec, returning);
    }

    /**
     * Runs one statement of a schema change or a hand-written migration step, whatever it returns, on a
     * statement prepared for it alone (kept statements would outlive the tables they name).
     *
     * @param sql the statement with its parameters
     */
    public void executeStatement(Sql sql) {
        execution.executeStatement(sql);
    }

    /**
     * Runs statements without parameters (DDL), in order.
     *
     * @param statements the statements, each run on its own
     */
    public void execute(List<String> statements) {
        for (String s : statements) {
            update(Sql.of(s));
        }
    }

    /**
     * Opens a cursor that streams rows {@code fetchSize} at a time, holding a connection until closed.
     * On PostgreSQL, outside a transaction, it opens one for the cursor's life (the server streams only then).
     *
     * @param <T> the type of one row's object
     * @param sql the SELECT with its parameters
     * @param fetchSize how many rows to fetch from the server at a time
     * @param mapper reads one row
     * @return the open cursor, which the caller closes
     */
    public <T> Cursor<T> cursor(Sql sql, int fetchSize, RowMapper<T> mapper) {
        return execution.cursor(sql, fetchSize, mapper);
    }

    /**
     * Work on the JDBC connection itself, for what a driver offers beyond statements (PostgreSQL's COPY).
     *
     * @param <T> the work's result type
     */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        /**
         * Does the work.
         *
         * @param connection the connection of the current transaction, or one taken from the pool for this call
         * @param sql        the text of {@code sql} given to {@link #withConnection}, as the statement limit in force leaves it
         * @return the work's result
         * @throws SQLException as the driver raises it; Covet translates it
         */
        T run(Connection connection, String sql) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection of this database as one statement: the current transaction's
     * connection, or one from the pool for the call. {@code sql} is the statement the work sends; listeners
     * and the log see it, a statement limit applies to it, and a failure is translated as for
     * {@link #update}.
     *
     * @param sql  the statement the work sends, as listeners and the log should see it
     * @param work what to do with the connection
     * @param <T>  the work's result type
     * @return what {@code work} returns
     */
    public <T> T withConnection(Sql sql, ConnectionWork<T> work) {
        return execution.withConnection(sql, work);
    }

    /**
     * Runs {@code work} in a transaction meant for schema changes (see {@code Dialect.beforeSchemaChange}):
     * where tables are rebuilt to be altered, foreign keys are checked once, before the commit, instead of
     * row by row while tables are swapped.
     *
     * @param <T> the type of the work's result
     * @param work the schema changes to run
     * @return what {@code work} returned
     */
    public <T> T schemaAtomic(Supplier<T> work) {
        return transactions.schemaAtomic(work);
    }

    /**
     * Sends one statement through the path every statement takes (pool queue, kept statements, binding,
     * timing, logging, listeners), on the thread that opens the database: the classes and call sites
     * along it are initialised and linked here, not by the application's first virtual threads, which
     * would each pin their carrier while one of them did it.
     */
    public void warmUp() {
        execution.warmUp();
    }

    /**
     * Takes the named lock that keeps two processes from changing the schema at once, waiting up to
     * {@code timeout}; it holds a connection of its own until closed. Where the database has no such lock
     * (SQLite), the returned lock holds nothing: each transaction there takes the database's write lock.
     *
     * @param name the lock's name
     * @param timeout how long to wait for it
     * @return the held lock, released by closing it
     * @throws dev.covet.orm.exception.LockNotAvailable if the lock was not free within {@code timeout}
     */
    public SchemaLock lock(String name, java.time.Duration timeout) {
        return schema.lock(name, timeout);
    }

    /**
     * The tables of this database as its metadata describes them, by lower-case name.
     *
     * @return the live tables by lower-case name
     */
    public Map<String, LiveTable> introspect() {
        return schema.introspect();
    }

    /**
     * The names of the tables that exist in this database (lower case).
     *
     * @return the table names, lower case
     */
    public java.util.Set<String> tableNames() {
        return schema.tableNames();
    }

    /**
     * The most connections the pool opens (one for an in-memory SQLite database; unbounded when a given DataSource does not say).
     *
     * @return the pool's maximum size ({@link Integer#MAX_VALUE} when unbounded)
     */
    public int maxConnections() {
        return connections.maxConnections();
    }

    /**
     * The number of connections in use and open, for monitoring.
     *
     * @return {@code "N active / M open"}, or {@code "closed"} once the pool is closed
     */
    public String poolStats() {
        return connections.stats();
    }

    /**
     * The pool's size, use, waiting threads and timeouts so far (see {@link PoolStats}).
     *
     * @return the statistics; pool figures are -1 where the pool does not report them
     */
    public PoolStats statistics() {
        return connections.statistics();
    }

    /**
     * Closes the pool Covet built (a given DataSource stays open: its owner closes it) once the async calls still running have finished (waiting up to the connection
     * timeout for them; new ones are refused), then the in-memory keeper connection.
     */
    @Override
    public void close() {
        async.close(settings.connectionTimeout());
        connections.close();
    }
}
