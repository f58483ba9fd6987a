package dev.covet.orm;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.models.TestModels;
import dev.covet.orm.relation.ContentType;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<String, CovetRuntime> runtimes = new LinkedHashMap<>();
    private final Map<String, ThrowawayDatabase> databases = new LinkedHashMap<>();
    private final Map<String, RuntimeException> failures = new LinkedHashMap<>();

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

    /** Empties the tables of the named database's runtime and makes it current on this thread until the binding closes. */
    CovetRuntime.Binding activate(String name) {
        CovetRuntime r = runtime(name);
        CovetRuntime.Binding bound = r.bind();
        empty(r);
        return bound;
    }

    private CovetRuntime runtime(String name) {
        RuntimeException failed = failures.get(name);
        if (failed != null) {
            throw new IllegalStateException("The " + name + " test database could not be set up: " + failed.getMessage(), failed);
        }
        CovetRuntime r = runtimes.get(name);
        if (r != null) {
            return r;
        }
        try {
            ThrowawayDatabase database = switch (name) {
                case "sqlite" -> ThrowawayDatabase.on("sqlite:target", PREFIX);
                case "postgresql" -> onServer("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres");
                default -> onServer("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql");
            };
            databases.put(name, database);
            String url = database.url();
            r = Covet.open(Config.builder().database(Config.DEFAULT, url, s -> s.maxPoolSize(10)).models(TestModels.ALL).build());
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

    /** This run's database on the server that {@code variable} (or {@code fallback}) names. */
    private static ThrowawayDatabase onServer(String variable, String fallback) {
        try {
            return ThrowawayDatabase.on(env(variable, fallback), PREFIX);
        } catch (ConnectionLost e) {
            throw new ConnectionLost(e.getMessage() + ". Start the server, or point " + variable + " at one.",
                    e.getCause() instanceof java.sql.SQLException cause ? cause : null);
        }
    }

    /** Deletes every row of every test table, junction tables first, in one transaction. */
    private static void empty(CovetRuntime r) {
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
        for (Map.Entry<String, CovetRuntime> e : runtimes.entrySet()) {
            try {
                e.getValue().close();
            } catch (RuntimeException ignored) {
                // dropping the database below is what matters
            }
        }
        databases.values().forEach(ThrowawayDatabase::close);
    }
}
