package dev.covet.orm;

import dev.covet.orm.testing.ThrowawayDatabase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Several throwaway databases of one kind, under the aliases a test names, in a runtime made current
 * on the test's thread (the shared test runtime is current again, and the databases dropped, on close).
 */
public final class SeveralDatabases implements AutoCloseable {
    private final Map<String, ThrowawayDatabase> throwaways = new LinkedHashMap<>();
    private CovetRuntime runtime;
    private CovetRuntime.Binding bound;

    private SeveralDatabases() {
    }

    /** Makes one database per alias on {@code kind}'s server and sets Covet up with the config {@code config} builds from their URLs. */
    public static SeveralDatabases open(TestDb kind, List<String> aliases, Function<Map<String, String>, Config> config) {
        SeveralDatabases s = new SeveralDatabases();
        try {
            Map<String, String> urls = new LinkedHashMap<>();
            for (String alias : aliases) {
                ThrowawayDatabase t = throwaway(kind, "covet_route_");
                s.throwaways.put(alias, t);
                urls.put(alias, t.url());
            }
            s.runtime = Covet.open(config.apply(urls));
            s.bound = s.runtime.bind();
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A fresh database on {@code kind}'s server (or a fresh SQLite file), named with {@code prefix}. */
    public static ThrowawayDatabase throwaway(TestDb kind, String prefix) {
        return switch (kind.name()) {
            case "sqlite" -> ThrowawayDatabase.on("sqlite:target", prefix);
            case "postgresql" -> ThrowawayDatabase.on(env("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres"), prefix);
            default -> ThrowawayDatabase.on(env("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql"), prefix);
        };
    }

    /** The URL of the database under {@code alias}. */
    public String url(String alias) {
        return throwaways.get(alias).url();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Makes the shared test runtime current again, closes this runtime and drops the databases. */
    @Override
    public void close() {
        if (bound != null) {
            bound.close();
        }
        try {
            if (runtime != null) {
                runtime.close();
            }
        } finally {
            throwaways.values().forEach(ThrowawayDatabase::close);
        }
    }
}
