package dev.covet.examples.blog;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.TextField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Unique;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.Ref;
import dev.covet.orm.relation.RelatedManager;

import java.time.Instant;

/** A blog post: by a user, maybe in a category, with tags (through {@link PostTag}) and comments. */
@Meta(table = "posts", ordering = "-createdAt",
        indexes = {@Index(fields = "slug"), @Index(fields = {"author", "published"}),
                @Index(fields = {"title", "content"}, search = true, name = "posts_search")},
        uniqueTogether = @Unique({"slug", "author"}))
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @CharField(maxLength = 200) public String title;
    @CharField(maxLength = 200, unique = true) public String slug;
    @TextField public String content;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "posts") public Ref<User> author;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "posts") public Ref<Category> category;
    @ManyToManyField(through = PostTag.class, throughFields = {"post", "tag"}, relatedName = "posts") public ManyToMany<Tag> tags;
    @BooleanField public boolean published;
    @IntegerField public int views;
    @DateTimeField(autoNowAdd = true) public Instant createdAt;
    @DateTimeField(autoNow = true) public Instant updatedAt;

    /** Filled by Covet: the reverse side of {@code Comment.post}. */
    public RelatedManager<Comment> comments;
}
