package dev.covet.orm.db;

import java.util.List;

/**
 * One statement Covet ran: on which database, its SQL and parameters, how long it took and
 * whether it failed.
 *
 * @param database the alias of the database it ran on
 * @param sql      the statement's text
 * @param params   its parameter values, in order
 * @param nanos    how long it took, in nanoseconds
 * @param error    the exception it failed with, or null when it succeeded
 */
public record QueryEvent(String database, String sql, List<Object> params, long nanos, Throwable error) {
    /**
     * Did the statement fail?
     *
     * @return true when it ended in an exception
     */
    public boolean failed() {
        return error != null;
    }
}
