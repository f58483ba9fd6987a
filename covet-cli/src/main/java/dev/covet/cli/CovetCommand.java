package dev.covet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The {@code covet} command and the options every subcommand takes. The options win over the
 * environment, which wins over the settings file.
 */
@Command(name = "covet", mixinStandardHelpOptions = true, version = "covet 0.1.0",
        description = "Migrations, schema inspection and database tools for Covet models.",
        subcommands = {MakeMigrationsCommand.class, MigrateCommand.class, ShowMigrationsCommand.class, SqlMigrateCommand.class,
                SquashMigrationsCommand.class, LintMigrationsCommand.class, CheckCommand.class, InspectDbCommand.class,
                DbShellCommand.class, CreateTablesCommand.class},
        footerHeading = "%nSettings:%n",
        footer = {"covet.properties in the working directory (or --settings FILE) may set database.url, models.packages and "
                + "migrations.dir; the environment variables DATABASE_URL, COVET_MODELS and COVET_CLASSPATH win over it, "
                + "and the options above win over both.",
                "%nExit codes: 0 done, 1 changes or drift found, 2 wrong command, options or settings, 3 a migration "
                + "failed, 4 the database could not be reached or another error."})
final class CovetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--settings", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The settings file (default: covet.properties in the working directory, if there is one).")
    Path settingsFile;

    @Option(names = "--database-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "The database URL, such as sqlite:app.db or postgresql://user@host:5432/app (default: DATABASE_URL, then database.url).")
    String database;

    @Option(names = "--models", paramLabel = "PACKAGE", split = ",", scope = ScopeType.INHERIT,
            description = "The packages holding the model classes, comma-separated (default: COVET_MODELS, then models.packages).")
    List<String> models;

    @Option(names = "--migrations", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where migration files are written and read (default: migrations.dir, then " + Settings.DEFAULT_MIGRATIONS + ").")
    Path migrations;

    @Option(names = "--classpath", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The application's classes and jars (separated by '${sys:path.separator}'; 'dir/*' takes every jar in dir), so that its models are found (default: COVET_CLASSPATH).")
    String classpath;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().println("\nName a subcommand, for example: covet migrate");
        return ExitCode.USAGE;
    }

    /** The settings, from these options, the environment and the settings file. */
    Settings settings() {
        return Settings.resolve(this, System.getenv(), Path.of(""));
    }
}
