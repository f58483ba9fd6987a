package dev.covet.cli;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.migrate.MigrateOptions;
import dev.covet.orm.migrate.MigrateResult;
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

/** {@code covet migrate}: the database brought to the latest migrations, or to a named one (backwards too). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        header = "Applies (or unapplies) migrations to reach the latest or a target.",
        description = "Brings the database to the latest migration of every app (or of APP), or to TARGET, applying or "
                + "unapplying migrations in order under a lock, and prints each operation (i of n) with the time gone. "
                + "TARGET is a migration name or a unique prefix of it (0002), or zero to unapply all of the app's. "
                + "Exit code 3 when a migration fails; the message says what was applied.")
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "APP", arity = "0..1", description = "Only this app.")
    String app;

    @Parameters(index = "1", paramLabel = "TARGET", arity = "0..1", description = "The migration to end at (forwards or backwards), or zero.")
    String target;

    @Option(names = "--fake", description = "Record the migrations as applied without running them.")
    boolean fake;

    @Option(names = "--fake-initial", description = "Record an app's initial migration as applied when its tables exist already (a database made by createTables() or by hand).")
    boolean fakeInitial;

    @Option(names = "--plan", description = "Print the migrations that would run, in order, and change nothing.")
    boolean plan;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = Project.open(covet.settings(), true)) {
            Migrations migrations = project.migrations();
            String resolvedTarget = target;
            if (app != null) {
                project.requireApp(migrations, app);
                if (target != null && !target.equals("zero")) {
                    resolvedTarget = project.requireMigration(migrations, app, target);
                }
            }
            MigrateOptions options = new MigrateOptions(app, resolvedTarget, fake, fakeInitial, new ProgressLines(out));
            if (plan) {
                List<String> steps = migrations.plan(options);
                out.println(steps.isEmpty() ? "No migrations to apply." : "Planned migrations:");
                steps.forEach(s -> out.println("  " + s));
                out.flush();
                return ExitCode.OK;
            }
            long t0 = System.nanoTime();
            MigrateResult result;
            try {
                result = migrations.migrate(options);
            } catch (ImproperlyConfigured | ConnectionLost | CliError e) {
                throw e;
            } catch (CovetException e) {
                out.flush();
                throw new CliError(ExitCode.MIGRATION_FAILED, e.getMessage()
                        + "\nFix the cause, then run covet migrate again; covet showmigrations lists what is applied.");
            }
            if (result.nothingToDo()) {
                out.println("No migrations to apply; the database is up to date.");
            } else {
                out.println("Applied " + result.applied().size() + ", unapplied " + result.unapplied().size() + " in "
                        + ProgressLines.seconds(System.nanoTime() - t0) + ".");
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
