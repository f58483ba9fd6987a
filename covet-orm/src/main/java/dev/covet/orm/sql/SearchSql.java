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
    /** The statements that create {@code index} on {@code table} (and, where needed, fill it from the rows there). */
    List<String> createIndex(String table, IndexDef index, Dialect d);

    /** The statements that drop {@code index} of {@code table}. */
    List<String> dropIndex(String table, IndexDef index, Dialect d);

    /** The tables a search index is made of (lower case), which the drift check expects besides the models'. */
    default List<String> tables(IndexDef index) {
        return List.of();
    }

    /** The condition "the columns of {@code vector} match {@code query}". */
    Sql match(SearchVector vector, SearchQuery query, Compiler c);

    /** The relevance of a row for {@code query}, higher is better. */
    Sql rank(SearchVector vector, SearchQuery query, Compiler c);

    /** The columns of a resolved vector. */
    static List<Col> columns(SearchVector vector) {
        return vector.columns().stream().map(e -> (Col) e).toList();
    }

    /**
     * The search index of the columns' model that holds all of them ({@code exactly}: no others), or a
     * {@link FieldError} saying which index to declare.
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

    /** A {@link SearchQuery.Kind} this database does not read. */
    static dev.covet.orm.exception.NotSupportedError unsupported(SearchQuery query, String database) {
        return new dev.covet.orm.exception.NotSupportedError("SearchQuery." + query.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " is not supported on " + database + "; use plain, phrase or raw");
    }

    /** Compiles each column of the vector. */
    static List<Sql> compiled(SearchVector vector, Compiler c) {
        return vector.columns().stream().map((Expression e) -> c.compile(e)).toList();
    }
}
