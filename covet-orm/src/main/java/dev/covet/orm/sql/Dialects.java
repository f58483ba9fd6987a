package dev.covet.orm.sql;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.sql.mysql.MySqlDialect;
import dev.covet.orm.sql.postgres.PostgresDialect;
import dev.covet.orm.sql.sqlite.SqliteDialect;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Which dialect serves which URL scheme, or which database product. */
public final class Dialects {
    private static final Map<String, Supplier<Dialect>> BY_SCHEME = Map.of(
            "sqlite", SqliteDialect::new,
            "postgresql", PostgresDialect::new,
            "mysql", MySqlDialect::new);

    private static final String PRODUCTS = "SQLite, PostgreSQL, MariaDB and MySQL";

    private Dialects() {
    }

    /**
     * A new dialect for the scheme of {@code url}.
     *
     * @param url the parsed URL, its scheme normalized ({@code sqlite}, {@code postgresql} or {@code mysql})
     * @return the dialect
     */
    public static Dialect forUrl(DatabaseUrl url) {
        return BY_SCHEME.get(url.scheme()).get();
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
        String detected = scheme(product);
        if (given == null) {
            if (detected == null) {
                throw new ImproperlyConfigured("Covet does not know the database product '" + product + "'; it serves "
                        + PRODUCTS + ". If this one speaks one of their dialects, name it: .dialect(\"postgresql\")");
            }
            return BY_SCHEME.get(detected).get();
        }
        String named = switch (given.toLowerCase(Locale.ROOT)) {
            case "sqlite" -> "sqlite";
            case "postgresql", "postgres" -> "postgresql";
            case "mysql", "mariadb" -> "mysql";
            default -> throw new ImproperlyConfigured("Unknown dialect '" + given + "'; expected one of sqlite, postgresql, mysql, mariadb");
        };
        if (detected != null && !detected.equals(named)) {
            throw new ImproperlyConfigured("The dialect '" + given + "' was named for a database that reports itself as '"
                    + product + "'");
        }
        return BY_SCHEME.get(named).get();
    }

    private static String scheme(String product) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("sqlite")) {
            return "sqlite";
        }
        if (p.contains("postgresql")) {
            return "postgresql";
        }
        if (p.contains("mariadb") || p.contains("mysql")) {
            return "mysql";
        }
        return null;
    }
}
