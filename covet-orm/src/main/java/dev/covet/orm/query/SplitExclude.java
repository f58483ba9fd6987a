package dev.covet.orm.query;

import dev.covet.orm.meta.Where;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.PathWalker.Hop;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A lookup across a multi-valued relation (reverse foreign key, many-to-many, generic relation) met in a
 * negated branch, at any depth: Django's {@code split_exclude}. It is never joined: joined, {@code NOT}
 * would judge each related row on its own ("some book is not about Java") where the negation means "no
 * book is about Java". It becomes the positive condition {@code start IN (SELECT link FROM related WHERE
 * lookup)}, which the negations around it turn over, so that a double negation still reads "some book".
 *
 * <p>As in Django's {@code trim_start}, the subquery starts at the related table: {@code "author"."id" IN
 * (SELECT U0."author_id" FROM "book" U0 WHERE ...)}. Three shapes keep the whole path instead ({@code
 * "author"."id" IN (SELECT U0."id" FROM "author" U0 LEFT OUTER JOIN "book" ...)}): an {@code isnull=True}
 * lookup, which a missing related row must satisfy; a value that is an expression over this model's
 * fields; and a generic relation, whose content type sits on the join. When an earlier condition of the
 * same {@code filter()} call joined the relation already, the subquery is tied to that joined row ({@code
 * "book"."id" IN (SELECT U0."id" FROM "book" U0 WHERE ...)}), as Django ties it by primary key.
 */
final class SplitExclude {
    private SplitExclude() {
    }

    static WhereItem build(Query query, PathWalker.Path path, String lookup, Object value) {
        List<Hop> hops = path.hops();
        int m = 0;
        while (!hops.get(m).multiValued()) {
            m++;
        }
        Hop hop = hops.get(m);
        List<Hop> prefix = hops.subList(0, m);
        String rest = restLookup(path, lookup, m);

        int tied = query.paths().existingJoin(prefix, hop);
        if (tied >= 0 && firstOfItsTable(query, tied)) {
            return tiedToJoin(query, hop, tied, rest, value);
        }
        if (value instanceof Expression || isNullTrue(path, value) || hop.kind() == Hop.Kind.GENERIC_REVERSE) {
            Query inner = new Query(query.model());
            inner.addFilter(Where.of(lookup, value));
            return in(new Col(0, query.model().pk()), inner.asSubquery(), false);
        }
        FieldInfo f = hop.field();
        Query inner = new Query(hop.target());
        inner.addFilter(Where.of(rest, value));
        FieldInfo startField;
        Col link;
        switch (hop.kind()) {
            case REVERSE -> {
                startField = f.relation().targetField();
                link = inner.colFor(0, f);
                if (f.isNullable()) {
                    // a NULL among the keys would make NOT IN unknown for every row
                    inner.addCondition(new Lookup(LookupType.ISNULL, link, new Value(false, Storage.BOOLEAN)));
                }
            }
            case M2M_FORWARD -> {
                // a through model's keys may hold other fields than the primary keys (toField)
                startField = f.relation().junction().sourceField(f.model());
                link = inner.junctionColumn(f, true);
            }
            case M2M_REVERSE -> {
                startField = f.relation().junction().targetField(f.relation().target());
                link = inner.junctionColumn(f, false);
            }
            default -> throw new IllegalStateException("not split here: " + hop.kind());
        }
        inner.selectExpressions(Map.of(link.column(), link));
        // single-valued hops before the relation stay in the outer query; a NULL key there means "no such row"
        Col start = query.paths().columnFor(new PathWalker.Path(prefix, startField, null, List.of()), JoinContext.select());
        return in(start, inner.asSubquery(), start.table() > 0 || start.field().isNullable());
    }

    /** The joined row itself must match: its key among the keys of the related rows that do. */
    private static WhereItem tiedToJoin(Query query, Hop hop, int join, String rest, Object value) {
        ModelInfo<?> target = hop.target();
        FieldInfo f = hop.field();
        Col key = switch (hop.kind()) {
            case REVERSE, GENERIC_REVERSE -> query.colFor(join, target.pk());
            case M2M_FORWARD -> new Col(join, target.pk(), f.relation().junction().targetColumn());
            case M2M_REVERSE -> new Col(join, target.pk(), f.relation().junction().sourceColumn());
            case FORWARD -> throw new IllegalStateException("a forward hop is single-valued");
        };
        Query inner = new Query(target);
        inner.addFilter(Where.of(rest, value));
        FieldInfo held = switch (hop.kind()) {
            case M2M_FORWARD -> f.relation().junction().targetField(target);
            case M2M_REVERSE -> f.relation().junction().sourceField(target);
            default -> target.pk();
        };
        if (held != target.pk()) {
            Col c = inner.colFor(0, held);
            inner.selectExpressions(Map.of(c.column(), c));
        }
        return in(key, inner.asSubquery(), true);
    }

    /**
     * {@code column IN (subquery)}; where the column may be NULL (no joined row), also {@code column IS NOT
     * NULL}, so that the condition is false there, never unknown, and a NOT around it keeps the row.
     */
    private static WhereItem in(Col column, Query subquery, boolean nullable) {
        Lookup in = new Lookup(LookupType.IN, column, new SubqueryExpression(subquery));
        if (!nullable) {
            return in;
        }
        return new WhereNode(false, false, List.of(in, new Lookup(LookupType.ISNULL, column, new Value(false, Storage.BOOLEAN))));
    }

    /** The part of the lookup after the multi-valued hop, for a query over the related model. */
    private static String restLookup(PathWalker.Path path, String lookup, int m) {
        String[] parts = PathWalker.split(lookup);
        Hop hop = path.hops().get(m);
        List<String> after = Arrays.asList(parts).subList(hop.partIndex() + 1, parts.length);
        boolean endsAtRelation = m == path.hops().size() - 1 && after.equals(path.rest());
        if (endsAtRelation) {
            // "books", "books__in": the related rows themselves, by primary key
            return after.isEmpty() ? "pk" : "pk__" + String.join("__", after);
        }
        return String.join("__", after);
    }

    private static boolean isNullTrue(PathWalker.Path path, Object value) {
        List<String> rest = path.rest();
        if (rest.isEmpty() || !rest.getLast().equals(LookupType.ISNULL.lookupName())) {
            return false;
        }
        return Boolean.TRUE.equals(FieldValues.toDb(Storage.BOOLEAN, value, "isnull"));
    }

    /**
     * Django ties the subquery to the joined row when the subquery's first table has the same alias as a join
     * this call used: that is the first join of its table (aliased by the table's name).
     */
    private static boolean firstOfItsTable(Query query, int join) {
        List<Join> tables = query.tables();
        String table = tables.get(join).table();
        for (int i = 0; i < join; i++) {
            if (tables.get(i).table().equals(table)) {
                return false;
            }
        }
        return true;
    }
}
