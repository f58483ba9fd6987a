package dev.covet.orm.sql.sqlite;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.IndexInfo;
import dev.covet.orm.query.Col;
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
 * SQLite's full-text search: a search index is an FTS5 table named after the index, holding no text of
 * its own ({@code content=} the model's table, {@code content_rowid=} its integer key) and kept in sync by
 * three triggers; creating it indexes the rows already there. A search is {@code key IN (SELECT rowid
 * FROM index WHERE index MATCH ?)}, the rank {@code -bm25}. Words are stemmed with the Porter stemmer.
 */
final class SqliteSearch implements SearchSql {
    static final SqliteSearch INSTANCE = new SqliteSearch();

    @Override
    public List<String> createIndex(String table, IndexDef index, Dialect d) {
        if (index.key() == null) {
            throw new FieldError("The search index " + index.name() + " of " + table + " needs the table's integer primary key");
        }
        String fts = d.quote(index.name());
        String t = d.quote(table);
        String key = d.quote(index.key());
        List<String> cols = index.columns().stream().map(d::quote).toList();
        String colList = String.join(", ", cols);
        String news = String.join(", ", cols.stream().map(c -> "new." + c).toList());
        String olds = String.join(", ", cols.stream().map(c -> "old." + c).toList());
        String insert = "INSERT INTO " + fts + " (rowid, " + colList + ") VALUES (new." + key + ", " + news + ");";
        String delete = "INSERT INTO " + fts + " (" + fts + ", rowid, " + colList + ") VALUES ('delete', old." + key + ", " + olds + ");";
        return List.of(
                // the names are checked identifiers; content= takes the table's name as a string
                "CREATE VIRTUAL TABLE IF NOT EXISTS " + fts + " USING fts5(" + colList + ", content='" + table
                        + "', content_rowid='" + index.key() + "', tokenize='porter unicode61')",
                "CREATE TRIGGER IF NOT EXISTS " + d.quote(index.name() + "_ai") + " AFTER INSERT ON " + t + " BEGIN " + insert + " END",
                "CREATE TRIGGER IF NOT EXISTS " + d.quote(index.name() + "_ad") + " AFTER DELETE ON " + t + " BEGIN " + delete + " END",
                "CREATE TRIGGER IF NOT EXISTS " + d.quote(index.name() + "_au") + " AFTER UPDATE ON " + t + " BEGIN " + delete + " " + insert + " END",
                "INSERT INTO " + fts + " (" + fts + ") VALUES ('rebuild')");
    }

    @Override
    public List<String> tables(IndexDef index) {
        String n = index.name().toLowerCase(java.util.Locale.ROOT);
        // FTS5's own shadow tables; an external-content table has no _content
        return List.of(n, n + "_data", n + "_idx", n + "_docsize", n + "_config");
    }

    @Override
    public List<String> dropIndex(String table, IndexDef index, Dialect d) {
        return List.of(
                "DROP TRIGGER IF EXISTS " + d.quote(index.name() + "_ai"),
                "DROP TRIGGER IF EXISTS " + d.quote(index.name() + "_ad"),
                "DROP TRIGGER IF EXISTS " + d.quote(index.name() + "_au"),
                "DROP TABLE IF EXISTS " + d.quote(index.name()));
    }

    @Override
    public Sql match(SearchVector vector, SearchQuery query, Compiler c) {
        List<Col> cols = SearchSql.columns(vector);
        IndexInfo index = SearchSql.index(cols, false, c.dialect().name());
        String fts = c.dialect().quote(index.name());
        return key(cols, c).append(" IN (SELECT rowid FROM " + fts + " WHERE " + fts + " MATCH ")
                .append(Sql.of("?", new Value(text(query, cols, index), Storage.STRING))).append(")");
    }

    @Override
    public Sql rank(SearchVector vector, SearchQuery query, Compiler c) {
        List<Col> cols = SearchSql.columns(vector);
        IndexInfo index = SearchSql.index(cols, false, c.dialect().name());
        String fts = c.dialect().quote(index.name());
        return Sql.of("COALESCE((SELECT -bm25(" + fts + ") FROM " + fts + " WHERE " + fts + " MATCH ")
                .append(Sql.of("?", new Value(text(query, cols, index), Storage.STRING)))
                .append(" AND rowid = ").append(key(cols, c)).append("), 0)");
    }

    /** The primary key of the searched rows' table. */
    private static Sql key(List<Col> cols, Compiler c) {
        Col first = cols.getFirst();
        return Sql.of(c.column(first.table(), first.field().model().pk().column()));
    }

    /** The FTS5 query: each word (or the phrase) quoted, limited to the vector's columns when the index holds more. */
    private static String text(SearchQuery query, List<Col> cols, IndexInfo index) {
        String q = switch (query.kind()) {
            case PLAIN -> String.join(" ", query.words().stream().map(SqliteSearch::quoted).toList());
            case PHRASE -> quoted(String.join(" ", query.words()));
            case RAW -> query.text();
            case WEBSEARCH -> throw SearchSql.unsupported(query, "SQLite");
        };
        if (cols.size() == index.fields().size()) {
            return q;
        }
        List<String> names = new ArrayList<>();
        for (Col col : cols) {
            FieldInfo f = col.field();
            names.add(f.column());
        }
        return "{" + String.join(" ", names) + "} : (" + q + ")";
    }

    private static String quoted(String words) {
        return "\"" + words.replace("\"", "\"\"") + "\"";
    }
}
