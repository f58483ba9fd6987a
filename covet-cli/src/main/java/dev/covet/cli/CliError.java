package dev.covet.cli;

/**
 * A failure the command reports in one message (what was wrong and what to do next) with its
 * {@link ExitCode}, without a stack trace.
 */
final class CliError extends RuntimeException {
    private final int exitCode;

    CliError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliError usage(String message) {
        return new CliError(ExitCode.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
