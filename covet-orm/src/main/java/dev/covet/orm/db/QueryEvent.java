package dev.covet.orm.db;

import java.util.List;

/**
 * One statement Covet ran: on which database, its SQL and parameters, how long it took and
 * whether it failed.
 */
public record QueryEvent(String database, String sql, List<Object> params, long nanos, Throwable error) {
    public boolean failed() {
        return error != null;
    }
}
