package dev.covet.orm.routing;

import dev.covet.orm.Model;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;
import dev.covet.orm.query.WhereItem;
import dev.covet.orm.query.WhereNode;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a router is told about the call it routes (Django's {@code hints}): the instance being saved,
 * deleted or whose relations are followed, or the query being run.
 */
public final class Hints {
    /** No hints: neither an instance nor a query. */
    public static final Hints NONE = new Hints(null, null);

    private final Model instance;
    private final Query query;

    private Hints(Model instance, Query query) {
        this.instance = instance;
        this.query = query;
    }

    /**
     * Hints about an instance being saved, deleted or whose relations are followed.
     *
     * @param m the instance
     * @return the hints
     */
    public static Hints instance(Model m) {
        return new Hints(m, null);
    }

    /**
     * Hints about a query being run.
     *
     * @param q the query
     * @return the hints
     */
    public static Hints query(Query q) {
        return new Hints(null, q);
    }

    /**
     * The instance the call is about, or null.
     *
     * @return the instance, or null
     */
    public Model instance() {
        return instance;
    }

    /**
     * The query the call runs, or null.
     *
     * @return the query, or null
     */
    public Query query() {
        return query;
    }

    /**
     * The values {@code field} is known to have: the instance's value, or the values the query's
     * conditions pin it to ({@code filter(field, v)}, {@code filter(field + "__in", list)}, ANDed at
     * the top). Null when nothing pins it.
     *
     * @param field the field name, as declared on the model
     * @return the known values, or null
     */
    public Set<Object> values(String field) {
        if (instance != null) {
            FieldInfo f = ModelRegistry.infoOf(instance).findField(field);
            if (f == null) {
                return null;
            }
            Set<Object> one = new LinkedHashSet<>();
            one.add(f.dbValue(instance));
            return one;
        }
        if (query == null || query.combination() != null) {
            return null;
        }
        FieldInfo f = query.model().findField(field);
        return f == null ? null : pinned(query.where(), f);
    }

    private static Set<Object> pinned(WhereNode node, FieldInfo f) {
        if (node.or() || node.negated()) {
            return null;
        }
        for (WhereItem item : node.children()) {
            if (item instanceof WhereNode n) {
                Set<Object> inner = pinned(n, f);
                if (inner != null) {
                    return inner;
                }
            } else if (item instanceof Lookup l && l.lhs() instanceof Col c && c.field() == f) {
                if (l.type() == LookupType.EXACT && l.rhs() instanceof Value v) {
                    Set<Object> one = new LinkedHashSet<>();
                    one.add(v.value());
                    return one;
                }
                if (l.type() == LookupType.IN && l.rhs() instanceof ValueList list) {
                    Set<Object> all = new LinkedHashSet<>();
                    for (var e : list.items()) {
                        if (!(e instanceof Value v)) {
                            return null;
                        }
                        all.add(v.value());
                    }
                    return all;
                }
            }
        }
        return null;
    }
}
