package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.GenericRelation;
import dev.covet.orm.relation.GenericRelatedManager;

/** Another model comments attach to. */
public class Photo extends Model {
    public static final Manager<Photo> objects = Manager.of(Photo.class);

    @CharField(maxLength = 200) public String caption;
    @GenericRelation public GenericRelatedManager<Comment> comments;
}
