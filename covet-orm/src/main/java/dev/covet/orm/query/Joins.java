package dev.covet.orm.query;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.GenericRelationInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.query.PathWalker.Hop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tables of one query: its model's table first, then every join that a lookup, an ordering or
 * {@code selectRelated} needed. A join is keyed by the relation it follows from its parent table,
 * so a second path over the same relation reuses it (unless the context asks for a fresh join of
 * a multi-valued relation, as a second {@code filter()} call does). Multi-table children reach
 * their inherited columns through their parent links here too.
 */
final class Joins {
    private final ArrayList<Join> tables;

    Joins(ModelInfo<?> model) {
        tables = new ArrayList<>();
        tables.add(Join.base(model));
    }

    private Joins(ArrayList<Join> tables) {
        this.tables = tables;
    }

    Joins copy() {
        return new Joins(new ArrayList<>(tables));
    }

    List<Join> view() {
        return Collections.unmodifiableList(tables);
    }

    /** The column a walked path reaches, making (or reusing) its joins. */
    Col columnFor(PathWalker.Path path, JoinContext ctx) {
        List<Hop> hops = path.hops();
        FieldInfo field = path.field();
        if (!hops.isEmpty()) {
            Hop last = hops.getLast();
            RelationInfo r = last.field().relation();
            if (last.kind() == Hop.Kind.FORWARD && field == r.targetField()) {
                // "author__id" is the author_id column itself: no join needed
                return colFor(joinAll(hops.subList(0, hops.size() - 1), ctx), last.field());
            }
            if ((last.kind() == Hop.Kind.M2M_FORWARD || last.kind() == Hop.Kind.M2M_REVERSE) && field == last.target().pk()) {
                // "tags" or "tags__id" is the junction's key column: join the junction only
                int from = joinAll(hops.subList(0, hops.size() - 1), ctx);
                int junction = joinJunction(from, last, ctx);
                String column = last.kind() == Hop.Kind.M2M_FORWARD ? r.junction().targetColumn() : r.junction().sourceColumn();
                return new Col(junction, field, column);
            }
        }
        return colFor(joinAll(hops, ctx), field);
    }

    /**
     * The column of {@code field} for the rows of table {@code table}: in that table, or, for a field a
     * multi-table child inherits, in its parent's table, joined through the parent link (once, reused).
     */
    Col colFor(int table, FieldInfo field) {
        return new Col(ownerTable(table, field), field);
    }

    private int ownerTable(int table, FieldInfo field) {
        ModelInfo<?> m = tables.get(table).model();
        if (m == null || field.model().table().equals(m.table())) {
            return table;
        }
        ModelInfo<?> parent = m.tableParent();
        if (parent == null) {
            throw new IllegalStateException(field + " is not held by the table of " + m.name());
        }
        int joined = join(table, "ptr:" + parent.type().getName(), parent, parent.table(), m.pk().column(),
                parent.pk().column(), false, false, JoinContext.select());
        return ownerTable(joined, field);
    }

    int joinAll(List<Hop> hops, JoinContext ctx) {
        int t = 0;
        for (Hop hop : hops) {
            t = joinHop(t, hop, ctx);
        }
        return t;
    }

    private int joinHop(int start, Hop hop, JoinContext ctx) {
        FieldInfo f = hop.field();
        RelationInfo r = f.relation();
        String id = f.model().type().getName() + "." + f.name();
        // the column the hop starts from may live in a multi-table parent's table
        if (hop.kind() == Hop.Kind.GENERIC_REVERSE) {
            return joinGeneric(start, hop, ctx);
        }
        int from = ownerTable(start, switch (hop.kind()) {
            case FORWARD -> f;
            case REVERSE -> r.targetField();
            case M2M_FORWARD -> f.model().pk();
            case M2M_REVERSE -> r.target().pk();
            case GENERIC_REVERSE -> throw new IllegalStateException("handled above");
        });
        return switch (hop.kind()) {
            case FORWARD -> join(from, "f:" + id, r.target(), r.target().table(), f.column(), r.targetField().column(),
                    f.isNullable(), false, ctx);
            case REVERSE -> join(from, "r:" + id, f.model(), f.model().table(), r.targetField().column(), f.column(),
                    true, hop.multiValued(), ctx);
            case M2M_FORWARD -> {
                int junction = joinJunction(from, hop, ctx);
                yield join(junction, "mt:" + id, r.target(), r.target().table(), r.junction().targetColumn(),
                        r.target().pk().column(), false, false, ctx);
            }
            case GENERIC_REVERSE -> throw new IllegalStateException("handled above");
            case M2M_REVERSE -> {
                int junction = joinJunction(from, hop, ctx);
                yield join(junction, "ms:" + id, f.model(), f.model().table(), r.junction().sourceColumn(),
                        f.model().pk().column(), false, false, ctx);
            }
        };
    }

