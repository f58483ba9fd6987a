package dev.covet.orm.query;

/**
 * How well the fields of {@code vector} match {@code query}, higher is better: {@code ts_rank} on
 * PostgreSQL, the relevance of {@code MATCH ... AGAINST} on MariaDB, {@code -bm25} on SQLite (0 where
 * the row does not match). The scales differ per database; the order of the best matches is what
 * they share.
 */
public record SearchRank(SearchVector vector, SearchQuery query) implements Expression {
    public static SearchRank of(SearchVector vector, SearchQuery query) {
        return new SearchRank(vector, query);
    }

    public static SearchRank of(SearchVector vector, String words) {
        return new SearchRank(vector, SearchQuery.plain(words));
    }

    @Override
    public Expression resolve(Resolver resolver) {
        return new SearchRank(vector.resolve(resolver), query);
    }

    @Override
    public OutputType outputType() {
        return OutputType.DOUBLE;
    }
}
