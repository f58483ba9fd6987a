package dev.covet.examples.blog;

import dev.covet.orm.Covet;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.Manager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.covet.examples.blog.BlogDemo.say;
import static dev.covet.examples.blog.BlogDemo.step;

/**
 * Chapter 3 of the blog demo: a transaction that fails and rolls back, one that commits (with a
 * savepoint inside and {@code Covet.onCommit} after), and deletes that cascade or set null.
 */
final class Lifecycle {
    private Lifecycle() {
    }

    static void run() {
        User alice = User.objects.get("username", "alice");
        User bob = User.objects.get("username", "bob");
        Tag java = Tag.objects.get("name", "Java");

        step("An atomic block that fails: everything in it is rolled back");
        Map<String, Long> before = counts();
        say("rows before: " + before);
        try {
            Covet.atomic(() -> {
                Post part1 = alice.posts.create(Map.of("title", "Covet Tips, Part 1", "content", "Start here.", "published", true));
                part1.tags.add(java);
                say("inside the block: saved " + part1.slug + " and tagged it; " + Post.objects.count() + " posts now");
                // this title's slug, covet-orm-guide, is taken: the database refuses the row
                alice.posts.create(Map.of("title", "Covet ORM Guide", "content", "A second guide?", "published", true));
            });
        } catch (IntegrityError e) {
            say("the block failed with " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        say("rows after:  " + counts() + ", unchanged: " + before.equals(counts()));
        say("and no [post_save] announcement for \"Covet Tips, Part 1\": its onCommit hook went with the rollback");

        step("An atomic block that commits, with a savepoint inside and Covet.onCommit after");
        Covet.atomic(() -> {
            Post tips = alice.posts.create(Map.of("title", "Covet Tips", "content", "Use atomic().", "published", true));
            tips.tags.add(List.of(java), Map.of("addedBy", alice));
            try {
                Covet.atomic(() -> {      // nested: a savepoint
                    tips.comments.create(Map.of("author", bob, "body", "Buy cheap watches!"));
                    throw new IllegalStateException("the spam filter rejected bob's comment");
                });
            } catch (IllegalStateException e) {
                say("the nested block rolled back alone (" + e.getMessage() + "): "
                        + tips.comments.count() + " comments on " + tips.slug);
            }
            Covet.onCommit(() -> say("[onCommit] committed: " + tips.slug + " is live, tagged "
                    + Relations.names(tips.tags.list())));
            say("end of the block: " + Post.objects.count() + " posts seen inside; nothing announced yet");
        });
        say("rows after the commit: " + counts());

        step("Deleting a user cascades to their posts, the posts' comments and tags, and their own comments");
        Map<String, Long> beforeDelete = counts();
        say("rows before: " + beforeDelete);
        say("bob has " + bob.posts.count() + " posts, " + bob.related("comments").count() + " comments, and added "
                + bob.related("tagsAdded").count() + " tag to alice's guide");
        DeleteResult deleted = bob.delete();
        say("bob.delete() removed " + deleted.total() + " rows: " + new TreeMap<>(deleted.perModel()));
        say("of them " + deleted.count(Post.class) + " posts and " + deleted.count(Comment.class) + " comments");
        say("rows after:  " + counts());
        PostTag sqlOnGuide = PostTag.objects.get(Map.of("post__slug", "covet-orm-guide", "tag__name", "SQL"));
        say("the SQL tag bob put on the guide stays (PostTag.addedBy is SET_NULL): addedBy is now "
                + sqlOnGuide.addedBy.get());

        step("Deleting a category sets its posts' category to null (SET_NULL)");
        Category tech = Category.objects.get("slug", "technology");
        say("tech.delete(): " + tech.delete());
        Post guide = Post.objects.get("slug", "covet-orm-guide");
        say("the guide is still there, its category now " + guide.category.get());
    }

    /** Rows per model, in the order the blog's models are declared. */
    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Manager<?> m : List.of(User.objects, Post.objects, Comment.objects, Tag.objects, PostTag.objects)) {
            counts.put(m.modelClass().getSimpleName(), m.count());
        }
        return counts;
    }
}
