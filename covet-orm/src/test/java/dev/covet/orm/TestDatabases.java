package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.models.TestModels;
import dev.covet.orm.relation.ContentType;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.sql.Sql;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The databases of one test run: a fresh SQLite file, a fresh PostgreSQL database and a fresh MariaDB
 * database, each named for this run so that runs never collide, with the shared test models' tables.
 * They are dropped when the run ends. A server that cannot be reached fails the tests that need it.
 *
 * <p>Servers: {@code COVET_TEST_POSTGRESQL} (default {@code 127.0.0.1:5432}, user postgres) and
 * {@code COVET_TEST_MARIADB} (default {@code 127.0.0.1:3306}, user root); the system property
 * {@code covet.test.databases} (for example {@code sqlite}) narrows a local run.
 */
final class TestDatabases implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private static final List<String> ALL = List.of("sqlite", "postgresql", "mariadb");
    private static final String PREFIX = "covet_test_";

    private final String runName = PREFIX + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
    private final Map<String, Runtime> runtimes = new LinkedHashMap<>();
    private final Map<String, RuntimeException> failures = new LinkedHashMap<>();
    private Path sqliteFile;

    static TestDatabases get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestDatabases.class, k -> new TestDatabases(), TestDatabases.class);
    }

    List<String> names() {
        String only = System.getProperty("covet.test.databases", "").trim();
        if (only.isEmpty()) {
            return ALL;
        }
        return List.of(only.split(",")).stream().map(String::trim).filter(ALL::contains).toList();
    }

    /** Installs the named database's runtime as Covet's and empties its tables. */
    void activate(String name) {
        Runtime r = runtime(name);
        Covet.install(r);
        empty(r);
    }

    private Runtime runtime(String name) {
        RuntimeException failed = failures.get(name);
        if (failed != null) {
            throw new IllegalStateException("The " + name + " test database could not be set up: " + failed.getMessage(), failed);
        }
        Runtime r = runtimes.get(name);
        if (r != null) {
            return r;
        }
        try {
            String url = switch (name) {
                case "sqlite" -> {
                    Files.createDirectories(Path.of("target"));
                    sqliteFile = Path.of("target", runName + ".db").toAbsolutePath();
                    yield "sqlite:" + sqliteFile;
                }
                case "postgresql" -> serverDatabase("postgresql", env("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres"));
                default -> serverDatabase("mariadb", env("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql"));
            };
            r = Runtime.open(Config.builder().database(Config.DEFAULT, url, s -> s.maxPoolSize(10)).models(TestModels.ALL).build());
            new SchemaEditor(r.database(Config.DEFAULT)).createTables(r.models());
            runtimes.put(name, r);
            return r;
        } catch (RuntimeException e) {
            failures.put(name, e);
            throw e;
        } catch (Exception e) {
            RuntimeException wrapped = new IllegalStateException(e.getMessage(), e);
            failures.put(name, wrapped);
            throw wrapped;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Creates this run's database on the server behind {@code adminUrl}, after dropping stale ones of crashed runs. */
    private String serverDatabase(String kind, String adminUrl) throws SQLException {
        var admin = dev.covet.orm.db.DatabaseUrl.parse(adminUrl);
        try (Connection c = adminConnection(kind, admin); Statement s = c.createStatement()) {
            dropStale(kind, c);
            s.execute("CREATE DATABASE " + runName);
        } catch (SQLException e) {
            throw new SQLException("Cannot reach the " + kind + " server at " + admin + " (" + e.getMessage()
                    + "). Start it, or point " + (kind.equals("postgresql") ? "COVET_TEST_POSTGRESQL" : "COVET_TEST_MARIADB")
                    + " at one.", e.getSQLState(), e);
        }
        String userInfo = admin.user() == null ? "" : admin.user() + (admin.password() == null ? "" : ":" + admin.password()) + "@";
        return (kind.equals("postgresql") ? "postgresql" : "mariadb") + "://" + userInfo + admin.host() + ":" + admin.port() + "/" + runName;
    }

    private static Connection adminConnection(String kind, dev.covet.orm.db.DatabaseUrl u) throws SQLException {
        String url = kind.equals("postgresql")
                ? "jdbc:postgresql://" + u.host() + ":" + u.port() + "/" + u.database()
                : "jdbc:mariadb://" + u.host() + ":" + u.port() + "/" + u.database();
        java.util.Properties p = new java.util.Properties();
        if (u.user() != null) {
            p.put("user", u.user());
        }
        if (u.password() != null) {
            p.put("password", u.password());
        }
        p.put("connectTimeout", kind.equals("postgresql") ? "10" : "10000");
        return DriverManager.getConnection(url, p);
    }

    /** Drops databases left by runs that crashed more than six hours ago. */
    private static void dropStale(String kind, Connection c) throws SQLException {
        String list = kind.equals("postgresql") ? "SELECT datname FROM pg_database WHERE datname LIKE 'covet\\_test\\_%'"
                : "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'covet\\_test\\_%'";
        List<String> stale = new ArrayList<>();
        String cutoff = LocalDateTime.now().minusHours(6).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(list)) {
            while (rs.next()) {
                String n = rs.getString(1);
                String stamp = n.length() >= PREFIX.length() + 14 ? n.substring(PREFIX.length(), PREFIX.length() + 14) : "";
                if (stamp.compareTo(cutoff) < 0) {
                    stale.add(n);
                }
            }
        }
        for (String n : stale) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + n + (kind.equals("postgresql") ? " WITH (FORCE)" : ""));
            }
        }
    }

    /** Deletes every row of every test table, junction tables first, in one transaction. */
    private static void empty(Runtime r) {
        Database db = r.database(Config.DEFAULT);
        List<String> tables = new ArrayList<>();
        List<ModelInfo<?>> models = new ArrayList<>(r.models());
        for (ModelInfo<?> m : models) {
            for (FieldInfo f : m.manyToManyFields()) {
                if (f.relation().junction().isAutomatic() && !tables.contains(f.relation().junction().table())) {
                    tables.add(f.relation().junction().table());
                }
            }
        }
        for (ModelInfo<?> m : models.reversed()) {
            if (m.ownsTable() && !tables.contains(m.table())) {
                tables.add(m.table());
            }
        }
        boolean mariadb = db.dialect().name().equals("mysql");
        db.atomic(() -> {
            if (mariadb) {
                db.update(Sql.of("SET FOREIGN_KEY_CHECKS = 0"));
            }
            for (String t : tables) {
                db.update(Sql.of("DELETE FROM " + db.dialect().quote(t)));
            }
            if (mariadb) {
                db.update(Sql.of("SET FOREIGN_KEY_CHECKS = 1"));
            }
        });
        // the content-type rows went with the tables, so their cache must go too
        ContentType.clearCache();
    }

    @Override
    public void close() {
        Covet.install(null);
        for (Map.Entry<String, Runtime> e : runtimes.entrySet()) {
            try {
                e.getValue().close();
            } catch (RuntimeException ignored) {
                // dropping the database below is what matters
            }
        }
        for (String kind : runtimes.keySet()) {
            try {
                if (kind.equals("sqlite")) {
                    for (String suffix : List.of("", "-wal", "-shm")) {
                        Files.deleteIfExists(Path.of(sqliteFile + suffix));
                    }
                    continue;
                }
                var admin = dev.covet.orm.db.DatabaseUrl.parse(kind.equals("postgresql")
                        ? env("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres")
                        : env("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql"));
                try (Connection c = adminConnection(kind, admin); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + runName + (kind.equals("postgresql") ? " WITH (FORCE)" : ""));
                }
            } catch (Exception ignored) {
                // a database left behind is dropped by a later run (dropStale)
            }
        }
    }
}
