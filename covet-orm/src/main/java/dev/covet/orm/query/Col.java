package dev.covet.orm.query;

import dev.covet.orm.meta.FieldInfo;

/**
 * A column of one of the query's tables. {@code table} indexes the query's table list
 * (0 is the model's own table); the compiler assigns SQL aliases. {@code column} is the
 * field's column, except where a junction table holds the same value under another name.
 */
public record Col(int table, FieldInfo field, String column) implements Expression {
    public Col(int table, FieldInfo field) {
        this(table, field, field.column());
    }

    @Override
    public Expression resolve(Resolver query) {
        return this;
    }

    @Override
    public OutputType outputType() {
        return OutputType.of(field);
    }

    // Written out rather than generated, as OrderBy's: compared on every query by the template cache
    @Override
    public boolean equals(Object o) {
        return o instanceof Col other && table == other.table && field == other.field && java.util.Objects.equals(column, other.column);
    }

    @Override
    public int hashCode() {
        return (table * 31 + System.identityHashCode(field)) * 31 + java.util.Objects.hashCode(column);
    }
}
