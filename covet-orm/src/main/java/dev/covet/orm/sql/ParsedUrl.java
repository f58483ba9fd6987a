package dev.covet.orm.sql;

import java.util.Map;

/**
 * A database URL read into the parts a dialect builds its JDBC URL and driver properties from
 * ({@link ConnectionSettings#jdbc}); {@code dev.covet.orm.db.DatabaseUrl} is the one Covet parses.
 * Implementations are immutable.
 */
public interface ParsedUrl {
    /**
     * The scheme as the dialects spell it first ({@code sqlite}, {@code postgresql} or {@code mysql}).
     *
     * @return the normalized scheme
     */
    String scheme();

    /**
     * The user name.
     *
     * @return the user name, or null when the URL names none
     */
    String user();

    /**
     * The password.
     *
     * @return the password, or null when the URL gives none
     */
    String password();

    /**
     * The server's host name or bracketed IPv6 address.
     *
     * @return the host; null for a database kept in a file
     */
    String host();

    /**
     * The server's port.
     *
     * @return the port; 0 for a database kept in a file
     */
    int port();

    /**
     * The database's name on the server.
     *
     * @return the name; null for a database kept in a file
     */
    String database();

    /**
     * The file the database is kept in.
     *
     * @return the file, or {@code :memory:}; null for a server
     */
    String path();

    /**
     * Is this an in-memory database ({@code sqlite::memory:})?
     *
     * @return true for an in-memory database
     */
    boolean isMemory();

    /**
     * The query parameters meant for the driver.
     *
     * @return the driver's parameters by name, in order
     */
    Map<String, String> driverOptions();
}
