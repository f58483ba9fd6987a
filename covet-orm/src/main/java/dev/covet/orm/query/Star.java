package dev.covet.orm.query;

/** The {@code *} of {@code COUNT(*)}. */
public enum Star implements Expression {
    /** The only instance. */
    INSTANCE;

    @Override
    public Expression resolve(Resolver query) {
        return this;
    }

    @Override
    public OutputType outputType() {
        return OutputType.ANY;
    }
}
