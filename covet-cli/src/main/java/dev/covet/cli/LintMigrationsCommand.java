package dev.covet.cli;

import dev.covet.orm.migrate.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code covet lintmigrations}: the operations that could lose data, break running code or lock a big table. */
@Command(name = "lintmigrations", mixinStandardHelpOptions = true,
        header = "Flags migration operations that lose data, break running code or lock tables.",
        description = "Flags each operation in the migrations (of APP, or of every app) that drops data, breaks code "
                + "still running (a rename, NOT NULL without a default) or locks a big table on the configured database, "
                + "each with the safe alternative. Exit code 1 when it found any.")
final class LintMigrationsCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP", arity = "0..1", description = "Only this app.")
    String app;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = Project.open(covet.settings(), true)) {
            Migrations migrations = project.migrations();
            if (app != null) {
                project.requireApp(migrations, app);
            }
            List<String> findings = migrations.lint(app);
            findings.forEach(out::println);
            out.println(findings.isEmpty() ? "No risky operations found." : findings.size() + " risky operation"
                    + (findings.size() == 1 ? "" : "s") + " found.");
            out.flush();
            return findings.isEmpty() ? ExitCode.OK : ExitCode.CHANGES;
        }
    }
}
