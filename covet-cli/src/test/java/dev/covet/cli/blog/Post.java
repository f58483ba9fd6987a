package dev.covet.cli.blog;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

import java.time.Instant;

/** The blog app's first version: a post with a title. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @CharField(maxLength = 200) public String title;
    @DateTimeField(nullable = true) public Instant publishedAt;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Author> author;
}
