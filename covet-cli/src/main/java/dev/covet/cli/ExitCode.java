package dev.covet.cli;

/**
 * The exit codes of the {@code covet} command, stable for scripts and CI:
 * 0 done, 1 differences found (by {@code makemigrations --check} or {@code check}), 2 the command or
 * its settings were wrong, 3 a migration could not be made or applied, 4 the database could not be
 * reached or something else failed.
 */
public final class ExitCode {
    /** Done; nothing was wrong. */
    public static final int OK = 0;
    /** {@code makemigrations --check} found changes, or {@code check} found drift. */
    public static final int CHANGES = 1;
    /** An unknown subcommand, option, app or migration, or settings that are missing or wrong. */
    public static final int USAGE = 2;
    /** A migration could not be made, applied or reversed. */
    public static final int MIGRATION_FAILED = 3;
    /** The database could not be reached, a client program is missing, or another error. */
    public static final int ERROR = 4;

    private ExitCode() {
    }
}
