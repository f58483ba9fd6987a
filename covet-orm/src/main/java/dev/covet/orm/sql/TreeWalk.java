package dev.covet.orm.sql;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.RelationInfo;

/**
 * One walk along a model's foreign key to itself, as {@link TreeCompiler} renders it: from
 * {@code start}, up to the ancestors or down to the descendants, at most {@code maxDepth} steps,
 * never returning the node the walk is about. Immutable.
 *
 * @param parentKey the foreign key from the model to itself
 * @param direction {@link Direction#UP} to the ancestors, {@link Direction#DOWN} to the descendants
 * @param start     up: the key of the first ancestor (the node's parent); down: the key of the node
 *                  whose descendants are wanted (values as stored, the key the foreign key holds)
 * @param self      the key of the node the walk is about, left out of the result (it is met again only
 *                  when the keys form a cycle), or null when the node has no key yet
 * @param maxDepth  the most steps taken (at least 1): what ends the recursion when the keys form a cycle
 */
public record TreeWalk(FieldInfo parentKey, Direction direction, Object start, Object self, int maxDepth) {
    /** Which way a walk follows the foreign key. */
    public enum Direction {
        /** From a node to its parent, grandparent, ... */
        UP,
        /** From a node to its children, grandchildren, ... */
        DOWN
    }

    /**
     * Checks the walk.
     *
     * @param parentKey the foreign key from the model to itself
     * @param direction up to the ancestors or down to the descendants
     * @param start     where the walk starts
     * @param self      the key of the node the walk is about, or null
     * @param maxDepth  the most steps taken
     * @throws IllegalArgumentException if {@code parentKey} is not a foreign key to its own model, {@code start} is null,
     *         or {@code maxDepth} is under 1
     */
    public TreeWalk {
        RelationInfo r = parentKey.relation();
        if (r == null || r.kind() != RelationInfo.Kind.FOREIGN_KEY || r.target() != parentKey.model()) {
            throw new IllegalArgumentException(parentKey + " is not a foreign key from " + parentKey.model().name() + " to itself");
        }
        if (start == null) {
            throw new IllegalArgumentException("A tree walk needs a start key");
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, not " + maxDepth);
        }
    }

    /**
     * The field the foreign key points at (the primary key unless {@code toField} says otherwise).
     *
     * @return the target field
     */
    public FieldInfo keyField() {
        return parentKey.relation().targetField();
    }
}
