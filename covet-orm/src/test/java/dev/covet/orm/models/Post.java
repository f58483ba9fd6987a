package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.GenericRelation;
import dev.covet.orm.relation.GenericRelatedManager;

/** Something to comment on and bookmark: its generic relations go when it goes. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @CharField(maxLength = 200) public String title;
    @GenericRelation public GenericRelatedManager<Comment> comments;
    @GenericRelation(ctField = "targetType", fkField = "targetKey") public GenericRelatedManager<Bookmark> bookmarks;
}
