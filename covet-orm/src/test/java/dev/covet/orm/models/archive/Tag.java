package dev.covet.orm.models.archive;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.Ref;

/** A second model named Tag, in another package: names must not be confused with the first. */
@Meta(table = "archive_tag")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @CharField(maxLength = 50) public String label;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "archived") public Ref<dev.covet.orm.models.Tag> original;
}
