package dev.covet.orm.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.PoolTimeout;
import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Dialects;
import dev.covet.orm.sql.JdbcTarget;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ValueCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One configured database: its dialect, its HikariCP pool (or a {@link DataSource} the application
 * gave), its transactions (bound to the thread that opened them) and the executor of its async calls.
 * The only place in Covet that touches a {@link Connection}. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String alias;
    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final Transactions transactions = new Transactions(this);
    private final Connection keeper;
    private final long slowNanos;
    private final StatementCache statements;
    /**
     * One permit per pooled connection, handed out first come, first served. HikariCP lets a caller
     * that arrives while others wait take a connection just given back, so under load some waiters
     * starve past connectionTimeout while the pool is busy and healthy; queueing here first makes
     * every wait as long as the queue ahead of it, not as long as its luck.
     */
    private final Semaphore turns;
    /** The session's own statement limit in ms (0: none), and whether the database keeps it per session. */
    private final long sessionLimitMillis;
    private final boolean sessionLimits;
    /** A limit set for the statements of the calling thread by {@link #withStatementTimeout}, in ms. */
    private final ThreadLocal<Long> scopedLimit = new ThreadLocal<>();
    private final AtomicInteger asyncRunning = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong timeouts = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean closed;
    private final GivenDataSource given;
    private volatile DatabaseOwner owner = DatabaseOwner.NONE;
    /** State other layers keep per database (a relation's cache of content types, say), by the class that keeps it. */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> kept = new java.util.concurrent.ConcurrentHashMap<>();

    private Database(String alias, DatabaseSettings settings, HikariDataSource pool, Dialect dialect,
                     ExecutorService executor, boolean ownsExecutor, Connection keeper) {
        this(alias, settings, pool, null, dialect, executor, ownsExecutor, keeper);
    }

    private Database(String alias, DatabaseSettings settings, HikariDataSource pool, GivenDataSource given, Dialect dialect,
                     ExecutorService executor, boolean ownsExecutor, Connection keeper) {
        this.given = given;
        this.alias = alias;
        this.settings = settings;
        this.pool = pool;
        this.dialect = dialect;
        this.executor = executor;
        this.ownsExecutor = ownsExecutor;
        this.keeper = keeper;
        this.slowNanos = settings.slowQueryThreshold().toNanos();
        this.statements = dialect.features().driverCachesStatements() ? null : new StatementCache();
        // a given DataSource queues its own callers
        this.turns = pool == null ? null : new Semaphore(pool.getMaximumPoolSize(), true);
        this.sessionLimitMillis = settings.statementTimeout().toMillis();
        this.sessionLimits = dialect.connection().sessionStatementTimeout(1) != null;
    }

    /**
     * Opens the pool and checks the server answers; a server that cannot be reached fails here.
     *
     * @param alias the name Covet knows the database by ({@code default}, {@code replica}, ...)
     * @param settings the URL or DataSource, pool size, timeouts and the rest
     * @return the open database, which the caller closes
     */
    public static Database open(String alias, DatabaseSettings settings) {
        if (settings.dataSource() != null) {
            return onDataSource(alias, settings);
        }
        DatabaseUrl url = settings.url();
        Dialect dialect = Dialects.forUrl(url);
        JdbcTarget target = dialect.connection().jdbc(url);
        Driver driver = driver(target, dialect.connection().vendor().driverArtifact(), url);
        Map<String, String> props = new LinkedHashMap<>(target.properties());
        props.putAll(dialect.connection().timeoutProperties(settings.connectTimeout(), settings.socketTimeout()));
        props.putAll(settings.properties());
        InitializingDataSource source = new InitializingDataSource(driver, target.url(), props, dialect,
                settings.statementTimeout().toMillis());
        source.readOnly(settings.readOnly());

        Connection keeper = null;
        HikariConfig config = new HikariConfig();
        config.setPoolName("covet-" + alias);
        config.setDataSource(source);
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(settings.minPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        if (url.isMemory()) {
            // one connection, and a second held open outside the pool so the shared in-memory database never vanishes
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            try {
                keeper = source.getConnection();
            } catch (SQLException e) {
                throw new ConnectionLost("Cannot open the in-memory SQLite database: " + e.getMessage(), e);
            }
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            SQLException cause = e.getCause() instanceof SQLException s ? s : null;
            ConnectionLost lost = new ConnectionLost("Cannot connect to database '" + alias + "' at " + url + " (connectTimeout "
                    + settings.connectTimeout().toMillis() + " ms): "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), cause);
            closeQuietly(keeper, lost);
            throw lost;
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
        }
        try (Connection c = pool.getConnection()) {
            // the first connection told the data source which server (and version) this is
            dialect = source.dialect();
        } catch (SQLException e) {
            ConnectionLost lost = new ConnectionLost("Cannot connect to database '" + alias + "' at " + url + ": " + e.getMessage(), e);
            pool.close();
            closeQuietly(keeper, lost);
            throw lost;
        }
        ExecutorService executor = settings.executor();
        boolean owns = executor == null;
        if (owns) {
            // SQLite's driver runs native code, which would pin a virtual thread's carrier: give it platform threads
            executor = url.isSqlite()
                    ? Executors.newFixedThreadPool(Math.max(2, config.getMaximumPoolSize()), daemonThreads("covet-" + alias + "-async"))
                    : Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("covet-" + alias + "-", 0).factory());
        }
        LOG.debug("Opened database '{}' ({}) with {} as {}", alias, url, dialect.name(), config.getPoolName());
        return new Database(alias, settings, pool, dialect, executor, owns, keeper);
    }

    private static void closeQuietly(Connection c, Throwable failure) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** A database on the DataSource the settings give: its dialect read from a first connection, no pool of Covet's. */
    private static Database onDataSource(String alias, DatabaseSettings settings) {
        DataSource source = settings.dataSource();
        Dialect dialect;
        try (Connection c = source.getConnection()) {
            var md = c.getMetaData();
            dialect = Dialects.forProduct(md.getDatabaseProductName(), settings.dialect())
                    .forServer(md.getDatabaseProductName(), md.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new ConnectionLost("Cannot connect to database '" + alias + "' through its DataSource: " + e.getMessage(), e);
        }
        GivenDataSource given = new GivenDataSource(alias, source, settings.outerTransactions(), dialect);
        ExecutorService executor = settings.executor();
        boolean owns = executor == null;
        if (owns) {
            executor = dialect.connection().driverRunsNativeCode()
                    ? Executors.newFixedThreadPool(Math.max(2, Math.min(given.maxConnections(), 16)), daemonThreads("covet-" + alias + "-async"))
                    : Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("covet-" + alias + "-", 0).factory());
        }
        LOG.debug("Opened database '{}' with {} on a given DataSource ({})", alias, dialect.name(), source.getClass().getName());
        return new Database(alias, settings, null, given, dialect, executor, owns, null);
    }

    private static Driver driver(JdbcTarget target, String artifact, DatabaseUrl url) {
        try {
            Class.forName(target.driverClass());
            return DriverManager.getDriver(target.url());
        } catch (ClassNotFoundException | SQLException e) {
            throw new ImproperlyConfigured("The JDBC driver for " + url.scheme() + " URLs (" + target.driverClass()
                    + ") is not on the classpath; add the dependency " + artifact);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
        if (closed) {
            throw new dev.covet.orm.exception.ImproperlyConfigured("Database '" + alias + "' is closed");
        }
        asyncRunning.incrementAndGet();
        try {
            DatabaseOwner runIn = owner;
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return runIn.call(work);
                } finally {
                    finishedAsync();
                }
            }, executor);
        } catch (RuntimeException e) {
            finishedAsync();
            throw e;
        }
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

    private void finishedAsync() {
        if (asyncRunning.decrementAndGet() == 0) {
            synchronized (asyncRunning) {
                asyncRunning.notifyAll();
            }
        }
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
        return executor;
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
        long millis = DatabaseSettings.Builder.timeout(timeout, "timeout").toMillis();
        Long before = scopedLimit.get();
        scopedLimit.set(millis);
        try {
            return work.get();
        } finally {
            if (before == null) {
                scopedLimit.remove();
            } else {
                scopedLimit.set(before);
            }
        }
    }

    /**
     * The limit the next statement needs set on its own (ms, 0 for none), or -1 when the session's
     * own limit already applies.
     */
    private long statementLimit() {
        Long scoped = scopedLimit.get();
        if (scoped == null) {
            return sessionLimits || sessionLimitMillis == 0 ? -1 : sessionLimitMillis;
        }
        return sessionLimits && scoped == sessionLimitMillis ? -1 : scoped;
    }

    private void endLimit(Connection c, SQLException failure) {
        try {
            dialect.connection().endLimit(c, sessionLimitMillis);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
            // the session's limit is unknown now: that connection must not serve anyone else
            LOG.debug("Restoring the statement timeout on '{}' failed; the connection is discarded", alias, e);
            pool.evictConnection(c);
        }
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
        return run(sql, (ps, text) -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    /**
     * The row count of an INSERT, UPDATE or DELETE.
     *
     * @param sql the statement with its parameters
     * @return the number of rows the statement changed
     */
    public int update(Sql sql) {
        return run(sql, (ps, text) -> ps.executeUpdate());
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
        if (returning) {
            return query(sql, rs -> keyCodec.read(rs, 1));
        }
        return run(sql, Statement.RETURN_GENERATED_KEYS, (ps, text) -> {
            ps.executeUpdate();
            List<Object> keys = new ArrayList<>();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                while (rs.next()) {
                    keys.add(keyCodec.read(rs, 1));
                }
            }
            return keys;
        });
    }

    /**
     * Runs one statement of a schema change or a hand-written migration step, whatever it returns, on a
     * statement prepared for it alone (kept statements would outlive the tables they name).
     *
     * @param sql the statement with its parameters
     */
    public void executeStatement(Sql sql) {
        TransactionFrame frame = transactions.current();
        Connection c = frame != null ? frame.connection : acquire();
        long start = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql.params());
            ps.execute();
            fire(sql, start, null);
        } catch (SQLException e) {
            fire(sql, start, e);
            throw dialect.errors().translate(e, sql.text());
        } finally {
            if (frame == null) {
                release(c);
            }
        }
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
        TransactionFrame frame = usableFrame();
        Connection c = frame != null ? frame.connection : acquire();
        boolean ownTransaction = false;
        long start = System.nanoTime();
        long limit = statementLimit();
        PreparedStatement ps = null;
        try {
            if (frame == null && dialect.features().supportsServerCursors() && dialect.cursorsNeedTransaction()) {
                c.setAutoCommit(false);
                ownTransaction = true;
            }
            String text = limit < 0 ? sql.text() : dialect.connection().limitStatement(c, sql.text(), limit);
            ResultSet rs;
            try {
                ps = c.prepareStatement(text, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                ps.setFetchSize(fetchSize);
                bind(ps, sql.params());
                rs = ps.executeQuery();
            } finally {
                // the limit covers opening the cursor; reading further chunks is the caller's pace
                if (limit >= 0) {
                    endLimit(c, null);
                }
            }
            fire(sql, start, null);
            return new Cursor<>(this, frame == null ? c : null, ownTransaction, ps, rs, mapper, sql.text());
        } catch (SQLException e) {
            fire(sql, start, e);
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            RuntimeException translated = translate(e, sql.text(), frame);
            if (frame == null) {
                try {
                    if (ownTransaction) {
                        c.rollback();
                        c.setAutoCommit(true);
                    }
                } catch (SQLException suppressed) {
                    translated.addSuppressed(suppressed);
                }
                release(c);
                if (translated instanceof ConnectionLost) {
                    pool.evictConnection(c);
                }
            }
            throw translated;
        }
    }

    /** A statement's work once it is prepared and bound. */
    @FunctionalInterface
    interface Work<T> {
        T run(PreparedStatement ps, String sql) throws SQLException;
    }

    private <T> T run(Sql sql, Work<T> work) {
        return run(sql, Statement.NO_GENERATED_KEYS, work);
    }

    private <T> T run(Sql sql, int keys, Work<T> work) {
        // the connection, the statement limit, events and errors as for any work on the connection;
        // here only the statement: a kept one where it can be, lent and given back
        return withConnection(sql, (c, text) -> {
            PreparedStatement ps = null;
            boolean cached = false;
            boolean failed = true;
            try {
                if (statements != null && keys == Statement.NO_GENERATED_KEYS) {
                    ps = statements.take(c, text);
                    cached = ps != null;
                }
                if (ps == null) {
                    ps = keys == Statement.RETURN_GENERATED_KEYS ? c.prepareStatement(text, keys) : c.prepareStatement(text);
                }
                bind(ps, sql.params());
                T result = work.run(ps, sql.text());
                failed = false;
                return result;
            } finally {
                if (cached) {
                    statements.giveBack(c, text, failed);
                } else {
                    close(ps);
                }
            }
        });
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
        TransactionFrame frame = usableFrame();
        Connection c = frame != null ? frame.connection : acquire();
        long start = System.nanoTime();
        long limit = statementLimit();
        boolean lost = false;
        SQLException error = null;
        try {
            String text = limit >= 0 ? dialect.connection().limitStatement(c, sql.text(), limit) : sql.text();
            T result = work.run(c, text);
            fire(sql, start, null);
            return result;
        } catch (SQLException e) {
            error = e;
            fire(sql, start, e);
            RuntimeException translated = translate(e, sql.text(), frame);
            lost = translated instanceof ConnectionLost;
            throw translated;
        } finally {
            if (limit >= 0 && !lost) {
                endLimit(c, error);
            }
            if (frame == null) {
                release(c);
                if (lost) {
                    pool.evictConnection(c);
                }
            }
        }
    }

    /**
     * The Covet exception for {@code e}. A lost connection inside a transaction says that the server
     * rolled the transaction back, and marks it so that nothing more is tried on that connection.
     */
    private RuntimeException translate(SQLException e, String sql, TransactionFrame frame) {
        if (dialect.errors().isReadOnlyViolation(e)) {
            return new dev.covet.orm.exception.ReadOnlyError("Database '" + alias + "' only reads (" + (settings.readOnly() ? "configured readOnly"
                    : "the server refuses writes: a replica or standby") + "), and a write was sent to it: " + e.getMessage()
                    + ". Send writes to the primary (a router's dbForWrite, or using(...) with the primary's alias)", e);
        }
        RuntimeException translated = dialect.errors().translate(e, sql);
        if (translated instanceof ConnectionLost && frame != null) {
            frame.lost = true;
            return new ConnectionLost(translated.getMessage() + " (the connection was lost inside a transaction:"
                    + " the server rolled the whole transaction back, and Covet does not retry it)", e, true);
        }
        return translated;
    }

    private void close(PreparedStatement ps) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("Closing a statement on '{}' failed", alias, e);
            }
        }
    }

    private void bind(PreparedStatement ps, List<Value> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Value v = params.get(i);
            ValueCodec codec = dialect.codec(v.storage());
            if (v.value() == null) {
                ps.setNull(i + 1, codec.sqlType());
            } else {
                codec.bind(ps, i + 1, v.value());
            }
        }
    }

    private void fire(Sql sql, long start, SQLException error) {
        long elapsed = System.nanoTime() - start;
        if (elapsed > slowNanos) {
            LOG.warn("Slow statement ({} ms) on '{}': {}", elapsed / 1_000_000, alias, SqlLog.shorten(sql.text()));
        }
        if (SqlLog.LOG.isDebugEnabled()) {
            SqlLog.statement(alias, elapsed, sql, error);
        }
        QueryListeners listeners = owner.queryListeners();
        if (listeners.any()) {
            listeners.fire(new QueryEvent(alias, sql.text(), sql.paramValues(), elapsed, error));
        }
    }

    /**
     * A connection from the pool, waiting in line for at most connectionTimeout: a {@link PoolTimeout}
     * when every connection stayed busy that long, a {@link ConnectionLost} when the server could not
     * be reached. Hand it back with {@link #release} (or {@link #giveBack}).
     */
    Connection acquire() {
        if (given != null) {
            return given.acquire();
        }
        long timeout = settings.connectionTimeout().toMillis();
        try {
            if (!turns.tryAcquire(timeout, TimeUnit.MILLISECONDS)) {
                throw poolTimeout(timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PoolTimeout("Interrupted while waiting for a connection to database '" + alias + "'");
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            turns.release();
            if (pool.isClosed()) {
                throw new ConnectionLost("Database '" + alias + "' is closed (Covet.shutdown() was called)", e);
            }
            // HikariCP gives the last failure to open a connection as the cause; without one, the pool was only busy
            if (e.getCause() instanceof SQLException server) {
                throw new ConnectionLost("No connection to database '" + alias + "' at " + settings.url()
                        + " could be opened: " + server.getMessage(), server);
            }
            throw poolTimeout(timeout);
        }
    }

    private PoolTimeout poolTimeout(long timeout) {
        timeouts.incrementAndGet();
        return new PoolTimeout("No connection to database '" + alias + "' became free within " + timeout
                + " ms (connectionTimeout; " + poolStats() + ", " + turns.getQueueLength()
                + " waiting): the pool is too small for the load, or connections are held too long");
    }

    /** Closes {@code c} back into the pool and lets the next caller in line have a connection. */
    void giveBack(Connection c) throws SQLException {
        if (given != null) {
            c.close();
            return;
        }
        try {
            c.close();
        } finally {
            turns.release();
        }
    }

    void release(Connection c) {
        if (given != null) {
            given.release(c, null);
            return;
        }
        try {
            giveBack(c);
        } catch (SQLException e) {
            LOG.warn("Closing a connection of '{}' failed: {}", alias, e.toString());
        }
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
        if (given != null) {
            // an application's DataSource is met on its own terms: in its transactions, when it asks
            return;
        }
        try {
            query(Sql.of(dialect.ping()), rs -> rs.getObject(1));
        } catch (RuntimeException e) {
            LOG.debug("Warming up the statement path of '{}' stopped early", alias, e);
        }
    }

    void checkForeignKeys(Connection c) {
        String check = dialect.foreignKeyCheck();
        if (check == null) {
            return;
        }
        List<String> broken = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(check)) {
            while (rs.next() && broken.size() < 5) {
                broken.add(rs.getString(1) + " row " + rs.getString(2) + " -> " + rs.getString(3));
            }
        } catch (SQLException e) {
            throw dialect.errors().translate(e, check);
        }
        if (!broken.isEmpty()) {
            throw new dev.covet.orm.exception.ForeignKeyViolation("Rows point at rows that do not exist after the schema change: "
                    + String.join(", ", broken), null);
        }
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
        Sql take = dialect.advisoryLock(name, timeout);
        if (take == null) {
            return () -> { };
        }
        Connection c = acquire();
        try {
            try (PreparedStatement ps = c.prepareStatement(take.text())) {
                bind(ps, take.params());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getObject(1) == null || (rs.getObject(1) instanceof Number n && n.intValue() == 0)) {
                        throw new dev.covet.orm.exception.LockNotAvailable("The lock '" + name + "' on database '" + alias
                                + "' was not free within " + timeout.toSeconds() + " s", null);
                    }
                }
            }
        } catch (SQLException e) {
            release(c);
            throw dialect.errors().translate(e, take.text());
        } catch (RuntimeException e) {
            release(c);
            throw e;
        }
        Sql free = dialect.advisoryUnlock(name);
        return () -> {
            try (PreparedStatement ps = c.prepareStatement(free.text())) {
                bind(ps, free.params());
                ps.execute();
            } catch (SQLException e) {
                LOG.warn("Releasing the lock '{}' on '{}' failed: {}", name, alias, e.toString());
            } finally {
                release(c);
            }
        };
    }

    /**
     * The tables of this database as its metadata describes them, by lower-case name.
     *
     * @return the live tables by lower-case name
     */
    public Map<String, LiveTable> introspect() {
        Connection c = acquireForThread();
        try {
            return new Introspector(c, dialect).tables();
        } catch (SQLException e) {
            throw dialect.errors().translate(e, "-- read the schema");
        } finally {
            if (transactions.current() == null) {
                release(c);
            }
        }
    }

    /**
     * The names of the tables that exist in this database (lower case).
     *
     * @return the table names, lower case
     */
    public java.util.Set<String> tableNames() {
        Connection c = acquireForThread();
        try {
            var md = c.getMetaData();
            java.util.Set<String> names = new java.util.HashSet<>();
            String catalog = c.getCatalog();
            String schema = dialect.tableSchema(c);
            try (ResultSet rs = md.getTables(catalog, schema, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        } catch (SQLException e) {
            throw dialect.errors().translate(e, "-- list tables");
        } finally {
            if (transactions.current() == null) {
                release(c);
            }
        }
    }

    /**
     * The thread's open transaction, if any; one marked for rollback takes no more statements until the
     * block that rolls it back ends (Django's validate_no_broken_transaction).
     */
    private TransactionFrame usableFrame() {
        TransactionFrame frame = transactions.current();
        if (frame != null && frame.needsRollback) {
            throw new dev.covet.orm.exception.TransactionManagementError("An error occurred in the current transaction. You can't execute "
                    + "queries until the end of the 'atomic' block.");
        }
        return frame;
    }

    private Connection acquireForThread() {
        TransactionFrame frame = usableFrame();
        return frame != null ? frame.connection : acquire();
    }

    /**
     * The most connections the pool opens (one for an in-memory SQLite database; unbounded when a given DataSource does not say).
     *
     * @return the pool's maximum size ({@link Integer#MAX_VALUE} when unbounded)
     */
    public int maxConnections() {
        return given != null ? given.maxConnections() : pool.getMaximumPoolSize();
    }

    /**
     * The number of connections in use and open, for monitoring.
     *
     * @return {@code "N active / M open"}, or {@code "closed"} once the pool is closed
     */
    public String poolStats() {
        if (given != null) {
            return given.stats();
        }
        var mx = pool.getHikariPoolMXBean();
        return mx == null ? "closed" : mx.getActiveConnections() + " active / " + mx.getTotalConnections() + " open";
    }

    /**
     * The pool's size, use, waiting threads and timeouts so far (see {@link PoolStats}).
     *
     * @return the statistics; pool figures are -1 where the pool does not report them
     */
    public PoolStats statistics() {
        HikariDataSource hikari = given == null ? pool : given.hikari();
        var mx = hikari == null ? null : hikari.getHikariPoolMXBean();
        if (mx == null) {
            return new PoolStats(-1, -1, -1, -1, timeouts.get(), maxConnections());
        }
        int waiting = mx.getThreadsAwaitingConnection() + (turns == null ? 0 : turns.getQueueLength());
        return new PoolStats(mx.getTotalConnections(), mx.getActiveConnections(), mx.getIdleConnections(), waiting,
                timeouts.get(), hikari.getMaximumPoolSize());
    }

    /** The connection of the outer transaction Covet joins on this thread, or null. */
    Connection outerConnection() {
        return given == null ? null : given.outerConnection();
    }

    boolean joinsOuterTransactions() {
        return given != null && given.joinsOuterTransactions();
    }

    void afterOuterCommit(Runnable hook) {
        given.afterOuterCommit(hook);
    }

        /**
     * Closes the pool Covet built (a given DataSource stays open: its owner closes it) once the async calls still running have finished (waiting up to the connection
     * timeout for them; new ones are refused), then the in-memory keeper connection.
     */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + settings.connectionTimeout().toNanos();
        if (ownsExecutor) {
            executor.shutdown();
        }
        awaitAsync(deadline);
        if (pool != null) {
            pool.close();
        }
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                LOG.debug("Closing the in-memory keeper connection failed", e);
            }
        }
    }

    private void awaitAsync(long deadline) {
        synchronized (asyncRunning) {
            while (asyncRunning.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("Closing database '{}' with {} async calls still running after {} ms", alias, asyncRunning.get(),
                            settings.connectionTimeout().toMillis());
                    return;
                }
                try {
                    asyncRunning.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Drops a connection whose state cannot be trusted (its server went away) from the pool. */
    void evict(Connection c) {
        pool.evictConnection(c);
    }
}
