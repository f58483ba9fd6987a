package dev.covet.orm.sql.mysql;

import dev.covet.orm.exception.CheckViolation;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.DataError;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.DeadlockDetected;
import dev.covet.orm.exception.ForeignKeyViolation;
import dev.covet.orm.exception.LockNotAvailable;
import dev.covet.orm.exception.NotNullViolation;
import dev.covet.orm.exception.ProgrammingError;
import dev.covet.orm.exception.QueryCanceled;
import dev.covet.orm.exception.SerializationFailure;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.sql.ErrorTranslator;

import java.sql.SQLException;

/**
 * MySQL's and MariaDB's vendor error codes as Covet exceptions, then their SQLSTATE classes. Immutable and thread-safe.
 */
final class MySqlErrors extends ErrorTranslator {
    /** The one table: it holds no state. */
    static final MySqlErrors INSTANCE = new MySqlErrors();

    private MySqlErrors() {
    }

    @Override
    public CovetException translate(SQLException e, String sql) {
        String message = describe(e, sql);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (e.getErrorCode()) {
            case 1062, 1586, 1022 -> new UniqueViolation(message, e);
            case 1048, 1364 -> new NotNullViolation(message, e);
            case 1451, 1452, 1216, 1217 -> new ForeignKeyViolation(message, e);
            case 3819, 4025 -> new CheckViolation(message, e);
            case 1406, 1264, 1366, 1292, 1265, 1367, 1139 -> new DataError(message, e);
            case 1213 -> new DeadlockDetected(message, e);
            // MariaDB: "record has changed since last read" under innodb_snapshot_isolation
            case 1020 -> new SerializationFailure(message, e);
            case 1205, 3572 -> new LockNotAvailable(message, e);
            case 1317, 3024, 1969 -> new QueryCanceled(message, e);
            // 1927: MariaDB's "connection was killed" (KILL, or the server shutting down)
            case 2002, 2006, 2013, 1927 -> new ConnectionLost(message, e);
            case 1064, 1146, 1054, 1060, 1091 -> new ProgrammingError(message, e);
            default -> {
                CovetException byClass = byStateClass(state, message, e);
                if (byClass != null) {
                    yield byClass;
                }
                yield new DatabaseError(message, e);
            }
        };
    }
}
