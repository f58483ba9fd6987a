package dev.covet.cli;

import dev.covet.orm.db.LiveTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code covet inspectdb}: model classes for the tables of an existing database. */
@Command(name = "inspectdb", mixinStandardHelpOptions = true,
        header = "Writes model classes for an existing database's tables.",
        description = "Writes a Covet model class for each table of the database (or the tables named), with its "
                + "foreign keys, unique columns and indexes, to stdout or to --output. Review the result: the database "
                + "does not record onDelete, and types it stores alike (on SQLite every text column) read as the plainest field. "
                + "A junction table as Covet's automatic many-to-many makes it (an id and two keys, unique as a pair) becomes "
                + "a ManyToManyField on its owner; a junction with other columns stays a model of its own.")
final class InspectDbCommand implements Callable<Integer> {
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    /** Tables Covet keeps for itself: left out unless named. */
    private static final Set<String> COVET_TABLES = Set.of("covet_migrations");

    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TABLE", arity = "0..*", description = "The tables to inspect (default: all).")
    List<String> tables = List.of();

    @Option(names = "--output", paramLabel = "DIR", description = "A source folder (such as src/main/java): each class is written to DIR/<package path>/<Class>.java.")
    Path output;

    @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "models",
            description = "The classes' package (default: ${DEFAULT-VALUE}); its last part is the models' app.")
    String packageName;

    @Override
    public Integer call() throws IOException {
        if (!PACKAGE.matcher(packageName).matches()) {
            throw CliError.usage("'" + packageName + "' is not a Java package name; pass --package com.example.models.");
        }
        Map<String, LiveTable> live;
        try (Project project = Project.open(covet.settings(), false)) {
            live = project.database().introspect();
        }
        Map<String, JunctionTables.Junction> junctions = JunctionTables.of(live);
        List<LiveTable> chosen = choose(live).stream()
                .filter(t -> !tables.isEmpty() || !junctions.containsKey(t.name().toLowerCase(Locale.ROOT))).toList();
        PrintWriter out = spec.commandLine().getOut();
        for (LiveTable table : chosen) {
            String source = ModelSource.write(table, live, junctions, packageName);
            String file = ModelSource.className(table.name()) + ".java";
            if (output == null) {
                out.println("// " + file);
                out.println(source);
                continue;
            }
            Path dir = output.resolve(packageName.replace('.', '/'));
            Files.createDirectories(dir);
            Path path = dir.resolve(file);
            Files.writeString(path, source, StandardCharsets.UTF_8);
            out.println("Wrote " + path + " (table " + table.name() + ")");
        }
        if (chosen.isEmpty()) {
            spec.commandLine().getErr().println("The database has no tables; nothing to write.");
        }
        out.flush();
        return ExitCode.OK;
    }

    private List<LiveTable> choose(Map<String, LiveTable> live) {
        if (tables.isEmpty()) {
            return live.values().stream().filter(t -> !COVET_TABLES.contains(t.name().toLowerCase(Locale.ROOT))).toList();
        }
        Map<String, LiveTable> out = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : tables) {
            LiveTable t = live.get(name.toLowerCase(Locale.ROOT));
            if (t == null) {
                unknown.add(name);
            } else {
                out.put(t.name(), t);
            }
        }
        if (!unknown.isEmpty()) {
            throw CliError.usage("No table " + String.join(", ", unknown) + " in the database; its tables are: "
                    + (live.isEmpty() ? "(none)" : String.join(", ", live.values().stream().map(LiveTable::name).toList())) + ".");
        }
        return List.copyOf(out.values());
    }
}
