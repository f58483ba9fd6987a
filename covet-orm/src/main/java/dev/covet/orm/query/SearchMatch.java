package dev.covet.orm.query;

/** A full-text condition: the fields of {@code vector} match {@code query}. Usable in {@code filter()}. */
public record SearchMatch(SearchVector vector, SearchQuery query) implements Expression {
    @Override
    public Expression resolve(Resolver resolver) {
        return new SearchMatch(vector.resolve(resolver), query);
    }

    @Override
    public OutputType outputType() {
        return OutputType.BOOLEAN;
    }
}
