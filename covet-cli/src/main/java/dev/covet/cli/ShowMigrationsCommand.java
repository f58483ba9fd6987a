package dev.covet.cli;

import dev.covet.orm.migrate.MigrationStatus;
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

/** {@code covet showmigrations}: every migration, applied ([X]) or not ([ ]). */
@Command(name = "showmigrations", mixinStandardHelpOptions = true,
        header = "Lists the migrations, applied [X] or not [ ].",
        description = "Lists each app's migrations, [X] when the database has applied them and [ ] when not; with "
                + "--plan, every migration in the order migrate applies them.")
final class ShowMigrationsCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP", arity = "0..1", description = "Only this app.")
    String app;

    @Option(names = "--plan", description = "One list in the order migrate applies them, each as app.name.")
    boolean plan;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = Project.open(covet.settings(), true)) {
            Migrations migrations = project.migrations();
            if (app != null) {
                project.requireApp(migrations, app);
            }
            List<MigrationStatus> all = migrations.status(app);
            if (plan) {
                for (MigrationStatus s : all) {
                    out.println(mark(s) + "  " + s.app() + "." + s.name());
                }
            } else {
                for (String a : app == null ? project.apps(migrations) : List.of(app)) {
                    out.println(a);
                    List<MigrationStatus> mine = all.stream().filter(s -> s.app().equals(a)).toList();
                    if (mine.isEmpty()) {
                        out.println(" (no migrations)");
                    }
                    for (MigrationStatus s : mine) {
                        out.println(" " + mark(s) + " " + s.name());
                    }
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static String mark(MigrationStatus s) {
        return s.applied() ? "[X]" : "[ ]";
    }
}
