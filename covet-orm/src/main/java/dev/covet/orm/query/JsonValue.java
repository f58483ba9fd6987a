package dev.covet.orm.query;

/**
 * A constant compared with a JSON key: PostgreSQL compares it as JSON, the others as the plain value.
 *
 * @param value the constant
 */
public record JsonValue(Value value) implements Expression {
    @Override
    public Expression resolve(Resolver query) {
        return this;
    }

    @Override
    public OutputType outputType() {
        return OutputType.ANY;
    }
}
