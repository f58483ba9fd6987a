package dev.covet.orm.sql;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.SelectRelated;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table aliases {@code selectForUpdate(of=...)} names: {@code self} is the queried model's table, a
 * relation path one of the tables {@code selectRelated} joins (Django allows no others).
 */
final class LockedTables {
    private LockedTables() {
    }

    static List<String> of(Query q, CompileContext ctx) {
        if (q.lock().of().isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String name : q.lock().of()) {
            Integer table = name.equals("self") ? Integer.valueOf(0) : follow(q, name);
            if (table == null) {
                invalid.add(name);
            } else {
                out.add(ctx.alias(table));
            }
        }
        if (!invalid.isEmpty()) {
            List<String> choices = new ArrayList<>(List.of("self"));
            if (q.selectRelated() != null) {
                paths(q.selectRelated(), "", choices);
            }
            throw new FieldError("Invalid field name(s) given in selectForUpdate(of=...): " + String.join(", ", invalid)
                    + ". Only relational fields followed in the query (selectRelated) are allowed. Choices are: " + String.join(", ", choices));
        }
        return List.copyOf(out);
    }

    /** The join of a {@code selectRelated} path, or null when the query does not follow it. */
    private static Integer follow(Query q, String path) {
        SelectRelated tree = q.selectRelated();
        ModelInfo<?> model = q.model();
        int table = 0;
        for (String part : path.split("__", -1)) {
            if (tree == null || !tree.children().containsKey(part)) {
                return null;
            }
            FieldInfo fk = model.field(part);
            table = q.joinForSelectRelated(table, fk);
            model = fk.relation().target();
            tree = tree.children().get(part);
        }
        return table;
    }

    private static void paths(SelectRelated tree, String prefix, List<String> into) {
        for (Map.Entry<String, SelectRelated> e : tree.children().entrySet()) {
            into.add(prefix + e.getKey());
            paths(e.getValue(), prefix + e.getKey() + "__", into);
        }
    }
}
