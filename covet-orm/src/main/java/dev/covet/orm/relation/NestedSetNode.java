package dev.covet.orm.relation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.relation.NestedSetFields.Bounds;

import java.util.List;

import static dev.covet.orm.relation.NestedSetFields.LEVEL;
import static dev.covet.orm.relation.NestedSetFields.LFT;
import static dev.covet.orm.relation.NestedSetFields.RGT;
import static dev.covet.orm.relation.NestedSetFields.TREE_ID;

/**
 * A tree stored as nested sets, for trees read far more often than changed: each node holds a left
 * and a right number that enclose the numbers of all its descendants, so that the descendants, the
 * ancestors or the subtree size come from one query (or none) whatever the depth, while adding or
 * removing a node renumbers the nodes to its right. Implement this interface on a model with four
 * {@code @IntegerField}s of these fixed names: {@code lft}, {@code rgt}, {@code treeId} (several
 * trees share the table) and {@code level} (0 for a root).
 *
 * <pre>{@code
 * public class Folder extends Model implements NestedSetNode<Folder> {
 *     public static final Manager<Folder> objects = Manager.of(Folder.class);
 *
 *     @CharField(maxLength = 100) public String name;
 *     @IntegerField public Integer lft;
 *     @IntegerField public Integer rgt;
 *     @IntegerField public Integer treeId;
 *     @IntegerField public Integer level;
 * }
 *
 * Folder home = new Folder();  home.name = "home";  home.saveAsRoot();
 * Folder docs = new Folder();  docs.name = "docs";  home.addChild(docs);
 * home.descendants().list();   // depth first, in one query
 * docs.ancestors().list();     // [home], in one query
 * docs.isLeaf();               // no query
 * docs.deleteSubtree();        // docs and everything below it, gap closed
 * }</pre>
 *
 * <p><b>Writes</b> ({@link #saveAsRoot()}, {@link #addChild}, {@link #deleteSubtree()}) each run in
 * one transaction with set-based UPDATEs, reading the node's numbers afresh under a lock on its
 * tree's root row, so they are safe on a stale instance and serialized per tree. They keep the
 * instances they are given up to date; <b>every other instance of the same tree held in memory is
 * stale</b> afterwards: call {@code refreshFromDb()} on it before reading its numbers or calling the
 * no-query methods ({@link #isLeaf()}, {@link #descendantCount()}). Reads use the numbers the instance
 * holds. Save nodes only through these methods: a plain {@code save()} of a new node, a change of
 * the four fields, or a plain {@code delete()} (which leaves a gap) breaks the numbering. Moving a
 * node to another parent is not supported. Concurrent {@link #saveAsRoot()} calls may pick the same
 * {@code treeId} (it is the largest one plus one); create roots from one thread at a time.
 *
 * <p>Like the instances that implement it, not thread-safe.
 *
 * @param <T> the model itself
 */
public interface NestedSetNode<T extends Model & NestedSetNode<T>> {
    /** Saves this new node (INSERT) as the root of a new tree: {@code lft = 1, rgt = 2, level = 0}, the next {@code treeId}. */
    default void saveAsRoot() {
        NestedSetEditor.saveAsRoot(self());
    }

    /**
     * Saves the new node {@code child} (INSERT) as the last child of this saved node, shifting the
     * numbers of the nodes to its right in two UPDATEs, in one transaction; returns {@code child}.
     * An {@link IllegalStateException} when this node is not saved in a tree, an
     * {@link IllegalArgumentException} when {@code child} is saved already.
     *
     * @param child an unsaved node of the same model
     * @return {@code child}, saved
     */
    default T addChild(T child) {
        return NestedSetEditor.addChild(self(), child);
    }

    /**
     * Moves this saved node, with everything below it, to be the last child of {@code parent} (in this
     * tree or another), in one transaction of set-based UPDATEs; an {@link IllegalArgumentException}
     * when {@code parent} is this node or below it. This instance and {@code parent} are updated; other
     * instances of the trees are stale until {@code refreshFromDb()}.
     *
     * @param parent the saved node to move under
     */
    default void moveTo(T parent) {
        if (parent == null) {
            throw new IllegalArgumentException("moveTo() needs a parent; use makeRoot() to start a tree");
        }
        NestedSetEditor.moveTo(self(), parent);
    }

