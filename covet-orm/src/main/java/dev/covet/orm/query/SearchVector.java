package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.Naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text fields a full-text search looks in, with an optional weight per field ({@code A} to {@code D})
 * and a text search configuration (PostgreSQL). {@link #matches} is the condition, {@link SearchRank}
 * the relevance. As an annotation it reads as the searched text, and {@code filter("annotation", "words")}
 * (or {@code filter("annotation", SearchQuery...)}) is a match, as Django's
 * {@code annotate(search=SearchVector("title")).filter(search="django")}. Immutable.
 *
 * <pre>{@code
 * SearchVector v = SearchVector.of("title", "body").weights("A", "B").config("english");
 * Post.objects.annotate("rank", SearchRank.of(v, SearchQuery.plain("quick fox"))).filter(v.matches(SearchQuery.plain("quick fox")));
 * }</pre>
 *
 * @param columns the text fields searched in
 * @param weights one weight per field ({@code A} to {@code D}), or empty for none
 * @param config  the PostgreSQL text search configuration, or null for {@code english}
 */
public record SearchVector(List<Expression> columns, List<String> weights, String config) implements Expression {
    private static final Set<String> WEIGHTS = Set.of("A", "B", "C", "D");

    /**
     * Copies the lists and checks the fields, the weights and the configuration name.
     *
     * @throws FieldError if there is no field
     * @throws ValidationError if the weights do not match the fields or the configuration is no name
     */
    public SearchVector {
        columns = List.copyOf(columns);
        weights = List.copyOf(weights);
        if (columns.isEmpty()) {
            throw new FieldError("A SearchVector needs at least one field");
        }
        if (!weights.isEmpty() && weights.size() != columns.size()) {
            throw ValidationError.of("search", "A SearchVector takes one weight per field: " + columns.size() + " fields, "
                    + weights.size() + " weights");
        }
        for (String w : weights) {
            if (!WEIGHTS.contains(w)) {
                throw ValidationError.of("search", "A search weight is A, B, C or D, not '" + w + "'");
            }
        }
        if (config != null && !Naming.isIdentifier(config)) {
            throw ValidationError.of("search", "A text search configuration is a name such as english, not '" + config + "'");
        }
    }

    /**
     * The text fields to search in (Django's {@code SearchVector("title", "body")}).
     *
     * @param fields field paths to text fields
     * @return the vector, without weights or configuration
     * @throws FieldError if no field is given
     */
    public static SearchVector of(String... fields) {
        List<Expression> cols = new ArrayList<>();
        for (String f : fields) {
            cols.add(PathRef.of(f));
        }
        return new SearchVector(cols, List.of(), null);
    }

    /**
     * One weight per field, {@code A} (highest) to {@code D}: PostgreSQL ranks with them.
     *
     * @param perField the weights, in the order of the fields
     * @return a new vector
     * @throws ValidationError if the count differs from the fields' or a weight is not A to D
     */
    public SearchVector weights(String... perField) {
        return new SearchVector(columns, List.of(perField), config);
    }

    /**
     * A PostgreSQL text search configuration ({@code english}, {@code simple}, ...); the default is {@code english}.
     *
     * @param name the configuration's name
     * @return a new vector
     * @throws ValidationError if the name is not an identifier
     */
    public SearchVector config(String name) {
        return new SearchVector(columns, weights, name);
    }

    /**
     * The condition "these fields match {@code query}", for {@code filter()}.
     *
     * @param query what to look for
     * @return the condition
     */
    public SearchMatch matches(SearchQuery query) {
        return new SearchMatch(this, query);
    }

    /**
     * {@link #matches} with {@link SearchQuery#plain}.
     *
     * @param words the words that must all occur
     * @return the condition
     * @throws ValidationError if the text holds no words
     */
    public SearchMatch matches(String words) {
        return matches(SearchQuery.plain(words));
    }

    /** The vector with its fields resolved to columns, each checked to be text on the query's own table. */
    @Override
    public SearchVector resolve(Expression.Resolver query) {
        List<Expression> out = new ArrayList<>();
        for (Expression e : columns) {
            Expression r = e.resolve(query);
            if (!(r instanceof Col c) || c.field().storage() != Storage.STRING) {
                throw new FieldError("A full-text search looks in text fields, not " + PathResolver.describe(r));
            }
            if (!out.isEmpty() && ((Col) out.getFirst()).table() != c.table()) {
                throw new FieldError("The fields of a SearchVector must be of one table; " + c.field() + " is not");
            }
            out.add(r);
        }
        return new SearchVector(out, weights, config);
    }

    @Override
    public OutputType outputType() {
        return OutputType.STRING;
    }
}
