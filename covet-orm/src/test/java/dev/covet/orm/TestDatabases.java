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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The databases of one test run: lanes of a fresh SQLite file, a fresh PostgreSQL database and a fresh
 * MariaDB database, each named for this run so that runs never collide, with the shared test models'
 * tables. A test class holds a lane while its tests run, so classes running in parallel never share
 * tables; there are as many lanes as classes ever ran at once. They are dropped when the run ends. A server that cannot be reached fails the tests that need it.
 *
 * <p>Servers: {@code COVET_TEST_POSTGRESQL} (default {@code 127.0.0.1:5432}, user postgres) and
 * {@code COVET_TEST_MARIADB} (default {@code 127.0.0.1:3306}, user root); the system property
 * {@code covet.test.databases} (for example {@code sqlite}) narrows a local run.
 */
final class TestDatabases implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private static final List<String> ALL = List.of("sqlite", "postgresql", "mariadb");
    private static final String PREFIX = "covet_test_";

    /** Every lane made so far, and those no test class holds now. */
    private final List<Lane> lanes = new ArrayList<>();
    private final Deque<Lane> free = new ArrayDeque<>();
    /** A server that could not be reached once is not tried again by every test. */
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();

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

    /**
     * A lane for one test class: its own database on each server, so that classes running at the same
     * time never empty each other's tables. Closing the lease gives the lane to the next class.
     */
    synchronized Lease lease() {
        Lane lane = free.poll();
        if (lane == null) {
            lane = new Lane(lanes.size());
            lanes.add(lane);
        }
        return new Lease(this, lane);
    }

    private synchronized void giveBack(Lane lane) {
        free.push(lane);
    }

    /** A lane held by one test class until the class's tests are done. */
    record Lease(TestDatabases all, Lane lane) implements ExtensionContext.Store.CloseableResource {
        /** Empties the tables of the lane's database {@code name} and makes its runtime current on this thread until the binding closes. */
        CovetRuntime.Binding activate(String name) {
            CovetRuntime r = lane.runtime(name, all.failures);
            CovetRuntime.Binding bound = r.bind();
            empty(r);
            return bound;
        }

        @Override
        public void close() {
            all.giveBack(lane);
        }
    }

    /** One database per server, each with a runtime and the test models' tables, made on first use. */
    static final class Lane {
        private final int number;
        private final Map<String, CovetRuntime> runtimes = new ConcurrentHashMap<>();
        private final Map<String, ThrowawayDatabase> databases = new ConcurrentHashMap<>();

        private Lane(int number) {
            this.number = number;
        }

        private synchronized CovetRuntime runtime(String name, Map<String, RuntimeException> failures) {
            RuntimeException failed = failures.get(name);
            if (failed != null) {
                throw new IllegalStateException("The " + name + " test database could not be set up: " + failed.getMessage(), failed);
            }
            CovetRuntime r = runtimes.get(name);
            if (r != null) {
                return r;
            }
            try {
                String prefix = PREFIX + number + "_";
                ThrowawayDatabase database = switch (name) {
                    case "sqlite" -> ThrowawayDatabase.on("sqlite:target", prefix);
                    case "postgresql" -> onServer("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres", prefix);
                    default -> onServer("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql", prefix);
                };
                databases.put(name, database);
                r = Covet.open(Config.builder().database(Config.DEFAULT, database.url(), s -> s.maxPoolSize(10)).models(TestModels.ALL).build());
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

        private void close() {
            for (CovetRuntime r : runtimes.values()) {
                try {
                    r.close();
                } catch (RuntimeException ignored) {
                    // dropping the database below is what matters
                }
            }
            databases.values().forEach(ThrowawayDatabase::close);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** This run's database on the server that {@code variable} (or {@code fallback}) names. */
    private static ThrowawayDatabase onServer(String variable, String fallback, String prefix) {
        try {
            return ThrowawayDatabase.on(env(variable, fallback), prefix);
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
    public synchronized void close() {
        lanes.forEach(Lane::close);
    }
}
