package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.relation.NestedSetNode;

/** A tree stored as nested sets. */
public class Folder extends Model implements NestedSetNode<Folder> {
    public static final Manager<Folder> objects = Manager.of(Folder.class);

    @CharField(maxLength = 100) public String name;
    @IntegerField public Integer lft;
    @IntegerField public Integer rgt;
    @IntegerField public Integer treeId;
    @IntegerField public Integer level;
}
