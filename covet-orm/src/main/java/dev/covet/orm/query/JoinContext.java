package dev.covet.orm.query;

import java.util.HashSet;
import java.util.Set;

/**
 * The rules for joins made while resolving one call. A {@code filter()} call may reuse a
 * multi-valued join only if the same call made or used it (so that two conditions in one call
 * mean the same related row, and two calls may mean different rows, as in Django); everything
 * else reuses any equal join. Outside filters, joins that may find no row are LEFT OUTER.
 */
final class JoinContext {
    /** Joins usable for multi-valued reuse, or null for all. */
    final Set<Integer> reusable;
    /** Joins this call made or used. */
    final Set<Integer> used = new HashSet<>();
    /** Make new nullable or multi-valued joins LEFT OUTER? */
    final boolean outer;

    private JoinContext(boolean filter, boolean outer) {
        this.reusable = filter ? used : null;
        this.outer = outer;
    }

    /** For one {@code filter()} / {@code exclude()} call. */
    static JoinContext filter() {
        return new JoinContext(true, false);
    }

    /** For ordering, values, annotations and select_related. */
    static JoinContext select() {
        return new JoinContext(false, true);
    }
}
