package dev.covet.cli;

import dev.covet.orm.migrate.Questioner;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Asks {@code makemigrations}'s questions (a rename? a one-off value for existing rows?) on the
 * terminal, one line per answer. Not thread-safe.
 */
final class TerminalQuestioner implements Questioner {
    private final BufferedReader in;
    private final PrintWriter out;

    TerminalQuestioner(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** Questions read from standard input. */
    static TerminalQuestioner onStdin(PrintWriter out) {
        return new TerminalQuestioner(new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), out);
    }

    /** Is standard input a terminal (so that someone can answer)? */
    static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+: System.console() is there even when input is redirected; isTerminal() tells
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;   // JDK 21: a console means a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public boolean askRenameField(String model, String from, String to) {
        return yes("Was " + model + "." + from + " renamed to " + model + "." + to + "? [y/N] ");
    }

    @Override
    public boolean askRenameModel(String from, String to) {
        return yes("Was the model " + from + " renamed to " + to + "? [y/N] ");
    }

    @Override
    public Object askDefault(String model, String field, String type) {
        out.println("The new field " + model + "." + field + " (" + type + ") is NOT NULL, and rows that exist need a value.");
        String answer = ask("A one-off value for them (empty to stop and add a default or make the field nullable): ");
        return answer == null || answer.isBlank() ? null : OneOffValue.parse(answer.trim());
    }

    private boolean yes(String question) {
        String answer = ask(question);
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private String ask(String question) {
        out.print(question);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the answer from the terminal: " + e.getMessage(), e);
        }
    }
}
