package dev.covet.orm.sql.mysql;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.SearchQuery;
import dev.covet.orm.query.SearchVector;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Compiler;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.SearchSql;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ddl.IndexDef;

import java.util.List;

/**
 * MariaDB's full-text search: {@code MATCH (a, b) AGAINST (? IN BOOLEAN MODE)} over a FULLTEXT index on
 * exactly those columns. Plain words become {@code +word} (each one required, as on the other databases),
 * a phrase {@code "the words"}; raw text is MariaDB's boolean syntax. The relevance is the rank.
 */
final class MySqlSearch implements SearchSql {
    static final MySqlSearch INSTANCE = new MySqlSearch();

    @Override
    public List<String> createIndex(String table, IndexDef index, Dialect d) {
        return List.of("CREATE FULLTEXT INDEX " + d.quote(index.name()) + " ON " + d.quote(table) + " ("
                + String.join(", ", index.columns().stream().map(d::quote).toList()) + ")");
    }

    @Override
    public List<String> dropIndex(String table, IndexDef index, Dialect d) {
        return List.of(d.ddl().dropIndex(table, index.name()));
    }

    @Override
    public Sql match(SearchVector vector, SearchQuery query, Compiler c) {
        SearchSql.index(SearchSql.columns(vector), true, c.dialect().name());
        return Sql.join(", ", SearchSql.compiled(vector, c)).wrap("MATCH (", ") AGAINST (")
                .append(Sql.of("?", new Value(text(query), Storage.STRING))).append(" IN BOOLEAN MODE)");
    }

    @Override
    public Sql rank(SearchVector vector, SearchQuery query, Compiler c) {
        return match(vector, query, c);
    }

    /**
     * Covet's MariaDB columns have a binary collation, under which FULLTEXT matching is case-sensitive:
     * the words are looked for in lower, title and upper case, {@code (fox Fox FOX)}.
     */
    private static String anyCase(String words, String quote) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        String title = lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + lower.substring(1);
        java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>(List.of(lower, title, words.toUpperCase(java.util.Locale.ROOT), words));
        return "(" + String.join(" ", forms.stream().map(f -> quote + f + quote).toList()) + ")";
    }

    private static String text(SearchQuery query) {
        return switch (query.kind()) {
            case PLAIN -> String.join(" ", query.words().stream().map(w -> "+" + anyCase(w, "")).toList());
            case PHRASE -> "+" + anyCase(String.join(" ", query.words()), "\"");
            case RAW -> query.text();
            case WEBSEARCH -> throw SearchSql.unsupported(query, "MariaDB");
        };
    }
}
