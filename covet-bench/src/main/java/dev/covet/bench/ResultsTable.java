package dev.covet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a JMH JSON result file ({@code -rf json}) as the Markdown table of the README: one line per
 * operation and database, time per operation and, when the run had {@code -prof gc}, bytes allocated
 * per operation ({@code gc.alloc.rate.norm}) for Covet, JDBC and Hibernate.
 *
 * <pre>{@code java -cp covet-bench/target/benchmarks.jar dev.covet.bench.ResultsTable covet-bench/target/jmh-result.json}</pre>
 */
public final class ResultsTable {
    private static final List<String> IMPLEMENTATIONS = List.of("covet", "jdbc", "hibernate");
    private static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");

    private ResultsTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultsTable <jmh-result.json>");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        // operation -> db -> implementation -> result
        Map<String, Map<String, Map<String, JsonNode>>> table = new LinkedHashMap<>();
        boolean gc = false;
        for (JsonNode r : results) {
            String[] name = r.get("benchmark").asText().split("\\.");
            String operation = name[name.length - 2];
            String implementation = name[name.length - 1];
            String db = r.path("params").path("db").asText("?");
            table.computeIfAbsent(operation, k -> new LinkedHashMap<>()).computeIfAbsent(db, k -> new LinkedHashMap<>()).put(implementation, r);
            gc |= r.path("secondaryMetrics").has("gc.alloc.rate.norm");
        }
        String unit = (results.size() == 0 ? "us/op" : results.get(0).path("primaryMetric").path("scoreUnit").asText()).replace("us/", "µs/");
        List<String> header = new ArrayList<>(List.of("operation", "db", "Covet " + unit, "JDBC " + unit, "Hibernate " + unit, "Covet ÷ JDBC"));
        if (gc) {
            header.addAll(List.of("Covet B/op", "JDBC B/op", "Hibernate B/op"));
        }
        System.out.println("| " + String.join(" | ", header) + " |");
        System.out.println("|" + " --- |".repeat(2) + " ---: |".repeat(header.size() - 2));
        for (var op : table.entrySet()) {
            for (String db : DATABASES) {
                Map<String, JsonNode> row = op.getValue().get(db);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(List.of(op.getKey(), db));
                for (String impl : IMPLEMENTATIONS) {
                    JsonNode m = row.get(impl) == null ? null : row.get(impl).path("primaryMetric");
                    cells.add(m == null ? "–" : time(m));
                }
                JsonNode covet = row.get("covet");
                JsonNode jdbc = row.get("jdbc");
                cells.add(covet == null || jdbc == null ? "–" : String.format(Locale.ROOT, "%.2f×",
                        covet.path("primaryMetric").path("score").asDouble() / jdbc.path("primaryMetric").path("score").asDouble()));
                if (gc) {
                    for (String impl : IMPLEMENTATIONS) {
                        JsonNode m = row.get(impl) == null ? null : row.get(impl).path("secondaryMetrics").get("gc.alloc.rate.norm");
                        cells.add(m == null ? "–" : String.format(Locale.ROOT, "%,.0f", m.path("score").asDouble()));
                    }
                }
                System.out.println("| " + String.join(" | ", cells) + " |");
            }
        }
    }

    private static String time(JsonNode metric) {
        double score = metric.path("score").asDouble();
        double error = metric.path("scoreError").asDouble(Double.NaN);
        String s = String.format(Locale.ROOT, score >= 100 ? "%,.0f" : "%.1f", score);
        return Double.isNaN(error) ? s : s + String.format(Locale.ROOT, error >= 100 ? " ± %,.0f" : " ± %.1f", error);
    }
}
