package dev.covet.cli;

import dev.covet.orm.migrate.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code covet squashmigrations}: one migration standing for a run of an app's migrations. */
@Command(name = "squashmigrations", mixinStandardHelpOptions = true,
        header = "Writes one migration that replaces a run of an app's migrations.",
        description = "Writes one migration holding the operations of APP's migrations FROM to TO in order. A database "
                + "that applied them all takes it as applied; a new one runs it instead of them. Delete the old files once "
                + "every database has migrated past them.")
final class SquashMigrationsCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "APP")
    String app;

    @Parameters(index = "1", paramLabel = "FROM", description = "The first migration of the run (or a unique prefix, 0001).")
    String from;

    @Parameters(index = "2", paramLabel = "TO", description = "The last migration of the run.")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = Project.open(covet.settings(), true)) {
            Migrations migrations = project.migrations();
            String first = project.requireMigration(migrations, app, from);
            String last = project.requireMigration(migrations, app, to);
            if (first.compareTo(last) > 0) {
                throw CliError.usage(first + " comes after " + last + "; give the earlier migration first.");
            }
            Path written = migrations.squash(app, first, last);
            out.println("Wrote " + written + ", replacing " + app + "." + first + " to " + app + "." + last + ".");
            out.flush();
            return ExitCode.OK;
        }
    }
}
