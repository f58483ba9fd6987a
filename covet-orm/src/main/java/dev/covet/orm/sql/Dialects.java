package dev.covet.orm.sql;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.sql.mysql.MySqlConnection;
import dev.covet.orm.sql.mysql.MySqlDialect;
import dev.covet.orm.sql.postgres.PostgresConnection;
import dev.covet.orm.sql.postgres.PostgresDialect;
import dev.covet.orm.sql.sqlite.SqliteConnection;
import dev.covet.orm.sql.sqlite.SqliteDialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dialects Covet knows, each with its {@link Vendor} (URL schemes, default port, driver): which
 * dialect serves which URL scheme, or which database product. Stateless and thread-safe.
 */
public final class Dialects {
    private record Known(Vendor vendor, Supplier<Dialect> dialect) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(SqliteConnection.VENDOR, SqliteDialect::new),
            new Known(PostgresConnection.VENDOR, PostgresDialect::new),
            new Known(MySqlConnection.VENDOR, MySqlDialect::new));

    /** Every accepted spelling of a scheme, in the order above. */
    private static final Map<String, Known> BY_SCHEME = bySchemes();

    private static final String PRODUCTS = "SQLite, PostgreSQL, MariaDB and MySQL";
    private static final String NAMES = "sqlite, postgresql, mysql, mariadb";

    private Dialects() {
    }

    private static Map<String, Known> bySchemes() {
        Map<String, Known> out = new LinkedHashMap<>();
        for (Known k : KNOWN) {
            k.vendor().schemes().forEach(s -> out.put(s, k));
        }
        return out;
    }

    /**
     * Every URL scheme Covet accepts, each database's own first, then its other spellings.
     *
     * @return the schemes ({@code sqlite, postgresql, postgres, mysql, mariadb})
     */
    public static List<String> schemes() {
        return List.copyOf(BY_SCHEME.keySet());
    }

    /**
     * The database a URL scheme names, in any accepted spelling.
     *
     * @param scheme the scheme, in lower case ({@code postgres}, say)
     * @return the database's vendor data, or null for a scheme Covet does not know
     */
    public static Vendor vendor(String scheme) {
        Known k = BY_SCHEME.get(scheme);
        return k == null ? null : k.vendor();
    }

    /**
     * A new dialect for the scheme of {@code url}.
     *
     * @param url the parsed URL, its scheme normalized ({@code sqlite}, {@code postgresql} or {@code mysql})
     * @return the dialect
     */
    public static Dialect forUrl(ParsedUrl url) {
        return forScheme(url.scheme());
    }

    /**
     * A new dialect for a URL scheme, in any accepted spelling.
     *
     * @param scheme the scheme, in lower case ({@code postgres}, say)
     * @return the dialect
     * @throws IllegalArgumentException for a scheme Covet does not know (a parsed URL's never is)
     */
    public static Dialect forScheme(String scheme) {
        Known k = BY_SCHEME.get(scheme);
        if (k == null) {
            throw new IllegalArgumentException("Unknown database URL scheme '" + scheme + "'; expected one of " + NAMES);
        }
        return k.dialect().get();
    }

    /**
     * The dialect of a connection's database, by the product name its driver reports (JDBC metadata),
     * or by {@code given}, a dialect name or URL scheme ({@code sqlite}, {@code postgresql}, {@code mysql},
     * {@code mariadb}), when not null; a name that contradicts the product is refused.
     *
     * @param product the database product name the driver reports
     * @param given the dialect named in the settings, or null to go by the product
     * @return a new dialect
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the dialect is unknown, or contradicts the product
     */
    public static Dialect forProduct(String product, String given) {
        Known detected = KNOWN.stream().filter(k -> k.vendor().serves(product)).findFirst().orElse(null);
        if (given == null) {
            if (detected == null) {
                throw new ImproperlyConfigured("Covet does not know the database product '" + product + "'; it serves "
                        + PRODUCTS + ". If this one speaks one of their dialects, name it: .dialect(\"postgresql\")");
            }
            return detected.dialect().get();
        }
        Known named = BY_SCHEME.get(given.toLowerCase(Locale.ROOT));
        if (named == null) {
            throw new ImproperlyConfigured("Unknown dialect '" + given + "'; expected one of " + NAMES);
        }
        if (detected != null && detected != named) {
            throw new ImproperlyConfigured("The dialect '" + given + "' was named for a database that reports itself as '"
                    + product + "'");
        }
        return named.dialect().get();
    }
}
