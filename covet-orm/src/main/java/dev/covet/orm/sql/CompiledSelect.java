package dev.covet.orm.sql;

/**
 * A compiled SELECT: its SQL, the shape of its rows, and whether it is known to return nothing
 * (in which case it need not be sent at all).
 *
 * @param sql   the SELECT
 * @param shape what each row's columns are
 * @param empty whether the query is known to return no row
 */
public record CompiledSelect(Sql sql, SelectShape shape, boolean empty) {
}
