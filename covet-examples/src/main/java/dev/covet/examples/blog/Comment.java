package dev.covet.examples.blog;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.TextField;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.Ref;

import java.time.Instant;

/** A reader's comment on a post; it goes when the post goes, or when its author does. */
@Meta(table = "comments", ordering = "createdAt")
public class Comment extends Model {
    public static final Manager<Comment> objects = Manager.of(Comment.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "comments") public Ref<Post> post;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "comments") public Ref<User> author;
    @TextField public String body;
    @DateTimeField(autoNowAdd = true) public Instant createdAt;
}
