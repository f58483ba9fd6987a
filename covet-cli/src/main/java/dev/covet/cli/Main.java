package dev.covet.cli;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.migrate.MigrationError;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Runs the {@code covet} command and exits with its {@link ExitCode}. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the subcommand and its options, as typed after {@code covet}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command with {@code args}, printing to stdout and stderr.
     *
     * @param args the subcommand and its options, as typed after {@code covet}
     * @return the exit code (0 on success; see {@link ExitCode})
     */
    public static int run(String... args) {
        // HikariCP and Covet log at INFO while they start; the command's own lines are what a user reads
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // HikariCP warns when closing its pool takes long on a busy machine: nothing a user of the command can act on
        if (System.getProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "error");
        }
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CovetCommand());
        cli.setExecutionExceptionHandler(Main::failed);
        cli.setParameterExceptionHandler(Main::badUsage);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** A wrong subcommand, option or argument: say what was wrong, the usage of that command, and exit 2. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("covet: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println();
            cli.usage(err);
        }
        err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return ExitCode.USAGE;
    }

    /** A subcommand failed: one message saying what to do next, and the exit code of that kind of failure. */
    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        int code;
        String message;
        if (e instanceof CliError c) {
            code = c.exitCode();
            message = c.getMessage();
        } else if (e instanceof ImproperlyConfigured) {
            code = ExitCode.USAGE;
            message = e.getMessage();
        } else if (e instanceof MigrationError) {
            code = ExitCode.MIGRATION_FAILED;
            message = e.getMessage();
        } else if (e instanceof ConnectionLost) {
            code = ExitCode.ERROR;
            message = e.getMessage() + "\nCheck the database URL (--database-url, DATABASE_URL or database.url) and that the server is running.";
        } else if (e instanceof CovetException) {
            code = ExitCode.ERROR;
            message = e.getMessage();
        } else {
            code = ExitCode.ERROR;
            message = "unexpected " + e;
            e.printStackTrace(err);
        }
        err.println("covet " + cli.getCommandName() + ": " + message);
        err.flush();
        return code;
    }
}
