package dev.covet.orm.sql;

import dev.covet.orm.query.Expression;
import dev.covet.orm.query.JsonContains;
import dev.covet.orm.query.JsonKeyNumber;
import dev.covet.orm.query.JsonKeyValue;
import dev.covet.orm.query.JsonValue;
import dev.covet.orm.query.KeyText;
import dev.covet.orm.query.KeyTransform;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;

import java.util.ArrayList;
import java.util.List;

/** The SQL of JSON key paths and of {@code has_key} / {@code has_keys} / {@code has_any_keys}; the dialect spells each. */
final class JsonRenderers {
    private JsonRenderers() {
    }

    static void registerAll() {
        Renderers.register(KeyTransform.class, (k, c) -> c.dialect().json().jsonKey(c.compile(k.source()), k.path()));
        Renderers.register(KeyText.class, (k, c) -> c.dialect().json().jsonKeyText(c.compile(k.key().source()), k.key().path()));
        Renderers.register(JsonValue.class, (v, c) -> c.compile(v.value()));
        Renderers.register(JsonKeyValue.class, (v, c) -> c.dialect().json().jsonKeyJson(c.compile(v.key().source()), v.key().path()));
        Renderers.register(JsonKeyNumber.class, (v, c) -> c.compile(v.key()));
        Renderers.register(JsonContains.class, (v, c) ->
                c.dialect().json().jsonContains(c.compile(v.source()), v.path(), c.compile(v.json()), v.containedBy()));
        for (LookupType type : List.of(LookupType.HAS_KEY, LookupType.HAS_KEYS, LookupType.HAS_ANY_KEYS)) {
            Renderers.registerLookup(type.lookupName(), (l, c) -> {
                Sql source = c.compile(l.lhs());
                List<Sql> tests = new ArrayList<>();
                for (Expression key : ((ValueList) l.rhs()).items()) {
                    tests.add(c.dialect().json().jsonHasKey(source, (String) ((Value) key).value()));
                }
                return tests.size() == 1 ? tests.getFirst()
                        : Sql.join(type == LookupType.HAS_ANY_KEYS ? " OR " : " AND ", tests).wrap("(", ")");
            });
        }
    }
}
