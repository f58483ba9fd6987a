package dev.covet.orm.sql;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.DataError;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.exception.ProgrammingError;

import java.sql.SQLException;

/**
 * One database's table from driver errors to Covet exceptions (SQLSTATE or vendor code to
 * {@code IntegrityError} subtypes, {@code DeadlockDetected}, {@code LockNotAvailable},
 * {@code QueryCanceled}, {@code ConnectionLost}, ...). A dialect hands out its own
 * ({@link Dialect#errors()}). Implementations are immutable and thread-safe.
 */
public abstract class ErrorTranslator {
    /** For subclasses: each dialect package holds its database's table. */
    protected ErrorTranslator() {
    }

    /**
     * The Covet exception for a driver error; {@code sql} is the statement that failed.
     *
     * @param e the error the driver raised
     * @param sql the failed statement, or null when unknown
     * @return the matching Covet exception ({@code IntegrityError}, {@code OperationalError}, ...), never null
     */
    public abstract CovetException translate(SQLException e, String sql);

    /**
     * Did {@code e} refuse a write because the session or the server only reads (SQLSTATE 25006)?
     *
     * @param e the error the driver raised
     * @return true for a refused write on a read-only session or server
     */
    public boolean isReadOnlyViolation(SQLException e) {
        return "25006".equals(e.getSQLState());
    }

    /**
     * The exception the class of a SQLSTATE names, for the codes a table does not list: {@code 23}
     * integrity, {@code 22} data, {@code 08} connection, {@code 42} syntax or access.
     *
     * @param state the SQLSTATE, or "" when the driver gave none
     * @param message the message of the translated error
     * @param e the error the driver raised
     * @return the exception, or null for another class
     */
    protected static CovetException byStateClass(String state, String message, SQLException e) {
        if (state.startsWith("23")) {
            return new IntegrityError(message, e);
        }
        if (state.startsWith("22")) {
            return new DataError(message, e);
        }
        if (state.startsWith("08")) {
            return new ConnectionLost(message, e);
        }
        if (state.startsWith("42")) {
            return new ProgrammingError(message, e);
        }
        return null;
    }

    /**
     * The message of a translated error: the driver's, with the failed statement, and a word on the
     * socket timeout when that is what ended the connection.
     *
     * @param e the error the driver raised
     * @param sql the failed statement, or null when unknown
     * @return the message
     */
    protected static String describe(SQLException e, String sql) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                message = "The server did not answer within the socket timeout (socketTimeout), so the connection was given up: " + message;
                break;
            }
        }
        return sql == null ? message : message + " [SQL: " + sql + "]";
    }
}
