package dev.covet.orm.sql;

import dev.covet.orm.query.SearchMatch;
import dev.covet.orm.query.SearchRank;
import dev.covet.orm.query.SearchVector;
import dev.covet.orm.query.Value;

import java.util.ArrayList;
import java.util.List;

/** The SQL of full-text search nodes: each database spells them through {@link Dialect#search()}. */
final class SearchRenderers {
    private SearchRenderers() {
    }

    static void registerAll() {
        Renderers.register(SearchMatch.class, (m, c) -> c.dialect().search().match(m.vector(), m.query(), c));
        // selected, a vector reads as the text it searches: its fields joined by spaces
        Renderers.register(SearchVector.class, (v, c) -> {
            List<String> parts = new ArrayList<>();
            List<Value> params = new ArrayList<>();
            for (int i = 0; i < v.columns().size(); i++) {
                Sql col = c.compile(v.columns().get(i));
                if (i > 0) {
                    parts.add("' '");
                }
                parts.add("COALESCE(" + col.text() + ", '')");
                params.addAll(col.params());
            }
            return new Sql(parts.size() == 1 ? parts.getFirst() : c.dialect().concat(parts), params);
        });
        Renderers.register(SearchRank.class, (r, c) -> c.dialect().search().rank(r.vector(), r.query(), c));
    }
}
