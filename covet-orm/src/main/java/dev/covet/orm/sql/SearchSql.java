package dev.covet.orm.sql;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.IndexInfo;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.SearchQuery;
import dev.covet.orm.query.SearchVector;
import dev.covet.orm.sql.ddl.IndexDef;

import java.util.HashSet;
import java.util.List;

/**
 * A database's full-text search: the DDL of a search index and the SQL of a match and of a rank. One
 * implementation per dialect ({@link Dialect#search()}); the search text is always a parameter.
 */
public interface SearchSql {
    /**
     * The statements that create {@code index} on {@code table} (and, where needed, fill it from the rows there).
     *
     * @param table the table, unquoted
     * @param index the search index
     * @param d the dialect to write for
     * @return the statements, in order
     */
    List<String> createIndex(String table, IndexDef index, Dialect d);

    /**
     * The statements that drop {@code index} of {@code table}.
     *
     * @param table the table, unquoted
     * @param index the search index
     * @param d the dialect to write for
     * @return the statements, in order
     */
    List<String> dropIndex(String table, IndexDef index, Dialect d);

    /**
     * The tables a search index is made of (lower case), which the drift check expects besides the models'.
     *
     * @param index the search index
     * @return the table names, empty by default
     */
    default List<String> tables(IndexDef index) {
        return List.of();
    }

    /**
     * The condition "the columns of {@code vector} match {@code query}".
     *
     * @param vector the columns searched
     * @param query the search
     * @param c the compiler the expressions are compiled with
     * @return the condition
     */
    Sql match(SearchVector vector, SearchQuery query, Compiler c);

    /**
     * The relevance of a row for {@code query}, higher is better.
     *
     * @param vector the columns searched
     * @param query the search
     * @param c the compiler the expressions are compiled with
     * @return the rank's SQL
     */
    Sql rank(SearchVector vector, SearchQuery query, Compiler c);

    /**
     * The columns of a resolved vector.
     *
     * @param vector a resolved vector, whose expressions are all columns
     * @return the columns
     */
    static List<Col> columns(SearchVector vector) {
        return vector.columns().stream().map(e -> (Col) e).toList();
    }

    /**
     * The search index of the columns' model that holds all of them ({@code exactly}: no others), or a
     * {@link FieldError} saying which index to declare.
     *
     * @param cols the columns searched, all of one model
     * @param exactly whether the index must hold these columns and no others
     * @param database the database's name, for the message
     * @return the index
     * @throws FieldError if the model has no such search index
     */
    static IndexInfo index(List<Col> cols, boolean exactly, String database) {
        var model = cols.getFirst().field().model();
        var wanted = new HashSet<FieldInfo>();
        cols.forEach(c -> wanted.add(c.field()));
        for (IndexInfo i : model.indexes()) {
            if (i.search() && (exactly ? new HashSet<>(i.fields()).equals(wanted) : i.fields().containsAll(wanted))) {
                return i;
            }
        }
        throw new FieldError("A full-text search on " + database + " needs a search index on " + (exactly ? "exactly " : "")
                + "(" + String.join(", ", cols.stream().map(c -> c.field().name()).toList()) + ") of " + model.name()
                + ": declare @Index(fields = {...}, search = true) in its @Meta(indexes)");
    }

    /**
     * A {@link SearchQuery.Kind} this database does not read.
     *
     * @param query the search whose kind is refused
     * @param database the database's name, for the message
     * @return the exception, for the caller to throw
     */
    static dev.covet.orm.exception.NotSupportedError unsupported(SearchQuery query, String database) {
        return new dev.covet.orm.exception.NotSupportedError("SearchQuery." + query.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " is not supported on " + database + "; use plain, phrase or raw");
    }

    /**
     * Compiles each column of the vector.
     *
     * @param vector the vector
     * @param c the compiler
     * @return the SQL of each column, in order
     */
    static List<Sql> compiled(SearchVector vector, Compiler c) {
        return vector.columns().stream().map((Expression e) -> c.compile(e)).toList();
    }
}
