package dev.covet.orm.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions joined by AND or OR, possibly negated. Immutable.
 *
 * @param or       joined by OR rather than AND?
 * @param negated  wrapped in NOT?
 * @param children the conditions joined
 */
public record WhereNode(boolean or, boolean negated, List<WhereItem> children) implements WhereItem {
    /** No condition at all. */
    public static final WhereNode EMPTY = new WhereNode(false, false, List.of());

    /** Copies the children. */
    public WhereNode {
        children = List.copyOf(children);
    }

    /** {@return whether there is no condition at all} */
    public boolean isEmpty() {
        return children.isEmpty();
    }

    /**
     * This AND {@code item}, flattening plain AND nodes.
     *
     * @param item the condition to add; an empty node adds nothing
     * @return a new node, or {@code this} when {@code item} is empty
     */
    public WhereNode and(WhereItem item) {
        if (item instanceof WhereNode n && n.isEmpty()) {
            return this;
        }
        List<WhereItem> next = new ArrayList<>();
        if (!or && !negated) {
            next.addAll(children);
        } else if (!isEmpty()) {
            next.add(this);
        }
        if (item instanceof WhereNode n && !n.or && !n.negated) {
            next.addAll(n.children);
        } else {
            next.add(item);
        }
        return new WhereNode(false, false, next);
    }
}
