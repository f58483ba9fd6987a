package dev.covet.examples.blog;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.RelatedManager;

/** A label on posts; posts and tags meet in {@link PostTag}. */
@Meta(table = "tags", ordering = "name")
public class Tag extends Model {
    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @CharField(maxLength = 50, unique = true) public String name;

    /** Filled by Covet: the reverse side of {@code Post.tags}. */
    public RelatedManager<Post> posts;
}
