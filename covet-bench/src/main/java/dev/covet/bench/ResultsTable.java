package dev.covet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Prints a JMH JSON result file ({@code -rf json}) as the Markdown table of the README: one line per
 * operation and database; per implementation the wall time, the benchmark thread's CPU time
 * ({@code cpu.time.norm} from {@link ThreadCpuProfiler}) and the bytes allocated ({@code gc.alloc.rate.norm}
 * from {@code -prof gc}) per operation; then each ORM's CPU time as a ratio to the JDBC floor's, and Covet's
 * CPU time above the floor in µs (per row where the operation reads many). On PostgreSQL, bulk loads are
 * also set against {@code COPY}'s rows per second.
 *
 * <pre>{@code java -cp covet-bench/target/benchmarks.jar dev.covet.bench.ResultsTable jmh-result.json [--json run.json]}</pre>
 *
 * With {@code --json}, it also writes the run: the machine, the load it was under, the versions of the
 * JDK, drivers, libraries and servers, and JMH's raw results.
 */
public final class ResultsTable {
    private static final List<String> IMPLEMENTATIONS = List.of("jdbc", "covet", "jooq", "hibernate");
    private static final Map<String, String> TITLES = Map.of("jdbc", "JDBC floor", "covet", "Covet", "jooq", "jOOQ", "hibernate", "Hibernate");
    private static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");
    /** Rows each operation reads or writes, for the per-row columns. */
    private static final Map<String, Integer> ROWS = Map.of("FilterPage", BenchState.PAGE, "FilterLarge", BenchState.BELOW_ROWS,
            "ValuesList", BenchState.BELOW_ROWS, "InsertMany", BenchState.MANY, "BulkInsert100", BenchState.BULK,
            "BulkInsert10k", BenchState.BULK_LARGE, "BulkLoad100k", BulkLoad100k.ROWS, "PrefetchReverse", BookRow.BOOKS, "Stream1M", 1_000_000);

