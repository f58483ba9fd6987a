package dev.covet.orm.sql.postgres;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.SearchQuery;
import dev.covet.orm.query.SearchVector;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Compiler;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.SearchSql;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ddl.IndexDef;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's full-text search: {@code to_tsvector(config, ...) @@ plainto_tsquery(config, ?)}, ranked with
 * {@code ts_rank}; a search index is a GIN index on the same {@code to_tsvector} expression, so a search
 * without weights and in the default configuration uses it. Configurations are checked names.
 */
final class PostgresSearch implements SearchSql {
    static final PostgresSearch INSTANCE = new PostgresSearch();
    /** The configuration of search indexes and of searches that name none. */
    static final String DEFAULT_CONFIG = "english";

    @Override
    public List<String> createIndex(String table, IndexDef index, Dialect d) {
        List<String> cols = index.columns().stream().map(d::quote).toList();
        return List.of("CREATE INDEX " + d.quote(index.name()) + " ON " + d.quote(table) + " USING GIN ("
                + document(cols, DEFAULT_CONFIG) + ")");
    }

    @Override
    public List<String> dropIndex(String table, IndexDef index, Dialect d) {
        return List.of(d.ddl().dropIndex(table, index.name()));
    }

    @Override
    public Sql match(SearchVector vector, SearchQuery query, Compiler c) {
        return vector(vector, c).append(" @@ ").append(query(query, vector));
    }

    @Override
    public Sql rank(SearchVector vector, SearchQuery query, Compiler c) {
        return vector(vector, c).append(", ").append(query(query, vector)).wrap("ts_rank(", ")");
    }

    private static String config(SearchVector v) {
        return v.config() == null ? DEFAULT_CONFIG : v.config();
    }

    /** {@code to_tsvector('english', COALESCE(a, '') || ' ' || COALESCE(b, ''))}: the index's own expression. */
    private static String document(List<String> columns, String config) {
        List<String> parts = new ArrayList<>();
        for (String col : columns) {
            parts.add("COALESCE(" + col + ", '')");
        }
        return "to_tsvector('" + config + "', " + String.join(" || ' ' || ", parts) + ")";
    }

    private static Sql vector(SearchVector vector, Compiler c) {
        List<Sql> cols = SearchSql.compiled(vector, c);
        String config = config(vector);
        if (vector.weights().isEmpty()) {
            List<Value> params = new ArrayList<>();
            cols.forEach(s -> params.addAll(s.params()));
            return new Sql(document(cols.stream().map(Sql::text).toList(), config), params);
        }
        List<Sql> weighted = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            weighted.add(cols.get(i).wrap("setweight(to_tsvector('" + config + "', COALESCE(", ", '')), '" + vector.weights().get(i) + "')"));
        }
        return Sql.join(" || ", weighted).wrap("(", ")");
    }

    private static Sql query(SearchQuery query, SearchVector vector) {
        String function = switch (query.kind()) {
            case PLAIN -> "plainto_tsquery";
            case PHRASE -> "phraseto_tsquery";
            case RAW -> "to_tsquery";
            case WEBSEARCH -> "websearch_to_tsquery";
        };
        String config = query.config() != null ? query.config() : config(vector);
        return Sql.of(function + "('" + config + "', ?)", new Value(query.text(), Storage.STRING));
    }
}
