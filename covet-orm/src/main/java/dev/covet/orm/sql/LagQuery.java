package dev.covet.orm.sql;

/**
 * How a dialect asks a replica for its lag: the statement, and the column holding seconds (null: not a replica).
 *
 * @param sql    the query
 * @param column the column of its one row that holds the lag in seconds
 */
public record LagQuery(Sql sql, String column) {
}
