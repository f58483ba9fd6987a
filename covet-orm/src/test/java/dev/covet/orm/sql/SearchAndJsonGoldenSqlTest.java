package dev.covet.orm.sql;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.Story;
import dev.covet.orm.query.SearchQuery;
import dev.covet.orm.query.SearchRank;
import dev.covet.orm.query.SearchVector;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SQL of full-text search (the lookup, SearchVector / SearchQuery / SearchRank and the search indexes'
 * DDL) and of JSON containment and key paths in orderBy / values, per database, against
 * {@code golden/<database>/search.sql}.
 */
class SearchAndJsonGoldenSqlTest {
    @DbTest
    void searchAndJson(TestDb db) {
        GoldenSql g = new GoldenSql(db, "search");
        g.add("search lookup", Story.objects.filter("body__search", "quick fox").toSql());
        SearchVector v = SearchVector.of("title", "body");
        SearchQuery q = SearchQuery.plain("quick");
        g.add("vector, phrase and rank", Story.objects.filter(v.matches(SearchQuery.phrase("brown fox")))
                .annotate("rank", SearchRank.of(v, q)).orderBy("-rank").toSql());
        DdlCompiler.TableDdl ddl = DdlCompiler.createTable(ModelRegistry.info(Story.class), Set.of(), db.database().dialect());
        g.add("search indexes", ddl.create() + ";\n" + String.join(";\n", ddl.indexes()));
        if (!db.isSqlite()) {
            g.add("json contains", Everything.objects.filter("json__contains", Map.of("rating", 5)).toSql());
            g.add("json contained_by", Everything.objects.filter("json__contained_by", new TreeMap<>(Map.of("rating", 5, "tags", 1))).toSql());
        }
        g.add("json key paths in orderBy and values", Everything.objects.filter("json__isnull", false)
                .orderBy("-json__rating", "json__shop__city").values("name", "json__tags__0").toSql());
        g.verify();
    }
}
