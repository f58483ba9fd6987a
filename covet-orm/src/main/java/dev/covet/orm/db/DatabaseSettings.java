package dev.covet.orm.db;

import dev.covet.orm.exception.ImproperlyConfigured;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * How one database is reached: its URL, pool sizes and timeouts, extra driver properties, the
 * executor that runs its {@code ...Async} calls, the longest a statement may run, and the threshold
 * above which a statement is logged as slow. Or, instead of a URL and a pool, a {@link DataSource} the
 * application made ({@link #builder(DataSource)}), with the transaction manager whose transactions Covet
 * joins. Immutable; made with {@link Builder}.
 */
public final class DatabaseSettings {
    private final DatabaseUrl url;
    private final int minPoolSize;
    private final int maxPoolSize;
    private final Duration connectionTimeout;
    private final Duration connectTimeout;
    private final Duration socketTimeout;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final Map<String, String> properties;
    private final ExecutorService executor;
    private final Duration slowQueryThreshold;
    private final Duration statementTimeout;
    private final DataSource dataSource;
    private final OuterTransactions outerTransactions;
    private final String dialect;
    private final boolean readOnly;

    private DatabaseSettings(Builder b) {
        this.url = b.url;
        this.minPoolSize = b.minPoolSize;
        this.maxPoolSize = b.maxPoolSize;
        this.connectionTimeout = b.connectionTimeout;
        this.connectTimeout = b.connectTimeout;
        this.socketTimeout = b.socketTimeout;
        this.idleTimeout = b.idleTimeout;
        this.maxLifetime = b.maxLifetime;
        this.properties = Map.copyOf(b.properties);
        this.executor = b.executor;
        this.slowQueryThreshold = b.slowQueryThreshold;
        this.statementTimeout = b.statementTimeout;
        this.dataSource = b.dataSource;
        this.outerTransactions = b.outerTransactions;
        this.dialect = b.dialect;
        this.readOnly = b.readOnly;
    }

    /**
     * Do this database's sessions refuse writes (a replica's)?
     *
     * @return true for a read-only database (default false)
     */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Starts settings for the database at {@code url} (Django's {@code DATABASES} entry with {@code ENGINE} and {@code NAME}).
     *
     * @param url a database URL ({@code postgresql://user@host/name}, {@code sqlite:///path/to/file.db}, ...)
     * @return a builder; timeouts and {@code readOnly} may also come from the URL's query parameters
     */
    public static Builder builder(String url) {
        return new Builder(DatabaseUrl.parse(url));
    }

    /**
     * Starts settings for the database at an already parsed {@code url}.
     *
     * @param url the database URL
     * @return a builder
     */
    public static Builder builder(DatabaseUrl url) {
        return new Builder(url);
    }

    /**
     * Settings for a database on {@code dataSource}, which the application made and closes: Covet takes
     * connections from it and gives them back, and never closes it. Its dialect is read from the
     * connection's metadata unless {@link Builder#dialect} names it. The pool settings do not apply
     * (the DataSource has its own).
     *
     * @param dataSource the application's DataSource
     * @return a builder
     * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code dataSource} is null
     */
    public static Builder builder(DataSource dataSource) {
        if (dataSource == null) {
            throw new ImproperlyConfigured("A DataSource is required");
        }
        return new Builder(dataSource);
    }

    /**
     * The URL, or null for a database on a given {@link #dataSource()}.
     *
     * @return the URL, or null for a given DataSource
     */
    public DatabaseUrl url() {
        return url;
    }

    /**
     * The DataSource the application gave, or null when Covet builds its own pool from the {@link #url()}.
     *
     * @return the DataSource, or null
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The transaction manager whose transactions Covet joins on a given DataSource, or null.
     *
     * @return the manager, or null when Covet manages every transaction itself
     */
    public OuterTransactions outerTransactions() {
        return outerTransactions;
    }

    /**
     * The dialect named for a given DataSource, or null to read it from the connection.
     *
     * @return the dialect's name, or null
     */
    public String dialect() {
        return dialect;
    }

    /**
     * Connections the pool keeps open when idle (HikariCP's {@code minimumIdle}).
     *
     * @return the minimum, 1 unless set
     */
    public int minPoolSize() {
        return minPoolSize;
    }

    /**
     * The most connections the pool opens at once (HikariCP's {@code maximumPoolSize}).
     *
     * @return the maximum, 10 unless set (4 for SQLite)
     */
    public int maxPoolSize() {
        return maxPoolSize;
    }

    /**
     * How long a caller waits for a free connection before failing.
     *
     * @return the wait, 30 s unless set
     */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    /**
     * How long opening a connection (TCP connect, TLS and login) may take before it fails.
     *
     * @return the timeout, 10 s unless set
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How long a connection waits for the server to answer before it is given up as lost.
     *
     * @return the timeout, 5 min unless set
     */
    public Duration socketTimeout() {
        return socketTimeout;
    }

    /**
     * How long an idle connection above the minimum stays open.
     *
     * @return the timeout, 10 min unless set
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * The longest a connection lives before it is replaced.
     *
     * @return the lifetime, 30 min unless set
     */
    public Duration maxLifetime() {
        return maxLifetime;
    }

    /**
     * Extra driver properties, set with {@link Builder#property}.
     *
     * @return the properties by name, unmodifiable
     */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * The executor for async calls, or null for Covet's default.
     *
     * @return the executor, or null
     */
    public ExecutorService executor() {
        return executor;
    }

    /**
     * Statements slower than this are logged at WARN.
     *
     * @return the threshold, 500 ms unless set
     */
    public Duration slowQueryThreshold() {
        return slowQueryThreshold;
    }

    /**
     * The longest a statement may run before the database cancels it ({@link Duration#ZERO}: no limit, the default).
     *
     * @return the timeout, or {@link Duration#ZERO} for no limit
     */
    public Duration statementTimeout() {
        return statementTimeout;
    }

    /** Builds {@link DatabaseSettings}. Not thread-safe. */
    public static final class Builder {
        private final DatabaseUrl url;
        private int minPoolSize = 1;
        private int maxPoolSize;
        private Duration connectionTimeout = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration socketTimeout = Duration.ofMinutes(5);
        private Duration idleTimeout = Duration.ofMinutes(10);
        private Duration maxLifetime = Duration.ofMinutes(30);
        private final Map<String, String> properties = new LinkedHashMap<>();
        private ExecutorService executor;
        private Duration slowQueryThreshold = Duration.ofMillis(500);
        private boolean readOnly;
        private Duration statementTimeout = Duration.ZERO;
        private final DataSource dataSource;
        private OuterTransactions outerTransactions;
        private String dialect;

        private Builder(DatabaseUrl url) {
            this.dataSource = null;
            // Covet reads these itself, as durations on every database: the drivers disagree on their units
            Map<String, String> options = new LinkedHashMap<>(url.options());
            String connect = options.remove("connectTimeout");
            String socket = options.remove("socketTimeout");
            this.url = connect == null && socket == null ? url : url.withOptions(options);
            if (connect != null) {
                this.connectTimeout = positive(duration(connect, "connectTimeout"), "connectTimeout");
            }
            if (socket != null) {
                this.socketTimeout = positive(duration(socket, "socketTimeout"), "socketTimeout");
            }
            String timeout = options.get("statementTimeout");
            if (timeout != null) {
                this.statementTimeout = timeout(parseDuration(timeout, "statementTimeout"), "statementTimeout");
            }
            String readOnly = options.get("readOnly");
            if (readOnly != null) {
                if (!readOnly.equals("true") && !readOnly.equals("false")) {
                    throw new dev.covet.orm.exception.ImproperlyConfigured("readOnly in a database URL is true or false, not '" + readOnly + "'");
                }
                this.readOnly = readOnly.equals("true");
            }
            // SQLite writes one at a time, so a few connections serve it best
            this.maxPoolSize = url.isSqlite() ? 4 : 10;
        }

        private Builder(DataSource dataSource) {
            this.url = null;
            this.dataSource = dataSource;
            this.maxPoolSize = 10;
        }

        /**
         * Joins the transactions that {@code manager} has open (on a given DataSource only): inside one,
         * Covet's statements run on its connection, {@code atomic()} is a savepoint and {@code onCommit}
         * waits for its commit.
         *
         * @param manager the application's transaction manager, as Covet sees it
         * @return this builder
         */
        public Builder outerTransactions(OuterTransactions manager) {
            this.outerTransactions = manager;
            return this;
        }

        /**
         * The dialect of a given DataSource ({@code sqlite}, {@code postgresql}, {@code mysql} or
         * {@code mariadb}), for a database whose driver reports a product name Covet does not know.
         *
         * @param name the dialect's name
         * @return this builder
         */
        public Builder dialect(String name) {
            this.dialect = name;
            return this;
        }

        /**
         * Connections kept open when idle (default 1).
         *
         * @param n the number of connections, 0 or more
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code n} is negative
         */
        public Builder minPoolSize(int n) {
            if (n < 0) {
                throw new ImproperlyConfigured("minPoolSize must be 0 or more, not " + n);
            }
            this.minPoolSize = n;
            return this;
        }

        /**
         * The most connections open at once (default 10; 4 for SQLite; an in-memory SQLite database always uses 1).
         *
         * @param n the number of connections, at least 1
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code n} is less than 1
         */
        public Builder maxPoolSize(int n) {
            if (n < 1) {
                throw new ImproperlyConfigured("maxPoolSize must be 1 or more, not " + n);
            }
            this.maxPoolSize = n;
            return this;
        }

        /**
         * How long a caller waits for a free connection before failing (default 30 s).
         *
         * @param d the wait, positive
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, zero or negative
         */
        public Builder connectionTimeout(Duration d) {
            this.connectionTimeout = positive(d, "connectionTimeout");
            return this;
        }

        /**
         * How long opening a connection may take, login included, before it fails with
         * {@link dev.covet.orm.exception.ConnectionLost} (default 10 s; the URL parameter {@code connectTimeout=5s}
         * sets it too). It bounds {@code Covet.setup} against a server that accepts but never answers.
         * Not used by SQLite.
         *
         * @param d the timeout, positive
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, zero or negative
         */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        /**
         * How long a connection waits for any answer from the server before the driver gives it up
         * as lost (default 5 min; the URL parameter {@code socketTimeout=60s} sets it too). Keep it
         * above the longest statement you run. Not used by SQLite.
         *
         * @param d the timeout, positive
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, zero or negative
         */
        public Builder socketTimeout(Duration d) {
            this.socketTimeout = positive(d, "socketTimeout");
            return this;
        }

        /**
         * How long an idle connection above the minimum stays open (default 10 min).
         *
         * @param d the timeout, positive
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, zero or negative
         */
        public Builder idleTimeout(Duration d) {
            this.idleTimeout = positive(d, "idleTimeout");
            return this;
        }

        /**
         * The longest a connection lives before it is replaced (default 30 min).
         *
         * @param d the lifetime, positive
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, zero or negative
         */
        public Builder maxLifetime(Duration d) {
            this.maxLifetime = positive(d, "maxLifetime");
            return this;
        }

        /**
         * A driver property (as URL query parameters are).
         *
         * @param name the property's name, as the driver spells it
         * @param value the property's value
         * @return this builder
         */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /**
         * The executor that runs this database's {@code ...Async} calls (default: virtual threads; a small pool for SQLite).
         *
         * @param executor the executor; Covet does not shut down one it was given
         * @return this builder
         */
        public Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Statements slower than this are logged at WARN (default 500 ms).
         *
         * @param d the threshold, positive
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, zero or negative
         */
        public Builder slowQueryThreshold(Duration d) {
            this.slowQueryThreshold = positive(d, "slowQueryThreshold");
            return this;
        }

        /**
         * The longest any statement may run (default: no limit); the database cancels a longer one, which
         * raises {@link dev.covet.orm.exception.QueryCanceled}. {@code QuerySet.timeout(...)} sets it for one query.
         * In a URL: {@code ?statementTimeout=30s} (also {@code ms}, {@code m}, {@code h}, or ISO-8601 {@code PT30S}).
         *
         * @param d the limit; {@link Duration#ZERO} for none
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, negative, or under a millisecond
         */
        public Builder statementTimeout(Duration d) {
            this.statementTimeout = timeout(d, "statementTimeout");
            return this;
        }

        /**
         * Makes every session refuse writes (for a replica): a write that reaches it fails with a
         * {@link dev.covet.orm.exception.ReadOnlyError} naming the alias. In a URL: {@code ?readOnly=true}.
         *
         * @param readOnly whether sessions refuse writes
         * @return this builder
         */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /**
         * Checks the settings together and makes them.
         *
         * @return the settings
         * @throws dev.covet.orm.exception.ImproperlyConfigured if settings conflict (pool settings with a given DataSource,
         *         {@code outerTransactions} without one, a minimum pool size above the maximum)
         */
        public DatabaseSettings build() {
            if (dataSource == null && (outerTransactions != null || dialect != null)) {
                throw new ImproperlyConfigured("outerTransactions and dialect apply to a database on a given DataSource,"
                        + " not to one Covet opens from the URL " + url);
            }
            if (dataSource != null && (minPoolSize != 1 || maxPoolSize != 10 || !properties.isEmpty())) {
                throw new ImproperlyConfigured("Pool sizes and driver properties apply to pools Covet builds from a URL;"
                        + " set them on the given DataSource instead");
            }
            if (minPoolSize > maxPoolSize) {
                throw new ImproperlyConfigured("minPoolSize (" + minPoolSize + ") is larger than maxPoolSize (" + maxPoolSize + ")");
            }
            return new DatabaseSettings(this);
        }

        /** {@code 500ms}, {@code 5s}, {@code 2m}, or a number of seconds ({@code 1.5}). */
        private static Duration duration(String text, String what) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT);
            try {
                if (t.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
                }
                if (t.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).trim()));
                }
                if (t.endsWith("s")) {
                    t = t.substring(0, t.length() - 1).trim();
                }
                return Duration.ofMillis(new java.math.BigDecimal(t).movePointRight(3).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new ImproperlyConfigured("The URL parameter " + what + "=" + text
                        + " is not a duration; write it as 500ms, 5s, 2m or a number of seconds");
            }
        }

        /**
         * Checks a statement timeout: zero for none, else at least a millisecond (the finest unit the databases take).
         *
         * @param d the timeout
         * @param what the setting's name, for the message
         * @return {@code d}, checked
         * @throws dev.covet.orm.exception.ImproperlyConfigured if {@code d} is null, negative, or under a millisecond
         */
        public static Duration checkTimeout(Duration d, String what) {
            return timeout(d, what);
        }

        static Duration timeout(Duration d, String what) {
            if (d == null || d.isNegative() || (!d.isZero() && d.toMillis() < 1)) {
                throw new ImproperlyConfigured(what + " must be zero (no limit) or at least 1 ms, not " + d);
            }
            return d;
        }

        /** {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 ({@code PT30S}). */
        static Duration parseDuration(String text, String what) {
            String t = text.trim();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})(ms|s|m|h)").matcher(t);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
            try {
                return Duration.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ImproperlyConfigured(what + " '" + text + "' is not a duration; write it as 250ms, 30s, 5m, 1h or PT30S");
            }
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new ImproperlyConfigured(what + " must be a positive duration, not " + d);
            }
            return d;
        }
    }
}
