package dev.covet.cli;

import dev.covet.orm.migrate.MigrateOptions;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints what {@code migrate} does as it does it: each migration, each operation (i of n) with the time gone so far. */
final class ProgressLines implements MigrateOptions.Progress {
    private final PrintWriter out;
    private long started;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void migrationStarted(String app, String name, boolean backwards, int operations) {
        started = System.nanoTime();
        out.println((backwards ? "Unapplying " : "Applying ") + app + "." + name + " (" + operations + " operation"
                + (operations == 1 ? "" : "s") + ")");
        out.flush();
    }

    @Override
    public void operationStarted(int index, int count, String description) {
        out.println("  operation " + index + " of " + count + " [" + seconds(System.nanoTime() - started) + "]: " + description);
        out.flush();
    }

    @Override
    public void migrationFinished(String app, String name, long millis, boolean fake) {
        out.println("  " + (fake ? "FAKED" : "OK") + " " + app + "." + name + " in " + seconds(millis * 1_000_000));
        out.flush();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
