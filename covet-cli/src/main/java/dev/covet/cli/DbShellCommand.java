package dev.covet.cli;

import dev.covet.orm.db.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code covet dbshell}: the database's own client, connected to the configured database. */
@Command(name = "dbshell", mixinStandardHelpOptions = true,
        header = "Runs the database's own client (sqlite3, psql, mariadb).",
        description = "Runs the database's own client on the configured database: sqlite3, psql, or mariadb (mysql when "
                + "there is no mariadb). The password goes to the client through PGPASSWORD or MYSQL_PWD, never on its "
                + "command line. Arguments after -- go to the client, for example covet dbshell -- -c 'SELECT 1'. "
                + "Exits with the client's exit code.")
final class DbShellCommand implements Callable<Integer> {
    @ParentCommand
    CovetCommand covet;

    @Spec
    CommandSpec spec;

    @Option(names = "--print", description = "Print the client's command line instead of running it (the password is not shown: it travels in the environment).")
    boolean print;

    @Parameters(paramLabel = "ARG", arity = "0..*", description = "Arguments for the client, after --.")
    List<String> clientArgs = List.of();

    @Override
    public Integer call() {
        DatabaseUrl url = DatabaseUrl.parse(covet.settings().requireDatabaseUrl());
        DatabaseClient client = DatabaseClient.of(url, clientArgs);
        if (print) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.join(" ", client.command()));
            out.flush();
            return ExitCode.OK;
        }
        ProcessBuilder pb = new ProcessBuilder(client.command()).inheritIO();
        pb.environment().putAll(client.environment());
        try {
            return pb.start().waitFor();
        } catch (IOException e) {
            throw new CliError(ExitCode.ERROR, "Cannot run " + client.command().getFirst() + " (" + e.getMessage() + "). Install the "
                    + url.scheme() + " client (Debian/Ubuntu: apt install " + client.debianPackage() + ") or put it on the PATH.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.ERROR;
        }
    }
}
