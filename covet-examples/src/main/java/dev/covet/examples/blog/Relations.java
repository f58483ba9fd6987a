package dev.covet.examples.blog;

import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.query.Count;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static dev.covet.examples.blog.BlogDemo.say;
import static dev.covet.examples.blog.BlogDemo.step;

/**
 * Chapter 2 of the blog demo: following foreign keys both ways, comments, tags through the
 * {@link PostTag} model, and how many queries {@code selectRelated} and {@code prefetchRelated} save.
 */
final class Relations {
    private Relations() {
    }

    static void run() {
        User alice = User.objects.get("username", "alice");
        User bob = User.objects.get("username", "bob");
        Post guide = Post.objects.get("slug", "covet-orm-guide");

        step("Forward and reverse foreign keys");
        try (CaptureQueries q = CaptureQueries.start()) {
            String name = guide.author.get().username;
            int first = q.count();
            guide.author.get();
            say("guide.author.get() is " + name + ": " + first + " query the first time, "
                    + (q.count() - first) + " the second (the author is cached on the post)");
        }
        say("guide.category.get() is " + guide.category.get().name + "; the category's reverse side has "
                + guide.category.get().related("posts").count() + " post(s)");
        say("alice.posts (a RelatedManager field): " + alice.posts.count() + " posts, published: "
                + alice.posts.filter("published", true).orderBy("slug").valuesList(String.class, "slug").list());
        say("bob.related(\"posts\") (the same, by name): " + bob.related("posts").count()
                + " posts, with more than 20 views: " + bob.related("posts").filter("views__gt", 20).count());
        Post relations = alice.posts.create(Map.of("title", "Relations in Covet",
                "content", "Keys, reverse managers and tags.", "published", true));
        say("alice.posts.create(...) made " + relations.slug + ", its author set to " + relations.author.get().username
                + "; alice has " + alice.posts.count() + " posts now");

        step("Comments: a second reverse key on posts, and one on users");
        Post notes1 = Post.objects.get("slug", "notes-1");
        guide.comments.create(Map.of("author", bob, "body", "Great guide!"));
        guide.comments.create(Map.of("author", alice, "body", "Thanks, Bob."));
        relations.comments.create(Map.of("author", bob, "body", "What about many-to-many?"));
        notes1.comments.create(Map.of("author", alice, "body", "Nice notes."));
        for (Comment c : guide.comments.all().selectRelated("author")) {
            say("on the guide, " + c.author.get().username + ": " + c.body);
        }
        say("bob wrote " + bob.related("comments").count() + " comments; posts bob commented on (comments__author__username): "
                + Post.objects.filter("comments__author__username", "bob").orderBy("slug").valuesList(String.class, "slug").list());

        step("Tags: a many-to-many through PostTag, which records who added each tag and when");
        Tag java = Tag.objects.create(Map.of("name", "Java"));
        Tag orm = Tag.objects.create(Map.of("name", "ORM"));
        Tag sql = Tag.objects.create(Map.of("name", "SQL"));
        guide.tags.add(List.of(java, orm), Map.of("addedBy", alice));   // throughDefaults fill PostTag's other fields
        guide.tags.add(List.of(sql), Map.of("addedBy", bob));
        relations.tags.add(List.of(orm, sql), Map.of("addedBy", alice));
        notes1.tags.add(java);                                            // no defaults: addedBy stays null
        say("guide.tags: " + names(guide.tags.list()) + "; relations.tags: " + names(relations.tags.list()));
        for (PostTag link : PostTag.objects.filter("post", guide).selectRelated("tag", "addedBy").orderBy("tag__name")) {
            say("  the guide's PostTag row for " + link.tag.get().name + ": added by " + link.addedBy.get().username
                    + " at " + link.addedAt);
        }
        say("notes-1's Java tag, added without throughDefaults: addedBy is "
                + PostTag.objects.get(Map.of("post", notes1, "tag", java)).addedBy.get());
        say("orm.posts (the reverse side): " + orm.posts.orderBy("slug").valuesList(String.class, "slug").list());
        say("posts tagged Java (tags__name): "
                + Post.objects.filter("tags__name", "Java").orderBy("slug").valuesList(String.class, "slug").list());
        say("tags bob added (a query on the through model): "
                + PostTag.objects.filter("addedBy__username", "bob").valuesList(String.class, "tag__name").list());
        List<String> tagged = new ArrayList<>();
        for (Post p : Post.objects.annotate("tagCount", Count.of("tags")).filter("tagCount__gte", 2).orderBy("slug")) {
            tagged.add(p.slug + "=" + p.annotations().get("tagCount"));
        }
        say("posts with at least two tags (annotate Count(\"tags\"), then filter): " + tagged);
        relations.tags.remove(sql);
        say("after relations.tags.remove(SQL): " + names(relations.tags.list()) + ", " + PostTag.objects.count() + " PostTag rows");

        step("Loading related rows: the number of queries each way");
        QuerySet<Post> published = Post.objects.filter("published", true).orderBy("slug");
        List<String> plain = counted("plain loop: one query for the posts, then one per post for each relation", () -> {
            List<String> lines = describe(published);
            lines.forEach(line -> say("  " + line));
            return lines;
        });
        List<String> joined = counted("selectRelated(\"author\", \"category\"): JOINs; tags and comments still one per post",
                () -> describe(published.selectRelated("author", "category")));
        List<String> all = counted("plus prefetchRelated(\"tags\", \"comments\"): one more query per relation, not per post",
                () -> describe(published.selectRelated("author", "category").prefetchRelated("tags", "comments")));
        say("same lines each time: " + (plain.equals(joined) && plain.equals(all)));
        counted("User.objects.prefetchRelated(\"posts\", \"posts__tags\"): users, their posts, the posts' tags", () -> {
            List<String> out = new ArrayList<>();
            for (User u : User.objects.prefetchRelated("posts", "posts__tags").orderBy("username")) {
                for (Post p : u.posts) {
                    out.add(u.username + "/" + p.slug + names(p.tags.list()));
                }
            }
            say("  " + out);
            return out;
        });
        counted("the specification's \"post with all relationships\": selectRelated + prefetchRelated + get", () -> {
            Post p = Post.objects.selectRelated("author", "category").prefetchRelated("tags").get("slug", "covet-orm-guide");
            say("  " + p.title + ": author " + p.author.get().username + ", category " + p.category.get().name
                    + ", tags " + names(p.tags.list()));
            return p;
        });
        try {
            Post.objects.strict().get("slug", "covet-orm-guide").tags.list();
        } catch (StrictLoadingError e) {
            say("with strict(), touching an unloaded relation fails instead: " + e.getMessage());
        }
    }

    /** One line per post: its author, category, tags and comments, each reached through a relation. */
    private static List<String> describe(QuerySet<Post> posts) {
        List<String> lines = new ArrayList<>();
        for (Post p : posts) {
            Category category = p.category.get();
            lines.add(p.slug + " by " + p.author.get().username + (category == null ? "" : " in " + category.name)
                    + ", tags " + names(p.tags.list()) + ", comments: " + p.comments.count());
        }
        return lines;
    }

    /** Runs {@code work}, then says how many queries it took. */
    private static <T> T counted(String what, Supplier<T> work) {
        try (CaptureQueries q = CaptureQueries.start()) {
            T result = work.get();
            say(q.count() + " queries, " + what);
            return result;
        }
    }

    static List<String> names(List<Tag> tags) {
        return tags.stream().map(t -> t.name).toList();
    }
}
