package dev.covet.cli;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.testing.ThrowawayDatabase;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The databases the command is tested on: a new SQLite file, or a new database on the PostgreSQL or
 * MariaDB test server ({@code COVET_TEST_POSTGRESQL}, {@code COVET_TEST_MARIADB}); the system
 * property {@code covet.test.databases} narrows a local run.
 */
final class TestDatabases {
    private static final List<String> ALL = List.of("sqlite", "postgresql", "mariadb");
    private static final String PREFIX = "covet_cli_test_";

    private TestDatabases() {
    }

    /** The method source of {@link EveryDatabase} tests. */
    static Stream<String> names() {
        String only = System.getProperty("covet.test.databases", "").trim();
        if (only.isEmpty()) {
            return ALL.stream();
        }
        return Stream.of(only.split(",")).map(String::trim).filter(ALL::contains);
    }

    /** A new database of the kind {@code name}; a SQLite file goes in {@code folder}. */
    static ThrowawayDatabase make(String name, Path folder) {
        return switch (name) {
            case "sqlite" -> ThrowawayDatabase.on("sqlite:" + folder.toAbsolutePath(), PREFIX);
            case "postgresql" -> onServer("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres");
            case "mariadb" -> onServer("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql");
            default -> throw new IllegalArgumentException("Unknown test database " + name + "; choices: " + ALL);
        };
    }

    private static ThrowawayDatabase onServer(String variable, String fallback) {
        String url = System.getenv(variable);
        try {
            return ThrowawayDatabase.on(url == null || url.isBlank() ? fallback : url, PREFIX);
        } catch (ConnectionLost e) {
            throw new IllegalStateException(e.getMessage() + ". Start the server, or point " + variable + " at one.", e);
        }
    }
}
