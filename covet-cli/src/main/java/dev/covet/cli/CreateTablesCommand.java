package dev.covet.cli;

import dev.covet.orm.Covet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code covet createtables}: the models' missing tables, made at once (for prototypes; no migrations are recorded). */
@Command(name = "createtables", mixinStandardHelpOptions = true,
        header = "Creates the models' tables that do not exist yet (prototypes).",
        description = "Creates the tables of the models that do not exist yet, as Covet.createTables() does. For quick "
                + "prototypes: nothing is recorded, so a schema that will change is better made with migrations "
                + "(covet makemigrations, then covet migrate).")
final class CreateTablesCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = Project.open(covet.settings(), true)) {
            Set<String> before = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            before.addAll(project.database().tableNames());
            Covet.createTables();
            Set<String> created = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            created.addAll(project.database().tableNames());
            created.removeAll(before);
            if (created.isEmpty()) {
                out.println("Every table of the " + project.models().size() + " models exists already; nothing to do.");
            }
            for (String table : created) {
                out.println("Created table " + table);
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