    private ResultsTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--json"))) {
            System.err.println("usage: ResultsTable <jmh-result.json> [--json <run.json>]");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode results = json.readTree(Path.of(args[0]).toFile());
        print(results);
        if (args.length == 3) {
            ObjectNode run = json.createObjectNode();
            run.put("written", Instant.now().toString());
            run.set("machine", json.valueToTree(machine()));
            run.set("versions", json.valueToTree(versions(results)));
            run.set("results", results);
            json.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[2]).toFile(), run);
            System.out.println();
            System.out.println("Run written to " + args[2]);
        }
    }

    static void print(JsonNode results) {
        // operation -> db -> implementation -> result
        Map<String, Map<String, Map<String, JsonNode>>> table = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String[] name = r.get("benchmark").asText().split("\\.");
            String operation = name[name.length - 2];
            String implementation = name[name.length - 1];
            String db = r.path("params").path("db").asText("?");
            if (r.path("params").has("rows")) {
                operation += " " + r.path("params").path("rows").asText();
            }
            if ((implementation.equals("copy") || operation.equals("BulkLoad100k")) && !db.equals("postgresql")) {
                continue;  // COPY and the 100,000-row load are PostgreSQL's; elsewhere the benchmark does nothing
            }
            table.computeIfAbsent(operation, k -> new LinkedHashMap<>()).computeIfAbsent(db, k -> new LinkedHashMap<>()).put(implementation, r);
        }
        String unit = (results.isEmpty() ? "us/op" : results.get(0).path("primaryMetric").path("scoreUnit").asText()).replace("us/op", "µs");
        List<String> header = new ArrayList<>(List.of("operation", "db"));
        for (String impl : IMPLEMENTATIONS) {
            header.add(TITLES.get(impl) + " wall · CPU " + unit + " · B");
        }
        header.addAll(List.of("Covet ÷ floor CPU", "jOOQ ÷ floor CPU", "Hibernate ÷ floor CPU", "Covet − floor CPU µs", "per row"));
        System.out.println("| " + String.join(" | ", header) + " |");
        System.out.println("|" + " --- |".repeat(2) + " ---: |".repeat(header.size() - 2));
        List<String> notes = new ArrayList<>();
        for (var op : table.entrySet()) {
            for (String db : DATABASES) {
                Map<String, JsonNode> row = op.getValue().get(db);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(List.of(op.getKey(), db));
                for (String impl : IMPLEMENTATIONS) {
                    cells.add(row.get(impl) == null ? "–" : cell(row.get(impl)));
                }
                double floor = cpu(row.get("jdbc"));
                for (String impl : List.of("covet", "jooq", "hibernate")) {
                    double v = cpu(row.get(impl));
                    cells.add(Double.isNaN(v) || Double.isNaN(floor) ? "–" : String.format(Locale.ROOT, "%.2f×", v / floor));
                }
                double covet = cpu(row.get("covet"));
                double above = covet - floor;
                cells.add(Double.isNaN(above) ? "–" : String.format(Locale.ROOT, "%+.1f", above / 1000));
                String[] opRows = op.getKey().split(" ");
                Integer rows = opRows.length == 2 ? Integer.valueOf(opRows[1]) : ROWS.get(op.getKey());
                cells.add(rows == null || Double.isNaN(above) ? "–" : String.format(Locale.ROOT, "%+.2f", above / 1000 / rows));
                System.out.println("| " + String.join(" | ", cells) + " |");
                JsonNode copy = row.get("copy");
                if (copy != null && row.get("covet") != null) {
                    double c = copy.path("primaryMetric").path("score").asDouble();
                    double v = row.get("covet").path("primaryMetric").path("score").asDouble();
                    notes.add(String.format(Locale.ROOT, "%s on %s: COPY %s; Covet's bulkCreate loads at %.2f× COPY's rows per second%s.",
                            op.getKey(), db, cell(copy), c / v, row.get("jdbc") == null ? "" : String.format(Locale.ROOT,
                                    ", the JDBC multi-row INSERT at %.2f×", c / row.get("jdbc").path("primaryMetric").path("score").asDouble())));
                }
            }
        }
        if (!notes.isEmpty()) {
            System.out.println();
            notes.forEach(System.out::println);
        }
    }

    /** "wall · CPU · bytes" per operation; a dash for what the run did not measure. */
    private static String cell(JsonNode result) {
        JsonNode m = result.path("primaryMetric");
        double cpu = cpu(result);
        JsonNode gc = result.path("secondaryMetrics").get("gc.alloc.rate.norm");
        return number(m.path("score").asDouble()) + " · " + (Double.isNaN(cpu) ? "–" : number(cpu / 1000 * perMicro(m)))
                + " · " + (gc == null ? "–" : bytes(gc.path("score").asDouble()));
    }

    /** CPU ns/op scaled to the primary metric's unit is done by the caller; here: ns per µs of its unit. */
    private static double perMicro(JsonNode primary) {
        return switch (primary.path("scoreUnit").asText()) {
            case "ms/op" -> 1e-3;
            case "s/op" -> 1e-6;
            default -> 1;
        };
    }

    private static double cpu(JsonNode result) {
        if (result == null) {
            return Double.NaN;
        }
        JsonNode m = result.path("secondaryMetrics").get("cpu.time.norm");
        return m == null ? Double.NaN : m.path("score").asDouble();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String bytes(double b) {
        return b >= 10_000_000 ? String.format(Locale.ROOT, "%.0fM", b / 1e6)
                : b >= 10_000 ? String.format(Locale.ROOT, "%.0fk", b / 1e3) : String.format(Locale.ROOT, "%,.0f", b);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        m.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal"));
        m.put("loadAverageAtStart", System.getenv().getOrDefault("COVET_BENCH_LOAD_START", "?"));
        m.put("loadAverageAtEnd", firstLine(Path.of("/proc/loadavg"), ""));
        m.put("startedAt", System.getenv().getOrDefault("COVET_BENCH_STARTED", "?"));
        return m;
    }

    private static Map<String, Object> versions(JsonNode results) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (!results.isEmpty()) {
            JsonNode r = results.get(0);
            v.put("jdk", r.path("vmName").asText() + " " + r.path("vmVersion").asText() + " (" + r.path("jdkVersion").asText() + ")");
            v.put("jmh", r.path("jmhVersion").asText());
            v.put("jvmArgs", r.path("jvmArgs"));
        }
        for (String artifact : List.of("org.xerial/sqlite-jdbc", "org.postgresql/postgresql", "org.mariadb.jdbc/mariadb-java-client",
                "com.zaxxer/HikariCP", "org.hibernate.orm/hibernate-core", "org.jooq/jooq", "dev.covet/covet-orm")) {
            v.put(artifact.substring(artifact.indexOf('/') + 1), mavenVersion(artifact));
        }
        // neither ships a Maven pom.properties in its jar
        v.put("postgresql", org.postgresql.util.DriverInfo.DRIVER_VERSION);
        v.put("hibernate-core", org.hibernate.Version.getVersionString());
        v.put("postgresqlServer", RunDatabase.serverVersion("postgresql"));
        v.put("mariadbServer", RunDatabase.serverVersion("mariadb"));
        return v;
    }

    private static String mavenVersion(String artifact) {
        String[] ga = artifact.split("/");
        try (InputStream in = ResultsTable.class.getResourceAsStream("/META-INF/maven/" + ga[0] + "/" + ga[1] + "/pom.properties")) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String firstLine(Path file, String prefix) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(prefix)) {
                    int colon = line.indexOf(':');
                    return (prefix.isEmpty() || colon < 0 ? line : line.substring(colon + 1)).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "?";
    }
}
