package dev.covet.cli;

import dev.covet.orm.migrate.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code covet sqlmigrate}: the statements one migration runs on the configured database. */
@Command(name = "sqlmigrate", mixinStandardHelpOptions = true,
        header = "Prints the SQL of one migration for the configured database.",
        description = "Prints the statements MIGRATION of APP runs on the configured database (its dialect), forwards "
                + "or with --backwards; nothing is run. MIGRATION may be a unique prefix of the name (0002).")
final class SqlMigrateCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "APP")
    String app;

    @Parameters(index = "1", paramLabel = "MIGRATION")
    String name;

    @Option(names = "--backwards", description = "The statements that unapply it.")
    boolean backwards;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = Project.open(covet.settings(), true)) {
            Migrations migrations = project.migrations();
            String full = project.requireMigration(migrations, app, name);
            List<String> statements = migrations.sql(app, full, backwards);
            if (statements.isEmpty()) {
                out.println("-- " + app + "." + full + " runs no SQL" + (backwards ? " backwards" : "") + " on this database");
            }
            statements.forEach(out::println);
            out.flush();
            return ExitCode.OK;
        }
    }
}
