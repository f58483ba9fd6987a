package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.GenericForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.ContentType;
import dev.covet.orm.relation.GenericRef;
import dev.covet.orm.relation.Ref;

/**
 * A generic key under other names, its object id in a text column: it points at posts (which declare
 * the reverse relation) and at authors (which do not).
 */
public class Bookmark extends Model {
    public static final Manager<Bookmark> objects = Manager.of(Bookmark.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "+") public Ref<ContentType> targetType;
    @CharField(maxLength = 40) public String targetKey;
    @GenericForeignKey(ctField = "targetType", fkField = "targetKey") public GenericRef<Model> target;
    @CharField(maxLength = 50) public String label;
}
