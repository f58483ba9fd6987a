package dev.covet.orm.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides INNER or LEFT OUTER for the joins one filter call used (Django's JoinPromoter).
 * A join every row must find stays (or becomes) INNER; one that only some OR branches need,
 * or that a negated or {@code isnull=True} condition walks through, becomes LEFT OUTER, and so
 * do the joins hanging off it.
 */
final class JoinPromoter {
    private final Query query;
    private final Set<Integer> outer = new HashSet<>();

    private JoinPromoter(Query query) {
        this.query = query;
    }

    static void promote(Query query, WhereItem item) {
        JoinPromoter p = new JoinPromoter(query);
        Set<Integer> inner = p.votes(item, false);
        for (int j : inner) {
            if (!p.outer.contains(j) && query.tables().get(j).type() == Join.Type.LEFT && allInner(query, j, inner, p.outer)) {
                query.paths().setJoinType(j, Join.Type.INNER);
            }
        }
        p.outer.stream().sorted().forEach(p::makeOuter);
    }

    /** A join may be INNER only if the joins it hangs off are INNER too. */
    private static boolean allInner(Query q, int j, Set<Integer> inner, Set<Integer> outer) {
        for (int t = q.tables().get(j).parent(); t > 0; t = q.tables().get(t).parent()) {
            if (outer.contains(t) || (q.tables().get(t).type() == Join.Type.LEFT && !inner.contains(t))) {
                return false;
            }
        }
        return true;
    }

    private void makeOuter(int j) {
        List<Join> all = query.tables();
        Join join = all.get(j);
        // a join that always finds a row (a non-null key) stays INNER unless it hangs off an outer join
        if (!join.nullable() && (join.parent() <= 0 || all.get(join.parent()).type() != Join.Type.LEFT)) {
            return;
        }
        query.paths().setJoinType(j, Join.Type.LEFT);
        List<Join> tables = query.tables();
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).parent() == j && tables.get(i).type() != Join.Type.LEFT) {
                makeOuter(i);
            }
        }
    }

    /** The joins {@code item} needs to find a row for it to match. */
    private Set<Integer> votes(WhereItem item, boolean negated) {
        return switch (item) {
            case MatchNothing m -> Set.of();
            case Condition c -> Set.of();
            case Lookup l -> {
                Set<Integer> joins = new HashSet<>();
                collect(l.lhs(), joins);
                collect(l.rhs(), joins);
                boolean isNull = l.type() == LookupType.ISNULL && l.rhs() instanceof Value v && Boolean.TRUE.equals(v.value());
                if (negated || isNull) {
                    outer.addAll(joins);
                    yield Set.of();
                }
                yield joins;
            }
            case WhereNode n -> {
                boolean neg = negated ^ n.negated();
                boolean effectiveOr = n.or() ^ neg;
                Set<Integer> union = new HashSet<>();
                Set<Integer> common = null;
                for (WhereItem child : n.children()) {
                    Set<Integer> v = votes(child, neg);
                    union.addAll(v);
                    if (common == null) {
                        common = new HashSet<>(v);
                    } else {
                        common.retainAll(v);
                    }
                }
                if (common == null) {
                    yield Set.of();
                }
                if (effectiveOr) {
                    Set<Integer> partial = new HashSet<>(union);
                    partial.removeAll(common);
                    outer.addAll(partial);
                    yield common;
                }
                yield union;
            }
        };
    }

    /** Adds the joins (with the joins they hang off) an expression reads, skipping inside aggregates and subqueries. */
    private void collect(Expression e, Set<Integer> into) {
        switch (e) {
            case Col c -> {
                for (int t = c.table(); t > 0; t = query.tables().get(t).parent()) {
                    into.add(t);
                }
            }
            case Combined c -> {
                collect(c.lhs(), into);
                collect(c.rhs(), into);
            }
            case Transform t -> collect(t.source(), into);
            case ValueList v -> v.items().forEach(i -> collect(i, into));
            default -> {
                // values, aggregates and subqueries vote for nothing
            }
        }
    }
}