    /** Moves this saved node, with everything below it, out of its tree to be the root of a new one. */
    default void makeRoot() {
        NestedSetEditor.moveTo(self(), null);
    }

    /**
     * Deletes this node and every node below it (through the delete collector, so {@code onDelete} rules
     * of other models apply), then closes the gap in the numbering, in one transaction. Afterwards this
     * instance is unsaved, as after {@code delete()}.
     *
     * @return the number of rows deleted, per model
     */
    default DeleteResult deleteSubtree() {
        return NestedSetEditor.deleteSubtree(self());
    }

    /**
     * Every node below this one, depth first (by {@code lft}), in one query ({@code lft BETWEEN}); none, asking nothing, for a leaf.
     *
     * @return the descendants, not yet evaluated
     */
    default QuerySet<T> descendants() {
        Bounds b = bounds();
        if (b.rgt() == b.lft() + 1) {
            return rows().none();
        }
        return rows().filter(Q.of(TREE_ID, b.treeId(), LFT + "__range", List.of(b.lft() + 1, b.rgt() - 1))).orderBy(LFT);
    }

    /**
     * The ancestors, nearest first (parent, grandparent, ..., root), in one query.
     *
     * @return the ancestors, not yet evaluated; empty for a root
     */
    default QuerySet<T> ancestors() {
        Bounds b = bounds();
        return rows().filter(Q.of(TREE_ID, b.treeId(), LFT + "__lt", b.lft()).and(RGT + "__gt", b.rgt())).orderBy("-" + LFT);
    }

    /**
     * The direct children, in order (by {@code lft}), in one query.
     *
     * @return the children, not yet evaluated
     */
    default QuerySet<T> children() {
        Bounds b = bounds();
        return descendants().filter(LEVEL, b.level() + 1);
    }

    /**
     * The parent, or null for a root (no query); one query otherwise.
     *
     * @return the parent node, or null
     */
    default T parent() {
        Bounds b = bounds();
        return b.level() == 0 ? null : ancestors().filter(LEVEL, b.level() - 1).get();
    }

    /**
     * The root of this node's tree: this node for a root (no query), else one query.
     *
     * @return the root node
     */
    default T root() {
        Bounds b = bounds();
        return b.lft() == 1 ? self() : rows().filter(Q.of(TREE_ID, b.treeId(), LFT, 1)).get();
    }

    /**
     * Is this node a root ({@code lft == 1})? No query.
     *
     * @return true for a root
     */
    @JsonIgnore
    default boolean isRoot() {
        return bounds().lft() == 1;
    }

    /**
     * Has this node no children ({@code rgt == lft + 1})? No query.
     *
     * @return true for a leaf
     */
    @JsonIgnore
    default boolean isLeaf() {
        Bounds b = bounds();
        return b.rgt() == b.lft() + 1;
    }

    /**
     * The depth: the {@code level} field, 0 for a root. No query.
     *
     * @return the depth, from 0
     */
    default int depth() {
        return bounds().level();
    }

    /**
     * How many nodes are below this one: {@code (rgt - lft - 1) / 2}. No query.
     *
     * @return the count of descendants
     */
    default int descendantCount() {
        Bounds b = bounds();
        return (b.rgt() - b.lft() - 1) / 2;
    }

    /**
     * The roots of every tree in the table, by {@code treeId}.
     *
     * @param <T> the node model
     * @param type the node model class
     * @return the roots, not yet evaluated
     */
    static <T extends Model & NestedSetNode<T>> QuerySet<T> rootNodes(Class<T> type) {
        NestedSetFields.of(type);
        return QuerySet.of(type).filter(LFT, 1).orderBy(TREE_ID);
    }

    private Bounds bounds() {
        return NestedSetFields.of(self().getClass()).read(self());
    }

    private QuerySet<T> rows() {
        @SuppressWarnings("unchecked")
        QuerySet<T> qs = QuerySet.of((Class<T>) self().getClass());
        String alias = Instances.database(self());
        return alias == null ? qs : qs.using(alias);
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }
}
