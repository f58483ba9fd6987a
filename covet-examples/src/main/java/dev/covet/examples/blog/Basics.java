package dev.covet.examples.blog;

import dev.covet.orm.F;
import dev.covet.orm.GetOrCreate;
import dev.covet.orm.Q;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.query.Avg;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Max;
import dev.covet.orm.query.Sum;

import java.util.List;
import java.util.Map;

import static dev.covet.examples.blog.BlogDemo.say;
import static dev.covet.examples.blog.BlogDemo.step;

/**
 * Chapter 1 of the blog demo: users, a category and posts; lookups, Q and F; aggregation;
 * get-or-create; validation; an async query; a bulk delete.
 */
final class Basics {
    private Basics() {
    }

    static void run() throws Exception {
        step("Create users, a category and posts");
        User alice = User.objects.create(Map.of("username", "alice", "email", "alice@example.com"));
        User bob = User.objects.create(Map.of("username", "bob", "email", "bob@example.com", "isStaff", "yes"));
        say("created " + alice + " and " + bob + " (the string \"yes\" became isStaff=" + bob.isStaff + ")");
        Category tech = Category.objects.create(Map.of("name", "Technology", "slug", "technology"));
        Post guide = new Post();
        guide.title = "Covet ORM Guide";
        guide.slug = "covet-orm-guide";
        guide.content = "A comprehensive guide to Covet...";
        guide.author.set(alice);
        guide.category.set(tech);
        guide.published = true;
        guide.save();
        say("saved " + guide + " with author id " + guide.author.id() + " (no query needed for the id)");
        for (int i = 1; i <= 4; i++) {
            Post p = new Post();
            p.title = "Notes #" + i;     // no slug: the pre_save receiver makes "notes-" + i from the title
            p.content = "Short note " + i;
            p.author.set(i % 2 == 0 ? alice : bob);
            p.published = i != 4;
            p.views = i * 10;
            p.save();
        }
        say(Post.objects.count() + " posts in the table, slugs "
                + Post.objects.orderBy("slug").valuesList(String.class, "slug").list() + " (the receiver filled the notes')");

        step("Lookups, Q objects, F expressions, ordering and slicing");
        List<String> published = Post.objects.filter("published", true).orderBy("title").valuesList(String.class, "title").list();
        say("published: " + published);
        say("alice's posts (author__username, a join): "
                + Post.objects.filter("author__username", "alice").valuesList(String.class, "slug").list());
        say("title contains 'orm' ignoring case, or more than 25 views: " + Post.objects
                .filter(Q.of("title__icontains", "ORM").or(Q.of("views__gt", 25))).orderBy("slug").valuesList(String.class, "slug").list());
        say("not published: " + Post.objects.exclude("published", true).valuesList(String.class, "slug").list());
        say("top 2 by views: " + Post.objects.orderBy("-views").slice(0, 2).valuesList(String.class, "slug").list());
        // the same kind of query through the metamodel covet-processor generates (Post_): a misspelled field
        // here, or in any lookup string above, fails to compile
        say("typed, via Post_: " + Post.objects.filter(Post_.author.username.startswith("al"), Post_.views.gte(10))
                .orderBy(Post_.title.desc()).valuesList(String.class, Post_.slug).list());
        String sql = Post.objects.filter("views__gte", 20).exclude("author__isStaff", true).toSql();
        say("the SQL of a query, values as parameters:\n      " + sql);

        step("Atomic update with F(): every published post gets one more view, in SQL");
        int changed = Post.objects.filter("published", true).update("views", F.of("views").plus(1));
        say(changed + " rows updated; views now " + Post.objects.orderBy("slug").valuesList(Integer.class, "views").list());

        step("Aggregation and annotation");
        Map<String, Object> stats = Post.objects.aggregate(Count.all().as("posts"), Sum.of("views").as("views"),
                Avg.of("views").as("avgViews"), Max.of("createdAt").as("latest"));
        say("aggregate: " + stats);
        List<Map<String, Object>> perAuthor = Post.objects.values("author__username").annotate("posts", Count.all())
                .orderBy("author__username").list();
        say("posts per author (values + annotate is GROUP BY): " + perAuthor);

        step("Get or create");
        GetOrCreate<Category> web = Category.objects.getOrCreate(Map.of("name", "Web Development"), Map.of("slug", "web-development"));
        GetOrCreate<Category> again = Category.objects.getOrCreate(Map.of("name", "Web Development"), Map.of("slug", "web-development"));
        say("first call created=" + web.created() + ", second created=" + again.created() + ", same row: "
                + web.object().equals(again.object()));

        step("Validation");
        User eve = new User();
        eve.username = "eve-admin";
        eve.email = "not-an-email";
        try {
            eve.save();
        } catch (ValidationError e) {
            say("refused to save: " + e.errors());
        }
        say("users in the table: " + User.objects.count());

        step("An async query on Covet's executor");
        long count = Post.objects.filter("author__username", "bob").countAsync().get();
        say("bob has " + count + " posts (counted asynchronously)");

        step("Delete");
        say("deleted: " + Post.objects.filter("published", false).delete());
        say(Post.objects.count() + " posts left");
    }
}
