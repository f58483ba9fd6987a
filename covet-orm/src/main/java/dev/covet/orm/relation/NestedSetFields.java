package dev.covet.orm.relation;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.Model;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;

/**
 * The four integer fields of a {@link NestedSetNode} model ({@code lft}, {@code rgt}, {@code treeId},
 * {@code level}), found once per model, and their values on one instance as {@link Bounds}.
 */
record NestedSetFields(FieldInfo lft, FieldInfo rgt, FieldInfo treeId, FieldInfo level) {
    static final String LFT = "lft";
    static final String RGT = "rgt";
    static final String TREE_ID = "treeId";
    static final String LEVEL = "level";

    /** A node's place: its left and right numbers, its tree, its depth. */
    record Bounds(int lft, int rgt, int treeId, int level) {
        Bounds withRgt(int value) {
            return new Bounds(lft, value, treeId, level);
        }
    }

    static NestedSetFields of(Class<? extends Model> type) {
        ModelInfo<?> info = ModelRegistry.info(type);
        return info.derived("NestedSetNode.fields", k -> new NestedSetFields(
                integer(info, LFT), integer(info, RGT), integer(info, TREE_ID), integer(info, LEVEL)));
    }

    private static FieldInfo integer(ModelInfo<?> info, String name) {
        FieldInfo f = info.findField(name);
        if (f == null || f.kind() != FieldKind.INTEGER) {
            throw new ImproperlyConfigured(info.name() + " is a NestedSetNode, so it needs an @IntegerField named '" + name
                    + "' (lft, rgt, treeId and level)");
        }
        return f;
    }

    /** The node's place as its instance holds it; an {@link IllegalStateException} for a node not placed in a tree. */
    Bounds read(Model node) {
        Object l = lft.dbValue(node);
        Object r = rgt.dbValue(node);
        Object t = treeId.dbValue(node);
        Object v = level.dbValue(node);
        if (node.pk() == null || l == null || r == null || t == null || v == null) {
            throw new IllegalStateException(node + " is not a saved node of a tree; save it with saveAsRoot() or add it "
                    + "with addChild() first");
        }
        return new Bounds(((Number) l).intValue(), ((Number) r).intValue(), ((Number) t).intValue(), ((Number) v).intValue());
    }

    void write(Model node, Bounds b) {
        lft.setDbValue(node, b.lft());
        rgt.setDbValue(node, b.rgt());
        treeId.setDbValue(node, b.treeId());
        level.setDbValue(node, b.level());
    }
}