    /** The rows of a generic relation: their object id is this row's key and their content type this model's. */
    private int joinGeneric(int start, Hop hop, JoinContext ctx) {
        GenericRelationInfo g = hop.generic();
        ModelInfo<?> owner = g.model();
        FieldInfo contentType = g.genericForeignKey().ctField();
        ModelInfo<?> types = contentType.relation().target();
        int from = ownerTable(start, owner.pk());
        List<String> names = new ArrayList<>();
        for (ModelInfo<?> m : ModelRegistry.all()) {
            if (m.tableOwner() == owner.tableOwner()) {
                names.add(m.type().getName());
            }
        }
        names.sort(null);   // a stable order keeps the SQL text the same from call to call
        Join.ContentTypeMatch match = new Join.ContentTypeMatch(contentType.column(), types.table(), types.pk().column(),
                types.field("model").column(), List.copyOf(names));
        return join(from, "g:" + g, g.relatedModel(), g.relatedModel().table(), owner.pk().column(), hop.field().column(),
                true, true, ctx, match);
    }

    private int joinJunction(int from, Hop hop, JoinContext ctx) {
        FieldInfo f = hop.field();
        RelationInfo.Junction j = f.relation().junction();
        String id = f.model().type().getName() + "." + f.name();
        if (hop.kind() == Hop.Kind.M2M_FORWARD) {
            return join(from, "mj:" + id, j.model(), j.table(), f.model().pk().column(), j.sourceColumn(), true, true, ctx);
        }
        return join(from, "mr:" + id, j.model(), j.table(), f.relation().target().pk().column(), j.targetColumn(), true, true, ctx);
    }

    private int join(int parent, String key, ModelInfo<?> target, String table, String parentColumn, String column,
                     boolean nullable, boolean multiValued, JoinContext ctx) {
        return join(parent, key, target, table, parentColumn, column, nullable, multiValued, ctx, null);
    }

    private int join(int parent, String key, ModelInfo<?> target, String table, String parentColumn, String column,
                     boolean nullable, boolean multiValued, JoinContext ctx, Join.ContentTypeMatch contentType) {
        // the most recent equal join, as Django's Query.join picks: an annotation after two filter() calls over
        // the same multi-valued relation counts over the join of the second
        for (int i = tables.size() - 1; i >= 1; i--) {
            Join j = tables.get(i);
            if (j.parent() == parent && j.key().equals(key)
                    && (!multiValued || ctx.reusable == null || ctx.reusable.contains(i))) {
                ctx.used.add(i);
                return i;
            }
        }
        boolean parentOuter = tables.get(parent).type() == Join.Type.LEFT;
        Join.Type type = parentOuter || (ctx.outer && (nullable || multiValued)) ? Join.Type.LEFT : Join.Type.INNER;
        tables.add(new Join(table, target, parent, parentColumn, column, type, nullable, multiValued, key, contentType));
        int index = tables.size() - 1;
        ctx.used.add(index);
        return index;
    }

    /**
     * The join an earlier condition of this call made for {@code hop} (for a many-to-many, its junction),
     * reached through {@code prefix}; -1 when there is none. Makes no join.
     */
    int existing(List<Hop> prefix, Hop hop, java.util.Set<Integer> used) {
        int t = 0;
        for (Hop h : prefix) {
            t = find(existingOwner(t, h), firstKey(h), null);
            if (t < 0) {
                return -1;
            }
        }
        return find(existingOwner(t, hop), firstKey(hop), used);
    }

    private int find(int parent, String key, java.util.Set<Integer> among) {
        if (parent < 0) {
            return -1;
        }
        for (int i = tables.size() - 1; i >= 1; i--) {
            Join j = tables.get(i);
            if (j.parent() == parent && j.key().equals(key) && (among == null || among.contains(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The table the hop starts from, when it (or the parent links leading to it) is joined already. */
    private int existingOwner(int table, Hop hop) {
        FieldInfo f = hop.field();
        FieldInfo start = switch (hop.kind()) {
            case FORWARD -> f;
            case REVERSE -> f.relation().targetField();
            case M2M_FORWARD -> f.model().pk();
            case M2M_REVERSE -> f.relation().target().pk();
            case GENERIC_REVERSE -> hop.generic().model().pk();
        };
        int t = table;
        while (t >= 0) {
            ModelInfo<?> m = tables.get(t).model();
            if (m == null || start.model().table().equals(m.table())) {
                return t;
            }
            ModelInfo<?> parent = m.tableParent();
            if (parent == null) {
                return -1;
            }
            t = find(t, "ptr:" + parent.type().getName(), null);
        }
        return -1;
    }

    /** The key of the first join a hop makes (for a many-to-many, the junction's). */
    private static String firstKey(Hop hop) {
        FieldInfo f = hop.field();
        String id = f.model().type().getName() + "." + f.name();
        return switch (hop.kind()) {
            case FORWARD -> "f:" + id;
            case REVERSE -> "r:" + id;
            case M2M_FORWARD -> "mj:" + id;
            case M2M_REVERSE -> "mr:" + id;
            case GENERIC_REVERSE -> "g:" + hop.generic();
        };
    }

    void setType(int index, Join.Type type) {
        tables.set(index, tables.get(index).withType(type));
    }

    /** Joins the target of {@code foreignKey} for {@code select_related}, returning its table index. */
    int forSelectRelated(int start, FieldInfo foreignKey) {
        JoinContext ctx = JoinContext.select();
        int from = ownerTable(start, foreignKey);
        RelationInfo r = foreignKey.relation();
        String id = foreignKey.model().type().getName() + "." + foreignKey.name();
        return join(from, "f:" + id, r.target(), r.target().table(), foreignKey.column(), r.targetField().column(),
                foreignKey.isNullable(), false, ctx);
    }
}
