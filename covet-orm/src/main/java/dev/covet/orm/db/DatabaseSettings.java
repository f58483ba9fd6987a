package dev.covet.orm.db;

import dev.covet.orm.ImproperlyConfigured;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * How one database is reached: its URL, pool sizes and timeouts, extra driver properties, the
 * executor that runs its {@code ...Async} calls, and the threshold above which a statement is
 * logged as slow. Immutable; made with {@link Builder}.
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
    }

    public static Builder builder(String url) {
        return new Builder(DatabaseUrl.parse(url));
    }

    public static Builder builder(DatabaseUrl url) {
        return new Builder(url);
    }

    public DatabaseUrl url() {
        return url;
    }

    public int minPoolSize() {
        return minPoolSize;
    }

    public int maxPoolSize() {
        return maxPoolSize;
    }

    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    /** How long opening a connection (TCP connect, TLS and login) may take before it fails. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long a connection waits for the server to answer before it is given up as lost. */
    public Duration socketTimeout() {
        return socketTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration maxLifetime() {
        return maxLifetime;
    }

    public Map<String, String> properties() {
        return properties;
    }

    /** The executor for async calls, or null for Covet's default. */
    public ExecutorService executor() {
        return executor;
    }

    public Duration slowQueryThreshold() {
        return slowQueryThreshold;
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

        private Builder(DatabaseUrl url) {
            // Covet reads these two itself, as durations on every database: the drivers disagree on their units
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
            // SQLite writes one at a time, so a few connections serve it best
            this.maxPoolSize = url.isSqlite() ? 4 : 10;
        }

        /** Connections kept open when idle (default 1). */
        public Builder minPoolSize(int n) {
            if (n < 0) {
                throw new ImproperlyConfigured("minPoolSize must be 0 or more, not " + n);
            }
            this.minPoolSize = n;
            return this;
        }

        /** The most connections open at once (default 10; 4 for SQLite; an in-memory SQLite database always uses 1). */
        public Builder maxPoolSize(int n) {
            if (n < 1) {
                throw new ImproperlyConfigured("maxPoolSize must be 1 or more, not " + n);
            }
            this.maxPoolSize = n;
            return this;
        }

        /** How long a caller waits for a free connection before failing (default 30 s). */
        public Builder connectionTimeout(Duration d) {
            this.connectionTimeout = positive(d, "connectionTimeout");
            return this;
        }

        /**
         * How long opening a connection may take, login included, before it fails with
         * {@link dev.covet.orm.ConnectionLost} (default 10 s; the URL parameter {@code connectTimeout=5s}
         * sets it too). It bounds {@code Covet.setup} against a server that accepts but never answers.
         * Not used by SQLite.
         */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        /**
         * How long a connection waits for any answer from the server before the driver gives it up
         * as lost (default 5 min; the URL parameter {@code socketTimeout=60s} sets it too). Keep it
         * above the longest statement you run. Not used by SQLite.
         */
        public Builder socketTimeout(Duration d) {
            this.socketTimeout = positive(d, "socketTimeout");
            return this;
        }

        /** How long an idle connection above the minimum stays open (default 10 min). */
        public Builder idleTimeout(Duration d) {
            this.idleTimeout = positive(d, "idleTimeout");
            return this;
        }

        /** The longest a connection lives before it is replaced (default 30 min). */
        public Builder maxLifetime(Duration d) {
            this.maxLifetime = positive(d, "maxLifetime");
            return this;
        }

        /** A driver property (as URL query parameters are). */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** The executor that runs this database's {@code ...Async} calls (default: virtual threads; a small pool for SQLite). */
        public Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        /** Statements slower than this are logged at WARN (default 500 ms). */
        public Builder slowQueryThreshold(Duration d) {
            this.slowQueryThreshold = positive(d, "slowQueryThreshold");
            return this;
        }

        public DatabaseSettings build() {
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

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new ImproperlyConfigured(what + " must be a positive duration, not " + d);
            }
            return d;
        }
    }
}
