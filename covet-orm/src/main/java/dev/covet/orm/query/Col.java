package dev.covet.orm.query;

import dev.covet.orm.meta.FieldInfo;

/**
 * A column of one of the query's tables. {@code table} indexes the query's table list
 * (0 is the model's own table); the compiler assigns SQL aliases. {@code column} is the
 * field's column, except where a junction table holds the same value under another name.
 *
 * @param table  the index of the table in the query's table list
 * @param field  the model field whose value the column holds
 * @param column the column's name in that table
 */
public record Col(int table, FieldInfo field, String column) implements Expression {
    /**
     * The field's own column in the given table.
     *
     * @param table the index of the table in the query's table list
     * @param field the model field
     */
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
