package dev.covet.orm.sql;

import dev.covet.orm.query.OutputType;

import java.util.List;

/**
 * A compiled {@code aggregate()} (or count): one row of named values; {@code empty} when no query is needed.
 *
 * @param sql   the SELECT
 * @param names the aggregates' names, in column order
 * @param types how each value is read
 * @param empty whether the query can match no row (then the values are those of no rows, without a query)
 */
public record CompiledAggregate(Sql sql, List<String> names, List<OutputType> types, boolean empty) {
}
