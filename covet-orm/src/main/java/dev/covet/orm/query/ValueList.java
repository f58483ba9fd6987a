package dev.covet.orm.query;

import java.util.List;

/**
 * The right-hand side of {@code in} and {@code range}: several values.
 *
 * @param items the values, in order
 */
public record ValueList(List<Expression> items) implements Expression {
    /** Copies the items. */
    public ValueList {
        items = List.copyOf(items);
    }

    @Override
    public Expression resolve(Resolver query) {
        return this;
    }

    @Override
    public OutputType outputType() {
        return items.isEmpty() ? OutputType.ANY : items.getFirst().outputType();
    }
}
