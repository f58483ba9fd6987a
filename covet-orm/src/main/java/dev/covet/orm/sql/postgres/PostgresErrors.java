package dev.covet.orm.sql.postgres;

import dev.covet.orm.exception.CheckViolation;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.DeadlockDetected;
import dev.covet.orm.exception.ForeignKeyViolation;
import dev.covet.orm.exception.LockNotAvailable;
import dev.covet.orm.exception.NotNullViolation;
import dev.covet.orm.exception.OperationalError;
import dev.covet.orm.exception.QueryCanceled;
import dev.covet.orm.exception.SerializationFailure;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.sql.ErrorTranslator;

import java.sql.SQLException;

/**
 * PostgreSQL's SQLSTATEs as Covet exceptions, by code and then by class ({@code 23}, {@code 22}, {@code 08}, ...). Immutable and thread-safe.
 */
final class PostgresErrors extends ErrorTranslator {
    /** The one table: it holds no state. */
    static final PostgresErrors INSTANCE = new PostgresErrors();

    private PostgresErrors() {
    }

    @Override
    public CovetException translate(SQLException e, String sql) {
        String message = describe(e, sql);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "23505" -> new UniqueViolation(message, e);
            case "23502" -> new NotNullViolation(message, e);
            case "23503" -> new ForeignKeyViolation(message, e);
            case "23514" -> new CheckViolation(message, e);
            case "40P01" -> new DeadlockDetected(message, e);
            case "40001" -> new SerializationFailure(message, e);
            case "55P03" -> new LockNotAvailable(message, e);
            case "57014" -> new QueryCanceled(message, e);
            case "57P01", "57P02", "57P03" -> new ConnectionLost(message, e);
            default -> {
                CovetException byClass = byStateClass(state, message, e);
                if (byClass != null) {
                    yield byClass;
                }
                if (state.startsWith("40") || state.startsWith("53") || state.startsWith("55")) {
                    yield new OperationalError(message, e);
                }
                yield new DatabaseError(message, e);
            }
        };
    }
}
