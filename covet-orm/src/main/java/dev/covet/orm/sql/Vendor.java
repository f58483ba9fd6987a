package dev.covet.orm.sql;

import java.util.List;
import java.util.Locale;

/**
 * Which database a dialect speaks to, as data: the URL schemes that name it, the port its server
 * listens on by default, and its JDBC driver. {@link Dialects} reads these to parse URLs and pick
 * dialects, so that no other code switches on a database's name. Immutable and thread-safe.
 *
 * @param schemes        the URL schemes that name the database, its own name first ({@code postgresql}, {@code postgres})
 * @param defaultPort    the server's port when a URL names none; 0 for a database kept in a file
 * @param driverClass    the JDBC driver's class name
 * @param driverArtifact the Maven coordinates of the driver, for the message when it is missing
 * @param products       words the driver's product name holds for this database, in lower case ({@code mariadb})
 */
public record Vendor(List<String> schemes, int defaultPort, String driverClass, String driverArtifact, List<String> products) {
    /**
     * Keeps the lists unmodifiable.
     *
     * @param schemes        the URL schemes, the database's own name first
     * @param defaultPort    the default port; 0 for a database kept in a file
     * @param driverClass    the JDBC driver's class name
     * @param driverArtifact the driver's Maven coordinates
     * @param products       words of the driver's product name, in lower case
     */
    public Vendor {
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("A database needs at least one URL scheme");
        }
        schemes = List.copyOf(schemes);
        products = List.copyOf(products);
    }

    /**
     * The database's own scheme, which a parsed URL carries whatever spelling it was written with.
     *
     * @return the first scheme ({@code sqlite}, {@code postgresql}, {@code mysql})
     */
    public String scheme() {
        return schemes.get(0);
    }

    /**
     * Is the database kept in a file rather than served (its URL names a path, not a host)?
     *
     * @return true where there is no default port (SQLite)
     */
    public boolean keepsFile() {
        return defaultPort == 0;
    }

    /**
     * Is {@code product}, as a JDBC driver reports it, this database?
     *
     * @param product the product name from the connection's metadata, or null
     * @return true when the name holds one of {@link #products()}
     */
    public boolean serves(String product) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        return products.stream().anyMatch(p::contains);
    }
}
