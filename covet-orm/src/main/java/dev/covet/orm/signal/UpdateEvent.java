package dev.covet.orm.signal;

import java.util.Map;

/**
 * {@code pre_update} and {@code post_update}: a {@code QuerySet.update()} (one statement, no per-object
 * events).
 *
 * @param sender   the model class being updated
 * @param values   the field values being set (expressions stay expressions)
 * @param rowCount for {@code post_update}: the rows changed; -1 before
 * @param sql      the query of the rows being updated, as {@code toSql()} shows it
 * @param database the alias of the database updated
 */
public record UpdateEvent(Class<?> sender, Map<String, Object> values, int rowCount, String sql, String database)
        implements SignalEvent {
}
