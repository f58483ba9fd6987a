package dev.covet.orm.sql.sqlite;

import org.sqlite.ProgressHandler;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * SQLite's statement timeouts. SQLite has no server to enforce one, so the thread that runs a
 * statement carries a deadline: a progress handler on every connection interrupts the virtual
 * machine once it passes (the statement fails with SQLITE_INTERRUPT), and Covet's {@code regexp}
 * function, which runs inside one VM step where no progress handler is called, checks it while the
 * Java regex engine reads its input.
 */
final class SqliteDeadline {
    /** The message of the error raised when a deadline passes inside a Covet function. */
    static final String MESSAGE = "statement timeout: interrupted inside a function";
    /** VM instructions between two checks: cheap enough to leave on, fine enough to stop within milliseconds. */
    private static final int VM_STEPS = 10_000;
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[]{0});

    private SqliteDeadline() {
    }

    /** Installs the progress handler that interrupts a statement whose deadline passed. */
    static void install(Connection connection) throws SQLException {
        // the driver's own connection: a pool's (or an application's DataSource's) wrapper is refused
        ProgressHandler.setHandler(connection.unwrap(org.sqlite.SQLiteConnection.class), VM_STEPS, new ProgressHandler() {
            @Override
            protected int progress() {
                return passed() ? 1 : 0;
            }
        });
    }

    /** Limits the statements the calling thread runs next to {@code millis} from now. */
    static void start(long millis) {
        DEADLINE.get()[0] = millis == 0 ? 0 : System.nanoTime() + millis * 1_000_000L;
    }

    static void clear() {
        DEADLINE.get()[0] = 0;
    }

    /** The calling thread's deadline in {@link System#nanoTime()} terms, or 0 for none. */
    static long current() {
        return DEADLINE.get()[0];
    }

    static boolean passed() {
        long deadline = DEADLINE.get()[0];
        return deadline != 0 && System.nanoTime() - deadline > 0;
    }

    /**
     * The text a regular expression reads, checking {@code deadline} every few thousand characters read
     * (a catastrophic pattern reads the same characters over and over, so it reaches a check quickly).
     */
    static CharSequence bounded(String text, long deadline) {
        return deadline == 0 ? text : new Bounded(text, deadline);
    }

    /** Thrown out of the regex engine when the deadline passes. */
    static final class Passed extends RuntimeException {
        Passed() {
            super(MESSAGE, null, false, false);
        }
    }

    private static final class Bounded implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        Bounded(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() - deadline > 0) {
                throw new Passed();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Bounded(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
