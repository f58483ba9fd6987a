package dev.covet.orm.query;

import java.util.List;

/** The right-hand side of {@code in} and {@code range}: several values. */
public record ValueList(List<Expression> items) implements Expression {
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
