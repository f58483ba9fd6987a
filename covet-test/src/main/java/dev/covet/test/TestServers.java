package dev.covet.test;

import dev.covet.orm.exception.ImproperlyConfigured;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which databases a {@link CovetTest} class runs on, and the server each one is made on. */
final class TestServers {
    private static final Map<String, String> DEFAULT_URLS = Map.of(
            "sqlite", "sqlite:target",
            "postgresql", "postgresql://postgres@127.0.0.1:5432/postgres",
            "mariadb", "mariadb://root@127.0.0.1:3306/mysql",
            "mysql", "mysql://root@127.0.0.1:3306/mysql");

    private TestServers() {
    }

    /** The names to run on: the annotation's, narrowed by the configured ones when those are set. */
    static List<String> names(CovetTest test) {
        List<String> configured = split(setting("covet.test.databases", "COVET_TEST_DATABASES"));
        List<String> chosen = test.databases().length > 0 ? List.of(test.databases()) : configured.isEmpty() ? List.of("sqlite") : configured;
        Set<String> names = new LinkedHashSet<>();
        for (String n : chosen) {
            String name = n.trim().toLowerCase(Locale.ROOT);
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new ImproperlyConfigured("A @CovetTest database name is lower-case letters, digits and '_'; not '" + n + "'");
            }
            if (configured.isEmpty() || configured.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The administrative URL of the server that database {@code name} is made on. */
    static String adminUrl(String name) {
        String url = setting("covet.test." + name, variable(name));
        if (url != null) {
            return url;
        }
        String fallback = DEFAULT_URLS.get(name);
        if (fallback == null) {
            throw new ImproperlyConfigured("No server is configured for the test database '" + name + "': set the system property covet.test."
                    + name + " or the variable " + variable(name) + " to its URL, or use one of " + new ArrayList<>(DEFAULT_URLS.keySet()).stream().sorted().toList());
        }
        return fallback;
    }

    /** The environment variable that names {@code name}'s server: {@code COVET_TEST_POSTGRESQL}, ... */
    static String variable(String name) {
        return "COVET_TEST_" + name.toUpperCase(Locale.ROOT);
    }

    private static String setting(String property, String variable) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(variable);
        }
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        return List.of(list.split(",")).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }
}
