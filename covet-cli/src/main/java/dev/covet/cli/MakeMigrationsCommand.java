package dev.covet.cli;

import dev.covet.orm.migrate.MakeOptions;
import dev.covet.orm.migrate.MakeResult;
import dev.covet.orm.migrate.Migrations;
import dev.covet.orm.migrate.Questioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code covet makemigrations}: the next migration file of each app whose models changed. */
@Command(name = "makemigrations", mixinStandardHelpOptions = true,
        header = "Writes a migration for each app whose models changed.",
        description = "Compares the models with the state their apps' migration files build up and writes the next "
                + "file of each app that differs (migrations.dir/<app>/NNNN_name.json). A field or model that vanished "
                + "while a like one appeared is a rename only when --rename says so or you confirm it on a terminal; a new "
                + "NOT NULL field takes a one-off value for existing rows from --default, its Java initializer, or your "
                + "answer. Exit code 1 with --check when a migration is missing.")
final class MakeMigrationsCommand implements Callable<Integer> {
    private static final Pattern RENAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?=[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DEFAULT_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*");

    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP", arity = "0..*", description = "Only these apps (default: every app).")
    List<String> apps = List.of();

    @Option(names = "--name", paramLabel = "NAME", description = "The new file's name after its number (default: one made from the operations).")
    String name;

    @Option(names = "--empty", description = "Write a migration with no operations (for a RunSQL or RunJava step) to each app named.")
    boolean empty;

    @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
    boolean dryRun;

    @Option(names = "--check", description = "Write nothing; exit 1 when the models have changes no migration holds (for CI).")
    boolean check;

    @Option(names = "--merge", description = "Write a merge migration for each app whose history split in two (two NNNN files from two branches).")
    boolean merge;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A confirmed rename: Old=New for a model, Model.old=new for a field. Repeatable.")
    List<String> renames = List.of();

    @Option(names = "--default", paramLabel = "MODEL.FIELD=VALUE", description = "A one-off value for a new NOT NULL field's existing rows. Repeatable.")
    Map<String, String> defaults = new LinkedHashMap<>();

    @Option(names = "--no-input", description = "Ask nothing, even on a terminal: an unconfirmed rename is a removal and an addition.")
    boolean noInput;

    @Option(names = "--interactive", description = "Ask even when standard input is not a terminal (answers are read line by line).")
    boolean interactive;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String r : renames) {
            if (!RENAME.matcher(r).matches()) {
                throw CliError.usage("--rename " + r + ": write Old=New for a model or Model.old=new for a field.");
            }
        }
        for (String key : defaults.keySet()) {
            if (!DEFAULT_KEY.matcher(key).matches()) {
                throw CliError.usage("--default " + key + "=...: write Model.field=value.");
            }
        }
        if (empty && apps.isEmpty()) {
            throw CliError.usage("--empty needs the app to write the migration to: covet makemigrations --empty <app>.");
        }
        try (Project project = Project.open(covet.settings(), true)) {
            Migrations migrations = project.migrations();
            for (String app : apps) {
                project.requireApp(migrations, app);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            defaults.forEach((k, v) -> values.put(k, OneOffValue.parse(v)));
            Questioner questioner = check ? CheckingQuestioner.INSTANCE
                    : !noInput && (interactive || TerminalQuestioner.stdinIsTerminal()) ? TerminalQuestioner.onStdin(out) : Questioner.NONE;
            MakeResult result = migrations.makeMigrations(new MakeOptions(apps, name, empty, dryRun, check, merge, renames, values, questioner));
            if (result.files().isEmpty()) {
                out.println(merge ? "No app has conflicting migrations; nothing to merge."
                        : "No changes detected" + (apps.isEmpty() ? "." : " in " + String.join(", ", apps) + "."));
                out.flush();
                return ExitCode.OK;
            }
            for (MakeResult.NewMigration m : result.files()) {
                out.println((check ? "Missing migration for '" : "Migrations for '") + m.app() + "':");
                out.println("  " + (m.path() == null ? m.app() + "/" + m.name() + ".json" : m.path()) + (dryRun || check ? " (not written)" : ""));
                for (String op : m.operations()) {
                    out.println("    - " + op);
                }
                if (dryRun) {
                    out.println(m.json());
                }
            }
            if (!check) {
                for (MakeResult.NewMigration m : result.files()) {
                    m.warnings().forEach(w -> out.println("Warning: " + m.app() + "." + m.name() + ": " + w));
                }
            }
            out.flush();
            if (check && result.changes()) {
                spec.commandLine().getErr().println("The models have changes that no migration holds; run covet makemigrations"
                        + (apps.isEmpty() ? "" : " " + String.join(" ", apps)) + " and commit the file.");
                return ExitCode.CHANGES;
            }
            return ExitCode.OK;
        }
    }
}
