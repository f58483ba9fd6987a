package dev.covet.orm.migrate;

import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.testing.ThrowawayDatabase;

/**
 * An empty database of the kind a {@code @DbTest} invocation runs on, made for one test and dropped
 * after it: migrations start from nothing, and the shared test database keeps its tables.
 */
final class FreshDatabase implements AutoCloseable {
    private final ThrowawayDatabase throwaway;
    final Database db;

    private FreshDatabase(ThrowawayDatabase throwaway, Database db) {
        this.throwaway = throwaway;
        this.db = db;
    }

    static FreshDatabase of(TestDb kind) {
        ThrowawayDatabase t = switch (kind.name()) {
            case "sqlite" -> ThrowawayDatabase.on("sqlite:target", "covet_mig_");
            case "postgresql" -> ThrowawayDatabase.on(env("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres"), "covet_mig_");
            default -> ThrowawayDatabase.on(env("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql"), "covet_mig_");
        };
        try {
            return new FreshDatabase(t, Database.open("migrations", DatabaseSettings.builder(t.url()).maxPoolSize(4).build()));
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }

    String url() {
        return throwaway.url();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            throwaway.close();
        }
    }
}
