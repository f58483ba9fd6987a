package dev.covet.orm.sql;

import dev.covet.orm.query.OutputType;

import java.util.List;

/** A compiled {@code aggregate()} (or count): one row of named values; {@code empty} when no query is needed. */
public record CompiledAggregate(Sql sql, List<String> names, List<OutputType> types, boolean empty) {
}
