package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.Ref;
import dev.covet.orm.relation.TreeNode;

/** A tree by parent key (adjacency list), walked with recursive CTEs. */
@Meta(ordering = "name")
public class Category extends Model implements TreeNode<Category> {
    public static final Manager<Category> objects = Manager.of(Category.class);

    @CharField(maxLength = 100) public String name;
    @ForeignKey(to = "self", onDelete = OnDelete.CASCADE, nullable = true, relatedName = "children") public Ref<Category> parent;
}
