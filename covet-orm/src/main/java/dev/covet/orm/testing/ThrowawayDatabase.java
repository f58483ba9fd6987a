package dev.covet.orm.testing;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Dialects;
import dev.covet.orm.sql.JdbcTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database made for one test run and dropped after it, as Django's test runner makes its test
 * database: a new SQLite file, or a new database on a PostgreSQL or MariaDB server. Its name is
 * {@code <prefix><yyyyMMddHHmmss>_<random>} (UTC), so runs never collide; databases of the same prefix
 * that runs which crashed left behind more than six hours ago are dropped when the next is made.
 *
 * <pre>{@code
 * try (ThrowawayDatabase db = ThrowawayDatabase.on("postgresql://postgres@127.0.0.1:5432/postgres", "myapp_test_")) {
 *     Covet.setup(db.url(), Author.class, Book.class);
 *     Covet.createTables();
 *     ...
 *     Covet.shutdown();
 * }                                                  // dropped here
 * }</pre>
 */
public final class ThrowawayDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThrowawayDatabase.class);
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int STAMP_LENGTH = 14;

    private final DatabaseUrl url;
    private final DatabaseUrl admin;

    private ThrowawayDatabase(DatabaseUrl url, DatabaseUrl admin) {
        this.url = url;
        this.admin = admin;
    }

    /**
     * A new database on the server that {@code adminUrl} reaches (a database there that the user may
     * connect to, such as {@code postgres} or {@code mysql}), or, for a {@code sqlite:} URL, a new
     * file in the folder the URL names.
     *
     * @param adminUrl a URL of a database the user may connect to on the server, or a {@code sqlite:} folder URL
     * @param prefix the start of the new database's name: lower-case letters, digits and '_', at most 31 characters
     * @return the new database; close it to drop the database
     */
    public static ThrowawayDatabase on(String adminUrl, String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A test database prefix is lower-case letters, digits and '_', starting"
                    + " with a letter, at most 31 characters; not '" + prefix + "'");
        }
        DatabaseUrl admin = DatabaseUrl.parse(adminUrl);
        if (admin.isSqlite()) {
            return newFile(admin, prefix);
        }
        String name = newName(prefix);
        Dialect dialect = Dialects.forUrl(admin);
        try (Connection c = connect(admin, dialect); Statement s = c.createStatement()) {
            dropStale(prefix, dialect, c);
            s.execute(dialect.ddl().createDatabase(name));
        } catch (SQLException e) {
            throw new ConnectionLost("Cannot create a test database on the " + dialect.name() + " server at " + admin
                    + ": " + e.getMessage(), e);
        }
        return new ThrowawayDatabase(admin.withDatabase(name), admin);
    }

    /** {@code <prefix><yyyyMMddHHmmss>_<8 hex digits>}: runs started in the same second differ in the random part. */
    private static String newName(String prefix) {
        return prefix + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000000, Integer.MAX_VALUE));
    }

    /**
     * A new SQLite file in the folder {@code admin} names, claimed by creating it: a name another
     * throwaway took first is never shared, it is drawn again.
     */
    private static ThrowawayDatabase newFile(DatabaseUrl admin, String prefix) {
        try {
            Path folder = Path.of(admin.path().isEmpty() ? "." : admin.path());
            Files.createDirectories(folder);
            while (true) {
                Path file = folder.resolve(newName(prefix) + ".db").toAbsolutePath();
                try {
                    Files.createFile(file);
                    return new ThrowawayDatabase(admin.withPath(file.toString()), admin);
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    // drawn by another throwaway in the same second: draw again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the file for a test database: " + e.getMessage(), e);
        }
    }

    /**
     * The new database's URL, for {@code Covet.setup} (password included).
     *
     * @return the URL as text
     */
    public String url() {
        return url.text();
    }

    /**
     * The new database's URL, parsed.
     *
     * @return the URL, password included
     */
    public DatabaseUrl databaseUrl() {
        return url;
    }

    /** Drops the database (every pool on it must be closed first); a failure leaves it to a later run's clean-up. */
    @Override
    public void close() {
        if (url.isSqlite()) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(url.path() + suffix));
                } catch (IOException ignored) {
                    // left in the folder; harmless
                }
            }
            return;
        }
        Dialect dialect = Dialects.forUrl(admin);
        try (Connection c = connect(admin, dialect); Statement s = c.createStatement()) {
            s.execute(dialect.ddl().dropDatabase(url.database()));
        } catch (SQLException ignored) {
            // the next run of the same prefix drops it once it is stale
        }
    }

    private static Connection connect(DatabaseUrl admin, Dialect dialect) throws SQLException {
        JdbcTarget target = dialect.connection().jdbc(admin);
        try {
            Class.forName(target.driverClass());
        } catch (ClassNotFoundException e) {
            throw new SQLException("The JDBC driver " + target.driverClass() + " is not on the classpath", e);
        }
        Properties p = new Properties();
        p.putAll(target.properties());
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(target.url(), p);
    }

    /**
     * Drops databases named exactly as this class names them for this prefix whose runs began more than
     * six hours ago (UTC). One that cannot be dropped (another role's, say) is left for its owner.
     */
    private static void dropStale(String prefix, Dialect dialect, Connection c) throws SQLException {
        String cutoff = LocalDateTime.now(ZoneOffset.UTC).minusHours(6).format(STAMP);
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "(\\d{" + STAMP_LENGTH + "})_[0-9a-f]{4,8}");
        List<String> stale = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(dialect.ddl().listDatabases())) {
            while (rs.next()) {
                Matcher m = ours.matcher(rs.getString(1));
                if (m.matches() && m.group(1).compareTo(cutoff) < 0) {
                    stale.add(m.group());
                }
            }
        }
        for (String n : stale) {
            try (Statement s = c.createStatement()) {
                s.execute(dialect.ddl().dropDatabase(n));
            } catch (SQLException e) {
                LOG.warn("Could not drop the stale test database {}: {}", n, e.getMessage());
            }
        }
    }
}
