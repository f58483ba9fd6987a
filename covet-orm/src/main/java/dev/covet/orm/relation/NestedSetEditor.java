package dev.covet.orm.relation;

import dev.covet.orm.db.RetryPolicy;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.F;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.SaveOptions;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.relation.NestedSetFields.Bounds;

import java.util.List;
import java.util.Map;

import static dev.covet.orm.relation.NestedSetFields.LEVEL;
import static dev.covet.orm.relation.NestedSetFields.LFT;
import static dev.covet.orm.relation.NestedSetFields.RGT;
import static dev.covet.orm.relation.NestedSetFields.TREE_ID;

/**
 * The writes of {@link NestedSetNode}: a new tree, a new last child, a subtree removed. Each runs in
 * one transaction, renumbering the nodes after the change with set-based UPDATEs, and first reads the
 * node's place afresh while locking its tree's root row ({@code SELECT ... FOR UPDATE} where the
 * database has it; SQLite's transactions hold the database's write lock anyway), so that writes to one
 * tree take turns and a stale instance still writes the right numbers.
 */
final class NestedSetEditor {
    private NestedSetEditor() {
    }

    static void saveAsRoot(Model node) {
        NestedSetFields fields = NestedSetFields.of(node.getClass());
        requireNew(node, "saveAsRoot()");
        QuerySet<?> rows = rows(node);
        FieldInfo pk = ModelRegistry.infoOf(node).pk();
        Object key = pk.value(node);
        retryingDeadlocks(rows.database(), () -> {
            int treeId = nextTreeId(rows, fields);
            fields.write(node, new Bounds(1, 2, treeId, 0));
            node.save(SaveOptions.forceInsert().withDatabase(Instances.database(node)));
        }, () -> {
            // the INSERT may have given the instance a key, which the rollback took back
            pk.setValue(node, key);
            Instances.setAdding(node, true);
        });
    }

    /**
     * Runs {@code work} in a transaction, again when the database picks it as a deadlock victim (as it may
     * when writes to several trees cross), as {@link RetryPolicy#DEFAULT} allows; {@code reset} undoes what a
     * failed attempt did to the instances. Inside a caller's transaction there is no retrying: the database
     * has rolled that transaction back.
     */
    private static void retryingDeadlocks(Database db, Runnable work, Runnable reset) {
        boolean[] tried = {false};
        db.atomic(RetryPolicy.DEFAULT, () -> {
            if (tried[0]) {
                reset.run();
            }
            tried[0] = true;
            work.run();
        });
    }

    static <T extends Model> T addChild(T parent, T child) {
        NestedSetFields fields = NestedSetFields.of(parent.getClass());
        if (child == null || child.getClass() != parent.getClass()) {
            throw new IllegalArgumentException("addChild() takes a new " + ModelRegistry.infoOf(parent).name()
                    + ", not " + child);
        }
        requireNew(child, "addChild()");
        fields.read(parent);
        QuerySet<?> rows = rows(parent);
        FieldInfo pk = ModelRegistry.infoOf(child).pk();
        Object key = pk.value(child);
        retryingDeadlocks(rows.database(), () -> {
            Bounds p = lockAndRead(parent, fields);
            // make room: the right edge of the parent and of every node to its right moves by 2
            rows.filter(Q.of(TREE_ID, p.treeId(), RGT + "__gte", p.rgt())).update(RGT, F.of(RGT).plus(2));
            rows.filter(Q.of(TREE_ID, p.treeId(), LFT + "__gt", p.rgt())).update(LFT, F.of(LFT).plus(2));
            fields.write(child, new Bounds(p.rgt(), p.rgt() + 1, p.treeId(), p.level() + 1));
            child.save(SaveOptions.forceInsert().withDatabase(Instances.database(parent)));
            fields.write(parent, p.withRgt(p.rgt() + 2));
        }, () -> {
            pk.setValue(child, key);
            Instances.setAdding(child, true);
        });
        return child;
    }

