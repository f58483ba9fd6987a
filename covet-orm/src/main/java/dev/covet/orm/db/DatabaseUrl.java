package dev.covet.orm.db;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.sql.Dialects;
import dev.covet.orm.sql.ParsedUrl;
import dev.covet.orm.sql.Vendor;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed database URL: {@code sqlite:blog.db}, {@code sqlite::memory:},
 * {@code postgresql://user:pass@host:5432/db}, {@code mysql://...}, {@code mariadb://...}.
 * Query parameters ({@code ?sslmode=require}) pass to the driver, except Covet's own
 * ({@link #COVET_OPTIONS}: {@code ?statementTimeout=30s}). User, password and database name
 * are percent-decoded ({@code s%40cret} is {@code s@cret}); a database name may not carry {@code ?},
 * {@code &}, {@code ;}, {@code #} or {@code /}, which would reach the driver as parameters. Every
 * malformed URL is an {@link ImproperlyConfigured} whose message never shows the password. Immutable.
 *
 * @param scheme  {@code sqlite}, {@code postgresql} or {@code mysql} ({@code postgres} and {@code mariadb} are accepted spellings)
 * @param path    the SQLite file, or {@code :memory:}
 * @param user     the user name, or null when the URL names none (always null for SQLite)
 * @param password the password, or null when the URL gives none
 * @param host     the server's host name or bracketed IPv6 address; null for SQLite
 * @param port     the server's port (by default the dialect's: 5432 for PostgreSQL, 3306 for MySQL); 0 for SQLite
 * @param database the database's name (empty when the URL names none); null for SQLite
 * @param options  the query parameters, in order
 */
public record DatabaseUrl(String scheme, String user, String password, String host, int port, String database,
                          String path, Map<String, String> options) implements ParsedUrl {
    /** Every scheme a URL may start with, as the dialects spell them ({@link Dialects#schemes()}). */
    public static final List<String> SCHEMES = Dialects.schemes();
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]");
    private static final Pattern SAFE_DATABASE = Pattern.compile("[^/?&;#\\\\\\p{Cntrl}]+");
    /** Query parameters Covet reads itself rather than passing to the driver. */
    public static final java.util.Set<String> COVET_OPTIONS = java.util.Set.of("statementTimeout", "readOnly");

    /**
     * Keeps {@code options} unmodifiable, in the order they were given.
     *
     * @param scheme   {@code sqlite}, {@code postgresql} or {@code mysql}
     * @param user     the user name, or null
     * @param password the password, or null
     * @param host     the server's host; null for SQLite
     * @param port     the server's port; 0 for SQLite
     * @param database the database's name; null for SQLite
     * @param path     the SQLite file, or {@code :memory:}; null for a server
     * @param options  the query parameters
     */
    public DatabaseUrl {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * Is this a SQLite URL?
     *
     * @return true for {@code sqlite:}
     */
    public boolean isSqlite() {
        return scheme.equals("sqlite");
    }

    /**
     * Is this a PostgreSQL URL?
     *
     * @return true for {@code postgresql:} and {@code postgres:}
     */
    public boolean isPostgres() {
        return scheme.equals("postgresql");
    }

    /**
     * Is this a MySQL or MariaDB URL?
     *
     * @return true for {@code mysql:} and {@code mariadb:}
     */
    public boolean isMysql() {
        return scheme.equals("mysql");
    }

    /**
     * Is this an in-memory SQLite database ({@code sqlite::memory:})?
     *
     * @return true for an in-memory database
     */
    @Override
    public boolean isMemory() {
        return isSqlite() && path.equals(":memory:");
    }

    /**
     * The query parameters meant for the driver: all but {@link #COVET_OPTIONS}.
     *
     * @return the driver's parameters, in order
     */
    @Override
    public Map<String, String> driverOptions() {
        Map<String, String> out = new LinkedHashMap<>(options);
        out.keySet().removeAll(COVET_OPTIONS);
        return out;
    }

    /**
     * The same URL naming another database (for test runs that make their own).
     *
     * @param name the other database's name
     * @return the changed copy
     */
    public DatabaseUrl withDatabase(String name) {
        return new DatabaseUrl(scheme, user, password, host, port, name, path, options);
    }

    /**
     * The same URL with other driver parameters.
     *
     * @param driverOptions the new query parameters
     * @return the changed copy
     */
    public DatabaseUrl withOptions(Map<String, String> driverOptions) {
        return new DatabaseUrl(scheme, user, password, host, port, database, path, driverOptions);
    }

    /**
     * The same SQLite URL naming another file.
     *
     * @param file the other file, or {@code :memory:}
     * @return the changed copy
     */
    public DatabaseUrl withPath(String file) {
        return new DatabaseUrl(scheme, user, password, host, port, database, file, options);
    }

    /**
     * Parses a database URL.
     *
     * @param url the URL, such as {@code postgresql://user:pass@localhost/app} or {@code sqlite:app.db}
     * @return the parsed URL
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the URL is missing or malformed (the message never shows the password)
     */
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
        Vendor vendor = Dialects.vendor(scheme);
        if (vendor == null) {
            throw new ImproperlyConfigured("Unknown database URL scheme '" + scheme + "' in '" + redact(text)
                    + "': expected one of " + String.join(", ", SCHEMES));
        }
        String rest = text.substring(colon + 1);
        Map<String, String> options = new LinkedHashMap<>();
        // the query starts after the credentials, which end at the last '@' (a raw '?' may sit in a password)
        int q = rest.indexOf('?', rest.lastIndexOf('@') + 1);
        if (q >= 0) {
            parseOptions(rest.substring(q + 1), options, text);
            rest = rest.substring(0, q);
        }
        if (vendor.keepsFile()) {
            return file(vendor, rest, options, text);
        }
        return server(vendor, rest, options, text);
    }

    private static DatabaseUrl file(Vendor vendor, String rest, Map<String, String> options, String text) {
        String path = rest;
        if (path.startsWith("//")) {
            path = path.substring(2);   // sqlite:///abs/path -> /abs/path, sqlite://rel -> rel
        }
        if (path.isEmpty()) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': SQLite needs a file (sqlite:app.db) or :memory:");
        }
        return new DatabaseUrl(vendor.scheme(), null, null, null, 0, null, path, options);
    }

    private static DatabaseUrl server(Vendor vendor, String rest, Map<String, String> options, String text) {
        String scheme = vendor.scheme();
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
            user = decode(c >= 0 ? credentials.substring(0, c) : credentials, "user name", text);
            password = c >= 0 ? decode(credentials.substring(c + 1), "password", text) : null;
        }
        int slash = rest.indexOf('/');
        String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? decode(rest.substring(slash + 1), "database name", text) : "";
        if (hostPort.isEmpty()) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the host is missing");
        }
        String host = hostPort;
        int port = vendor.defaultPort();
        int portColon = hostPort.lastIndexOf(':');
        if (portColon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, portColon);
            String p = hostPort.substring(portColon + 1);
            if (!p.matches("[0-9]{1,5}")) {
                // without credentials, "user:secret" would parse as host and port: do not echo what may be a password
                throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': port "
                        + (at >= 0 ? "'" + p + "' " : "") + "is not a number");
            }
            port = Integer.parseInt(p);
            if (port < 1 || port > 65535) {
                throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': port " + port + " is out of range");
            }
        }
        if (host.isEmpty()) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the host is missing");
        }
        if (!HOST.matcher(host).matches()) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the host may hold only letters, digits, '.', '-'"
                    + " and '_' (or an IPv6 address in brackets)");
        }
        if (database.isEmpty()) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the database name is missing (" + scheme
                    + "://host:port/<database>)");
        }
        if (!SAFE_DATABASE.matcher(database).matches()) {
            // the drivers read '?', '&' and ';' after the database name as their own parameters (sslmode=disable, say)
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the database name may not hold '/', '?', '&',"
                    + " ';', '#', '\\' or control characters; pass driver parameters as ?name=value after it");
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
            into.put(decode(pair.substring(0, eq), "option name", text), decode(pair.substring(eq + 1), "option value", text));
        }
    }

    /** Percent-decodes one part of a URL as UTF-8 ({@code +} stays a plus, as in a URL's user and path). */
    private static String decode(String s, String what, String text) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the " + what
                        + " holds a '%' that is not followed by two hex digits (write a literal % as %25)");
            }
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ImproperlyConfigured("Malformed database URL '" + redact(text) + "': the " + what
                    + " does not percent-decode to UTF-8 text");
        }
    }

    /**
     * The URL with any password replaced by {@code ***}, safe to log and to put in messages. The
     * credentials end at the last {@code @}, so a raw {@code @}, {@code /} or {@code ?} in a password
     * stays hidden too; without an {@code @}, a non-numeric "port" is hidden as well, since it may be
     * a password whose {@code @} was forgotten.
     *
     * @param url the URL, or null
     * @return the redacted URL; null for null
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        int schemeColon = url.indexOf(':');
        boolean authority = url.startsWith("//", schemeColon + 1);
        int start = schemeColon + (authority ? 3 : 1);
        int at = url.lastIndexOf('@');
        if (at >= start && !authority) {
            return url.substring(0, start) + "***" + url.substring(at);
        }
        if (at >= start) {
            int colon = url.indexOf(':', start);
            return colon >= 0 && colon < at ? url.substring(0, colon + 1) + "***" + url.substring(at) : url;
        }
        if (!authority) {
            return url;
        }
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int colon = url.lastIndexOf(':', end - 1);
        if (colon >= start && !url.substring(colon + 1, end).matches("[0-9]*")) {
            return url.substring(0, colon + 1) + "***" + url.substring(end);
        }
        return url;
    }

    /**
     * The URL as {@link #parse} reads it, password included ({@link #toString()} hides it).
     *
     * @return the URL text, with the password
     */
    public String text() {
        if (isSqlite()) {
            return "sqlite:" + path;
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (user != null) {
            out.append(encode(user)).append(password == null ? "" : ":" + encode(password)).append('@');
        }
        out.append(host).append(':').append(port).append('/').append(encode(database));
        char sep = '?';
        for (Map.Entry<String, String> o : options.entrySet()) {
            out.append(sep).append(encode(o.getKey())).append('=').append(encode(o.getValue()));
            sep = '&';
        }
        return out.toString();
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, so that {@link #parse} reads it back. */
    private static String encode(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        if (isSqlite()) {
            return "sqlite:" + path;
        }
        return scheme + "://" + (user == null ? "" : user + (password == null ? "" : ":***") + "@") + host + ":" + port + "/" + database;
    }
}
