package dev.covet.orm.query;

/**
 * A full-text condition: the fields of {@code vector} match {@code query}. Usable in {@code filter()}.
 *
 * @param vector the fields searched in
 * @param query  what is looked for
 */
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
