package dev.covet.orm.query;

/**
 * How well the fields of {@code vector} match {@code query}, higher is better: {@code ts_rank} on
 * PostgreSQL, the relevance of {@code MATCH ... AGAINST} on MariaDB, {@code -bm25} on SQLite (0 where
 * the row does not match). The scales differ per database; the order of the best matches is what
 * they share.
 *
 * @param vector the fields searched in
 * @param query  what is looked for
 */
public record SearchRank(SearchVector vector, SearchQuery query) implements Expression {
    /**
     * The rank of each row for {@code query} (Django's {@code SearchRank}).
     *
     * @param vector the fields searched in
     * @param query  what is looked for
     * @return the rank, a double, for {@code annotate} and {@code orderBy}
     */
    public static SearchRank of(SearchVector vector, SearchQuery query) {
        return new SearchRank(vector, query);
    }

    /**
     * The rank of each row for {@link SearchQuery#plain} {@code words}.
     *
     * @param vector the fields searched in
     * @param words  the words looked for
     * @return the rank, a double, for {@code annotate} and {@code orderBy}
     * @throws dev.covet.orm.exception.ValidationError if the text holds no words
     */
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
