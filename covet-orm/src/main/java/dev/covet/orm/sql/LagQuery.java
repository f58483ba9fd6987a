package dev.covet.orm.sql;

/** How a dialect asks a replica for its lag: the statement, and the column holding seconds (null: not a replica). */
public record LagQuery(Sql sql, String column) {
}
