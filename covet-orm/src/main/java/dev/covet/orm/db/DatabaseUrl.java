package dev.covet.orm.db;

import dev.covet.orm.ImproperlyConfigured;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed database URL: {@code sqlite:blog.db}, {@code sqlite::memory:},
 * {@code postgresql://user:pass@host:5432/db}, {@code mysql://...}, {@code mariadb://...}.
 * Query parameters ({@code ?sslmode=require}) pass to the driver, except Covet's own
 * ({@link #COVET_OPTIONS}: {@code ?statementTimeout=30s}). Immutable.
 *
 * @param scheme  {@code sqlite}, {@code postgresql} or {@code mysql} ({@code postgres} and {@code mariadb} are accepted spellings)
 * @param path    the SQLite file, or {@code :memory:}
 */
public record DatabaseUrl(String scheme, String user, String password, String host, int port, String database,
                          String path, Map<String, String> options) {
    public static final List<String> SCHEMES = List.of("sqlite", "postgresql", "postgres", "mysql", "mariadb");
    /** Query parameters Covet reads itself rather than passing to the driver. */
    public static final java.util.Set<String> COVET_OPTIONS = java.util.Set.of("statementTimeout");

    public DatabaseUrl {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public boolean isSqlite() {
        return scheme.equals("sqlite");
    }

    public boolean isPostgres() {
        return scheme.equals("postgresql");
    }

    public boolean isMysql() {
        return scheme.equals("mysql");
    }

    public boolean isMemory() {
        return isSqlite() && path.equals(":memory:");
    }

    /** The query parameters meant for the driver: all but {@link #COVET_OPTIONS}. */
    public Map<String, String> driverOptions() {
        Map<String, String> out = new LinkedHashMap<>(options);
        out.keySet().removeAll(COVET_OPTIONS);
        return out;
    }

    /** The same URL naming another database (for test runs that make their own). */
    public DatabaseUrl withDatabase(String name) {
        return new DatabaseUrl(scheme, user, password, host, port, name, path, options);
    }

    /** The same SQLite URL naming another file. */
    public DatabaseUrl withPath(String file) {
        return new DatabaseUrl(scheme, user, password, host, port, database, file, options);
    }

    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ImproperlyConfigured("A database URL is required, such as sqlite:app.db or postgresql://user@localhost/app");
        }
        String text = url.trim();
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': it must start with a scheme, one of "
                    + String.join(", ", SCHEMES) + " (for example sqlite:app.db)");
        }
        String scheme = text.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new ImproperlyConfigured("Unknown database URL scheme '" + scheme + "' in '" + redact(text)
                    + "': expected one of " + String.join(", ", SCHEMES));
        }
        String rest = text.substring(colon + 1);
        Map<String, String> options = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            parseOptions(rest.substring(q + 1), options, text);
            rest = rest.substring(0, q);
        }
        if (scheme.equals("sqlite")) {
            return sqlite(rest, options, text);
        }
        String normalized = switch (scheme) {
            case "postgres", "postgresql" -> "postgresql";
            default -> "mysql";
        };
        return server(normalized, rest, options, text);
    }

    private static DatabaseUrl sqlite(String rest, Map<String, String> options, String text) {
        String path = rest;
        if (path.startsWith("//")) {
            path = path.substring(2);   // sqlite:///abs/path -> /abs/path, sqlite://rel -> rel
        }
        if (path.isEmpty()) {
            throw new ImproperlyConfigured("Malformed database URL '" + text + "': SQLite needs a file (sqlite:app.db) or :memory:");
        }
        return new DatabaseUrl("sqlite", null, null, null, 0, null, path, options);
    }

    private static DatabaseUrl server(String scheme, String rest, Map<String, String> options, String text) {
        if (!rest.startsWith("//")) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': expected " + scheme
                    + "://user:password@host:port/database");
        }
        rest = rest.substring(2);
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int c = credentials.indexOf(':');
            user = decode(c >= 0 ? credentials.substring(0, c) : credentials);
            password = c >= 0 ? decode(credentials.substring(c + 1)) : null;
        }
        int slash = rest.indexOf('/');
        String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? decode(rest.substring(slash + 1)) : "";
        if (hostPort.isEmpty()) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the host is missing");
        }
        String host = hostPort;
        int port = scheme.equals("postgresql") ? 5432 : 3306;
        int portColon = hostPort.lastIndexOf(':');
        if (portColon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, portColon);
            String p = hostPort.substring(portColon + 1);
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': port '" + p + "' is not a number");
            }
            if (port < 1 || port > 65535) {
                throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': port " + port + " is out of range");
            }
        }
        if (host.isEmpty()) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the host is missing");
        }
        if (database.isEmpty() || database.contains("/")) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the database name is missing (" + scheme
                    + "://host:port/<database>)");
        }
        return new DatabaseUrl(scheme, user, password, host, port, database, null, options);
    }

    private static void parseOptions(String query, Map<String, String> into, String text) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': option '" + pair + "' needs name=value");
            }
            into.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL with any password replaced by {@code ***}, safe to log and to put in messages. */
    public static String redact(String url) {
        return url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@");
    }

    /** The URL as {@link #parse} reads it, password included ({@link #toString()} hides it). */
    public String text() {
        if (isSqlite()) {
            return "sqlite:" + path;
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (user != null) {
            out.append(encode(user)).append(password == null ? "" : ":" + encode(password)).append('@');
        }
        out.append(host).append(':').append(port).append('/').append(database);
        char sep = '?';
        for (Map.Entry<String, String> o : options.entrySet()) {
            out.append(sep).append(o.getKey()).append('=').append(o.getValue());
            sep = '&';
        }
        return out.toString();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        if (isSqlite()) {
            return "sqlite:" + path;
        }
        return scheme + "://" + (user == null ? "" : user + (password == null ? "" : ":***") + "@") + host + ":" + port + "/" + database;
    }
}
