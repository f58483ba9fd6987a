package dev.covet.orm.sql;

import dev.covet.orm.TestDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/**
 * One golden file of SQL for one database: named cases, each the statements Covet sent or compiled.
 * {@link #verify} compares them with {@code src/test/resources/golden/<database>/<file>.sql}; run with
 * {@code -Dcovet.golden.update=true} to rewrite the file instead, then review the change as a diff.
 */
final class GoldenSql {
    static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("covet.golden.update");

    private final String database;
    private final String file;
    private final Map<String, List<String>> cases = new LinkedHashMap<>();

    GoldenSql(TestDb db, String file) {
        this.database = db.name();
        this.file = file;
    }

    /** Records {@code statements} under {@code name}. */
    GoldenSql add(String name, List<String> statements) {
        if (cases.putIfAbsent(name, List.copyOf(statements)) != null) {
            throw new IllegalArgumentException("Golden case '" + name + "' recorded twice");
        }
        return this;
    }

    GoldenSql add(String name, String statement) {
        return add(name, List.of(statement));
    }

    String render() {
        StringBuilder out = new StringBuilder();
        cases.forEach((name, statements) -> {
            out.append("-- ").append(name).append('\n');
            for (String s : statements) {
                out.append(s).append('\n');
            }
            out.append('\n');
        });
        return out.toString();
    }

    /** Compares with the golden file, or rewrites it when {@code covet.golden.update} is set. */
    void verify() {
        Path path = ROOT.resolve(database).resolve(file + ".sql");
        String actual = render();
        try {
            if (UPDATE) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(path)) {
                fail("No golden SQL at " + path + "; run with -Dcovet.golden.update=true to write it, then review it");
            }
            String expected = Files.readString(path, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail("SQL differs from " + path + " (rewrite with -Dcovet.golden.update=true and review the diff):\n"
                        + firstDifference(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n  expected: " + x + "\n  actual:   " + y;
            }
        }
        return "(no line differs)";
    }
}
