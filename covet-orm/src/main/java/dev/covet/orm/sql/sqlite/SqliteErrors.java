package dev.covet.orm.sql.sqlite;

import dev.covet.orm.exception.CheckViolation;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.DataError;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.ForeignKeyViolation;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.exception.LockNotAvailable;
import dev.covet.orm.exception.NotNullViolation;
import dev.covet.orm.exception.OperationalError;
import dev.covet.orm.exception.ProgrammingError;
import dev.covet.orm.exception.QueryCanceled;
import dev.covet.orm.exception.SerializationFailure;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.sql.ErrorTranslator;

import java.sql.SQLException;

/**
 * SQLite's result codes as Covet exceptions: xerial reports extended result codes, whose low byte is the primary code;
 * Covet's own functions and statement deadline fail with messages of their own. Immutable and thread-safe.
 */
final class SqliteErrors extends ErrorTranslator {
    /** The one table: it holds no state. */
    static final SqliteErrors INSTANCE = new SqliteErrors();

    private SqliteErrors() {
    }

    @Override
    public boolean isReadOnlyViolation(SQLException e) {
        return e.getErrorCode() == 8 || (e.getMessage() != null && e.getMessage().contains("SQLITE_READONLY"));
    }

    @Override
    public CovetException translate(SQLException e, String sql) {
        String message = describe(e, sql);
        int code = e.getErrorCode();
        if (e.getMessage() != null && (e.getMessage().contains("Invalid regular expression")
                || e.getMessage().contains(SqliteFunctions.TOO_DEEP))) {
            return new DataError(message, e);
        }
        if (e.getMessage() != null && e.getMessage().contains(SqliteDeadline.MESSAGE)) {
            return new QueryCanceled(message, e);
        }
        // xerial reports extended result codes; the low byte is the primary code
        return switch (code) {
            case 2067, 1555 -> new UniqueViolation(message, e);
            case 1299 -> new NotNullViolation(message, e);
            case 787 -> new ForeignKeyViolation(message, e);
            case 275 -> new CheckViolation(message, e);
            // SQLITE_BUSY_SNAPSHOT: a WAL reader's snapshot went stale before it could write
            case 517 -> new SerializationFailure(message, e);
            default -> switch (code & 0xff) {
                case 19 -> constraint(message, e);
                case 5, 6 -> new LockNotAvailable(message, e);
                case 9 -> new QueryCanceled(message, e);
                case 18, 20, 25 -> new DataError(message, e);
                case 1 -> new ProgrammingError(message, e);
                case 0 -> "2201B".equals(e.getSQLState()) ? new DataError(message, e) : new DatabaseError(message, e);
                default -> new OperationalError(message, e);
            };
        };
    }

    private static IntegrityError constraint(String message, SQLException e) {
        String m = message.toUpperCase(java.util.Locale.ROOT);
        if (m.contains("UNIQUE") || m.contains("PRIMARY KEY")) {
            return new UniqueViolation(message, e);
        }
        if (m.contains("NOT NULL")) {
            return new NotNullViolation(message, e);
        }
        if (m.contains("FOREIGN KEY")) {
            return new ForeignKeyViolation(message, e);
        }
        if (m.contains("CHECK")) {
            return new CheckViolation(message, e);
        }
        return new IntegrityError(message, e);
    }
}
