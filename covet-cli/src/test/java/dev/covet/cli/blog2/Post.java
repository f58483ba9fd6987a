package dev.covet.cli.blog2;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.Ref;

import java.time.Instant;

/** The blog app's second version: title renamed to headline, and a NOT NULL views count with no default. */
@Meta(app = "blog")
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @CharField(maxLength = 200) public String headline;
    @DateTimeField(nullable = true) public Instant publishedAt;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Author> author;
    @IntegerField public Integer views;
}
