package dev.covet.orm.relation;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.db.Database;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.sql.CompiledSelect;
import dev.covet.orm.sql.TreeCompiler;
import dev.covet.orm.sql.TreeWalk;

import java.util.List;
import java.util.Set;

/** What {@link TreeNode}'s methods do: find the parent key, build the QuerySets, run the walks. */
final class TreeWalker {
    private TreeWalker() {
    }

    static Ref<?> parentRef(TreeNode<?> node) {
        return (Ref<?>) parentKey(node).value((Model) node);
    }

    @SuppressWarnings("unchecked")
    static <T extends Model & TreeNode<T>> T parent(T node) {
        return (T) parentRef(node).get();
    }

    static <T extends Model & TreeNode<T>> QuerySet<T> children(T node) {
        FieldInfo fk = parentKey(node);
        return rows(node).filter(fk.attname(), savedKey(node, fk, "children"));
    }

    static <T extends Model & TreeNode<T>> List<T> ancestors(T node) {
        Object parent = parentKeyValue(node);
        if (parent == null) {
            return List.of();
        }
        return walk(node, rows(node), TreeWalk.Direction.UP, parent);
    }

    static <T extends Model & TreeNode<T>> List<T> descendants(T node) {
        FieldInfo fk = parentKey(node);
        return walk(node, rows(node), TreeWalk.Direction.DOWN, savedKey(node, fk, "descendants"));
    }

    static <T extends Model & TreeNode<T>> QuerySet<T> siblings(T node) {
        FieldInfo fk = parentKey(node);
        Object parent = parentKeyValue(node);
        QuerySet<T> qs = parent == null ? rows(node).filter(fk.name() + "__isnull", true) : rows(node).filter(fk.attname(), parent);
        return node.pk() == null ? qs : qs.exclude("pk", node.pk());
    }

    static <T extends Model & TreeNode<T>> int depth(T node) {
        Object parent = parentKeyValue(node);
        if (parent == null) {
            return 0;
        }
        FieldInfo fk = parentKey(node);
        Database db = rows(node).database();
        TreeWalk walk = new TreeWalk(fk, TreeWalk.Direction.UP, parent, fk.relation().targetField().dbValue(node), node.maxTreeDepth());
        return db.query(TreeCompiler.count(fk.model(), walk, db.dialect()), rs -> rs.getInt(1)).getFirst();
    }

    static <T extends Model & TreeNode<T>> T root(T node) {
        Object parent = parentKeyValue(node);
        if (parent == null) {
            return node;
        }
        FieldInfo fk = parentKey(node);
        List<T> roots = walk(node, rows(node).filter(fk.name() + "__isnull", true), TreeWalk.Direction.UP, parent);
        if (roots.isEmpty()) {
            throw new DoesNotExist(node.getClass(), "the root above " + node + " (no ancestor within maxTreeDepth() = "
                    + node.maxTreeDepth() + " levels has a null " + fk.name() + "; do the parent keys form a cycle?)");
        }
        return roots.getFirst();
    }

    static <T extends Model & TreeNode<T>> QuerySet<T> rootNodes(Class<T> type) {
        ModelInfo<T> info = ModelRegistry.info(type);
        String name = info.derived("TreeNode.parentField", k -> info.newInstance().parentField());
        return QuerySet.of(type).filter(parentKey(info, name).name() + "__isnull", true);
    }

    // ---------------------------------------------------------------- the walks

    @SuppressWarnings("unchecked")
    private static <T extends Model & TreeNode<T>> List<T> walk(T node, QuerySet<T> rows, TreeWalk.Direction direction, Object start) {
        FieldInfo fk = parentKey(node);
        TreeWalk walk = new TreeWalk(fk, direction, start, fk.relation().targetField().dbValue(node), node.maxTreeDepth());
        Database db = rows.database();
        CompiledSelect compiled = TreeCompiler.select(rows.query(), walk, db.dialect());
        if (compiled.empty()) {
            return List.of();
        }
        RowReaders.Marks marks = new RowReaders.Marks(db.alias(), Instances.isStrict(node), Set.of());
        return List.copyOf(db.query(compiled.sql(), RowReaders.<T>models(compiled.shape(), db.dialect(), marks)));
    }

    /** Every row of the node's model, on the node's database. */
    @SuppressWarnings("unchecked")
    private static <T extends Model> QuerySet<T> rows(T node) {
        QuerySet<T> qs = QuerySet.of((Class<T>) node.getClass());
        String alias = Instances.database(node);
        return alias == null ? qs : qs.using(alias);
    }

    /** The parent's key as the instance holds it, or null for a root. */
    private static Object parentKeyValue(TreeNode<?> node) {
        Ref<?> ref = parentRef(node);
        if (ref.hasUnsavedTarget()) {
            throw new IllegalStateException("The parent of " + node + " is not saved yet (it has no primary key); save it first");
        }
        return ref.id();
    }

    private static Object savedKey(Model node, FieldInfo fk, String what) {
        Object key = fk.relation().targetField().dbValue(node);
        if (key == null) {
            throw new IllegalStateException("Cannot look up the " + what + " of an unsaved " + fk.model().name()
                    + " (it has no primary key); save it first");
        }
        return key;
    }

    private static FieldInfo parentKey(TreeNode<?> node) {
        return parentKey(ModelRegistry.info(((Model) node).getClass()), node.parentField());
    }

    private static FieldInfo parentKey(ModelInfo<?> info, String name) {
        FieldInfo f = info.findField(name);
        if (f == null || f.relation() == null || f.relation().kind() != RelationInfo.Kind.FOREIGN_KEY || f.relation().target() != info) {
            throw new ImproperlyConfigured(info.name() + " is a TreeNode, but '" + name + "' is not a foreign key from "
                    + info.name() + " to itself: declare @ForeignKey(to = \"self\", nullable = true, ...) " + name
                    + ", or override parentField()");
        }
        return f;
    }
}
