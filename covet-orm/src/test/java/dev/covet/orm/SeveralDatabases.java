package dev.covet.orm;

import dev.covet.orm.testing.ThrowawayDatabase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Several throwaway databases of one kind, under the aliases a test names, set up as Covet's runtime
 * for the test (the shared test runtime is put back and the databases dropped on close).
 */
final class SeveralDatabases implements AutoCloseable {
    private final Map<String, ThrowawayDatabase> throwaways = new LinkedHashMap<>();
    private final Runtime previous;
    private Runtime runtime;

    private SeveralDatabases(Runtime previous) {
        this.previous = previous;
    }

    /** Makes one database per alias on {@code kind}'s server and sets Covet up with the config {@code config} builds from their URLs. */
    static SeveralDatabases open(TestDb kind, List<String> aliases, Function<Map<String, String>, Config> config) {
        SeveralDatabases s = new SeveralDatabases(Covet.isSetup() ? Covet.runtime() : null);
        try {
            Map<String, String> urls = new LinkedHashMap<>();
            for (String alias : aliases) {
                ThrowawayDatabase t = switch (kind.name()) {
                    case "sqlite" -> ThrowawayDatabase.on("sqlite:target", "covet_route_");
                    case "postgresql" -> ThrowawayDatabase.on(env("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres"), "covet_route_");
                    default -> ThrowawayDatabase.on(env("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql"), "covet_route_");
                };
                s.throwaways.put(alias, t);
                urls.put(alias, t.url());
            }
            s.runtime = Runtime.open(config.apply(urls));
            Covet.install(s.runtime);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    String url(String alias) {
        return throwaways.get(alias).url();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public void close() {
        Covet.install(previous);
        try {
            if (runtime != null) {
                runtime.close();
            }
        } finally {
            throwaways.values().forEach(ThrowawayDatabase::close);
        }
    }
}
