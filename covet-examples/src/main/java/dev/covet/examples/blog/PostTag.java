package dev.covet.examples.blog;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Unique;
import dev.covet.orm.relation.Ref;

import java.time.Instant;

/** The through model of {@code Post.tags}: one row per tag on a post, saying who added it and when. */
@Meta(table = "post_tags", uniqueTogether = @Unique({"post", "tag"}))
public class PostTag extends Model {
    public static final Manager<PostTag> objects = Manager.of(PostTag.class);

    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Post> post;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Tag> tag;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "tagsAdded") public Ref<User> addedBy;
    @DateTimeField(autoNowAdd = true) public Instant addedAt;
}
