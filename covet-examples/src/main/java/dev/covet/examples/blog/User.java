package dev.covet.examples.blog;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.EmailField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.RelatedManager;

import java.time.Instant;

/** A blog author. */
@Meta(table = "users", ordering = "-createdAt", indexes = {@Index(fields = "email"), @Index(fields = "username")})
public class User extends Model {
    public static final Manager<User> objects = Manager.of(User.class);

    @CharField(maxLength = 100, unique = true) public String username;
    @EmailField(unique = true) public String email;
    @BooleanField public boolean isActive = true;
    @BooleanField public boolean isStaff;
    @DateTimeField(autoNowAdd = true) public Instant createdAt;

    /** Filled by Covet: the reverse side of {@code Post.author} (also reachable as {@code related("posts")}). */
    public RelatedManager<Post> posts;

    @Override
    public void clean() {
        if (username != null && username.contains("admin") && !isStaff) {
            throw ValidationError.of("username", "Admin username requires staff privileges.");
        }
    }
}
