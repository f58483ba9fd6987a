package dev.covet.cli;

import dev.covet.orm.migrate.MakeOptions;
import dev.covet.orm.migrate.MakeResult;
import dev.covet.orm.migrate.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code covet check}: do the models register, and do the migrations hold them (and, with --database, the live schema)? */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Checks the models against the migrations (and the live database).",
        description = "Registers the models (a model declared wrong fails here, exit code 2), then lists every change the "
                + "migrations do not hold yet; with --database, also every drift between the models, the migrations and the "
                + "live database (tables, columns, types, nullability, indexes, constraints). Exit code 1 when it found any.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Option(names = "--database", description = "Compare the live database too.")
    boolean live;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = Project.open(covet.settings(), true)) {
            Migrations migrations = project.migrations();
            List<String> problems = new ArrayList<>();
            MakeResult pending = migrations.makeMigrations(MakeOptions.standard().withCheck(true).withQuestioner(CheckingQuestioner.INSTANCE));
            for (MakeResult.NewMigration m : pending.files()) {
                for (String op : m.operations()) {
                    problems.add("app " + m.app() + ": no migration holds: " + op + " (run covet makemigrations " + m.app() + ")");
                }
            }
            if (live) {
                problems.addAll(migrations.checkDatabase());
            }
            problems.forEach(out::println);
            out.println(problems.isEmpty() ? "No issues found (" + project.models().size() + " models"
                    + (live ? ", the live database" : "") + ")." : problems.size() + " issue" + (problems.size() == 1 ? "" : "s") + " found.");
            out.flush();
            return problems.isEmpty() ? ExitCode.OK : ExitCode.CHANGES;
        }
    }
}
