package dev.covet.orm.relation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;

import java.util.List;

/**
 * Tree navigation for a model with a foreign key to itself (an adjacency list): implement this
 * interface and every method comes with it. Ancestors and descendants are each read in one query
 * (a recursive common table expression, {@code WITH RECURSIVE}, on SQLite, PostgreSQL and MariaDB
 * 10.2+); for read-heavy trees that change little, see {@link NestedSetNode}.
 *
 * <pre>{@code
 * public class Category extends Model implements TreeNode<Category> {
 *     public static final Manager<Category> objects = Manager.of(Category.class);
 *
 *     @CharField(maxLength = 100) public String name;
 *     @ForeignKey(to = "self", onDelete = OnDelete.CASCADE, nullable = true, relatedName = "children")
 *     public Ref<Category> parent;
 * }
 *
 * Category laptops = Category.objects.get("name", "Laptops");
 * laptops.parent();            // Computers (no query if the parent is loaded)
 * laptops.ancestors();         // [Computers, Electronics]: nearest first, one query
 * electronics.descendants();   // [Computers, Phones, Laptops]: level by level, one query
 * laptops.depth();             // 2
 * TreeNode.rootNodes(Category.class).list();
 * }</pre>
 *
 * <p>The walks read the database, starting from the keys this instance holds: its primary key,
 * and its parent key as it is in memory (saved or not). A walk never returns the node itself, and
 * returns each node once. <b>Cycles:</b> parent keys that form a cycle (corrupted data) cannot make
 * a walk loop forever: the recursion stops after {@link #maxTreeDepth()} steps, and each node met is
 * returned once, at its shortest distance.
 *
 * <p>Like the instances that implement it, not thread-safe.
 *
 * @param <T> the model itself
 */
public interface TreeNode<T extends Model & TreeNode<T>> {
    /**
     * The name of the foreign key to the parent; {@code "parent"} unless overridden. It must be a nullable foreign key to the model itself.
     *
     * @return the field name
     */
    default String parentField() {
        return "parent";
    }

    /**
     * How many levels a walk goes at most ({@link #ancestors()}, {@link #descendants()}, {@link #depth()},
     * {@link #root()}); 1000 unless overridden. Nodes further away are not returned. This bound is what
     * stops a walk over parent keys that form a cycle.
     *
     * @return the depth limit, in levels
     */
    default int maxTreeDepth() {
        return 1000;
    }

    /**
     * The parent node, or null for a root; no query when the parent is already loaded ({@code selectRelated}, an earlier call).
     *
     * @return the parent node, or null
     */
    default T parent() {
        return TreeWalker.parent(self());
    }

    /**
     * The direct children (one query when evaluated), in the model's ordering.
     *
     * @return the children, not yet evaluated
     */
    default QuerySet<T> children() {
        return TreeWalker.children(self());
    }

    /**
     * The ancestors, nearest first (parent, grandparent, ..., root), in one query; none (and no query) for a root.
     *
     * @return the ancestors; empty for a root
     */
    default List<T> ancestors() {
        return TreeWalker.ancestors(self());
    }

    /**
     * Every node below this one, in one query, breadth first: the children, then the grandchildren, and
     * so on; within a level, in the model's ordering, then by primary key.
     *
     * @return the descendants; empty for a leaf
     */
    default List<T> descendants() {
        return TreeWalker.descendants(self());
    }

    /**
     * The other nodes with the same parent (the other roots, for a root), without this one.
     *
     * @return the siblings, not yet evaluated
     */
    default QuerySet<T> siblings() {
        return TreeWalker.siblings(self());
    }

    /**
     * The number of ancestors: 0 for a root (no query), else one query.
     *
     * @return the depth, from 0
     */
    default int depth() {
        return TreeWalker.depth(self());
    }

    /**
     * Has this node no parent? Never queries.
     *
     * @return true for a root
     */
    @JsonIgnore
    default boolean isRoot() {
        return !TreeWalker.parentRef(self()).isSet();
    }

    /**
     * Has this node no children? One query.
     *
     * @return true for a leaf
     */
    @JsonIgnore
    default boolean isLeaf() {
        return !children().exists();
    }

    /**
     * The root of this node's tree: this node itself when it is a root (no query), else one query.
     * {@link DoesNotExist} when no ancestor within {@link #maxTreeDepth()} levels is a root (the
     * parent keys form a cycle).
     *
     * @return the root node
     */
    default T root() {
        return TreeWalker.root(self());
    }

    /**
     * The nodes without a parent, in the model's ordering.
     *
     * @param <T> the node model
     * @param type the node model class
     * @return the roots, not yet evaluated
     */
    static <T extends Model & TreeNode<T>> QuerySet<T> rootNodes(Class<T> type) {
        return TreeWalker.rootNodes(type);
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }
}