    /**
     * Moves {@code node} and its subtree to be the last child of {@code parent} (in the same tree or
     * another), or, when {@code parent} is null, to be the root of a new tree. Five set-based UPDATEs:
     * the subtree is lifted out (its numbers negated), the gap it left is closed, room is made at the
     * parent's right edge, and the subtree is dropped in with its numbers, levels and tree shifted.
     */
    static void moveTo(Model node, Model parent) {
        NestedSetFields fields = NestedSetFields.of(node.getClass());
        if (parent != null && parent.getClass() != node.getClass()) {
            throw new IllegalArgumentException("moveTo() takes a " + ModelRegistry.infoOf(node).name() + ", not " + parent);
        }
        fields.read(node);
        if (parent != null) {
            fields.read(parent);
        }
        QuerySet<?> rows = rows(node);
        // each attempt reads the nodes afresh (lockAndRead), so a retry needs nothing undone
        retryingDeadlocks(rows.database(), () -> {
            Bounds s = lockAndRead(node, fields);
            if (parent == null && s.lft() == 1) {
                return;   // a root already
            }
            if (parent != null) {
                Bounds p = lockAndRead(parent, fields);
                if (p.treeId() == s.treeId() && p.lft() >= s.lft() && p.lft() <= s.rgt()) {
                    throw new IllegalArgumentException("Cannot move " + node + " under " + parent
                            + ": it is the node itself or one of its descendants");
                }
            }
            int width = s.rgt() - s.lft() + 1;
            rows.filter(Q.of(TREE_ID, s.treeId(), LFT + "__range", List.of(s.lft(), s.rgt())))
                    .update(Map.of(LFT, F.of(LFT).times(-1), RGT, F.of(RGT).times(-1)));
            rows.filter(Q.of(TREE_ID, s.treeId(), LFT + "__gt", s.rgt())).update(LFT, F.of(LFT).minus(width));
            rows.filter(Q.of(TREE_ID, s.treeId(), RGT + "__gt", s.rgt())).update(RGT, F.of(RGT).minus(width));
            Bounds target;
            if (parent == null) {
                target = new Bounds(0, 1, nextTreeId(rows, fields), -1);
            } else {
                // the parent's edge as it is now that the gap is closed
                Bounds p = lockAndRead(parent, fields);
                rows.filter(Q.of(TREE_ID, p.treeId(), RGT + "__gte", p.rgt())).update(RGT, F.of(RGT).plus(width));
                rows.filter(Q.of(TREE_ID, p.treeId(), LFT + "__gt", p.rgt())).update(LFT, F.of(LFT).plus(width));
                fields.write(parent, p.withRgt(p.rgt() + width));
                target = p;
            }
            int shift = target.rgt() - s.lft();
            int levels = target.level() + 1 - s.level();
            // each assignment reads only its own column: MySQL applies them left to right
            rows.filter(Q.of(TREE_ID, s.treeId(), LFT + "__lt", 0)).update(Map.of(
                    LFT, F.of(LFT).times(-1).plus(shift), RGT, F.of(RGT).times(-1).plus(shift),
                    LEVEL, F.of(LEVEL).plus(levels), TREE_ID, target.treeId()));
            fields.write(node, new Bounds(s.lft() + shift, s.rgt() + shift, target.treeId(), s.level() + levels));
        }, () -> { });
    }

    static DeleteResult deleteSubtree(Model node) {
        NestedSetFields fields = NestedSetFields.of(node.getClass());
        fields.read(node);
        QuerySet<?> rows = rows(node);
        DeleteResult result = rows.database().atomic(() -> {
            Bounds b = lockAndRead(node, fields);
            int width = b.rgt() - b.lft() + 1;
            DeleteResult deleted = rows.filter(Q.of(TREE_ID, b.treeId(), LFT + "__range", List.of(b.lft(), b.rgt()))).delete();
            // close the gap: every number right of the subtree moves left by its width
            rows.filter(Q.of(TREE_ID, b.treeId(), LFT + "__gt", b.rgt())).update(LFT, F.of(LFT).minus(width));
            rows.filter(Q.of(TREE_ID, b.treeId(), RGT + "__gt", b.rgt())).update(RGT, F.of(RGT).minus(width));
            return deleted;
        });
        // as Model.delete() leaves an instance: unsaved, without its generated key
        FieldInfo pk = ModelRegistry.infoOf(node).pk();
        if (pk.isAutoIncrement()) {
            pk.setValue(node, null);
        }
        Instances.setAdding(node, true);
        return result;
    }

    /**
     * The next free {@code tree_id}, held until the transaction ends: the root of the highest tree is
     * locked, so a concurrent new tree waits there. A locking read that had to wait may answer from
     * before the wait (PostgreSQL sorts before it locks), so the read is repeated until two agree; the
     * later one is then current. SQLite's write lock covers it all anyway.
     */
    private static int nextTreeId(QuerySet<?> rows, NestedSetFields fields) {
        QuerySet<?> highest = rows.filter(LFT, 1).orderBy("-" + TREE_ID).only(TREE_ID, LFT, RGT, LEVEL).slice(0, 1);
        boolean locks = rows.database().dialect().features().supportsSelectForUpdate();
        int previous = Integer.MIN_VALUE;
        while (true) {
            List<? extends Model> top = (locks ? highest.selectForUpdate() : highest).list();
            int current = top.isEmpty() ? 0 : fields.read(top.getFirst()).treeId();
            if (!locks || current == previous) {
                return current + 1;
            }
            previous = current;
        }
    }

    /**
     * The node's place as the database has it now (copied onto the instance), reading it with the tree's
     * root row under a row lock.
     */
    private static Bounds lockAndRead(Model node, NestedSetFields fields) {
        Bounds stale = fields.read(node);
        QuerySet<?> locked = rows(node).filter(Q.of("pk", node.pk()).or(Q.of(Map.of(TREE_ID, stale.treeId(), LFT, 1))))
                .only(LFT, RGT, TREE_ID, LEVEL);
        if (locked.database().dialect().features().supportsSelectForUpdate()) {
            locked = locked.selectForUpdate();
        }
        for (Model row : locked.list()) {
            if (row.pk().equals(node.pk())) {
                Bounds fresh = fields.read(row);
                fields.write(node, fresh);
                return fresh;
            }
        }
        throw new DoesNotExist(node.getClass(), "pk=" + node.pk() + " (the node was deleted)");
    }

    private static void requireNew(Model node, String call) {
        if (!Instances.isAdding(node)) {
            throw new IllegalArgumentException(call + " places a new node, but " + node + " is saved already; "
                    + "use moveTo() to move it");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Model> QuerySet<T> rows(T node) {
        QuerySet<T> qs = QuerySet.of((Class<T>) node.getClass());
        String alias = Instances.database(node);
        return alias == null ? qs : qs.using(alias);
    }
}
