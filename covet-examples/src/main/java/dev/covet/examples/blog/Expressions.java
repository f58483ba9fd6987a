package dev.covet.examples.blog;

import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.query.Case;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Exists;
import dev.covet.orm.query.Frame;
import dev.covet.orm.query.Sum;
import dev.covet.orm.query.Window;
import dev.covet.orm.query.OuterRef;
import dev.covet.orm.query.SearchQuery;
import dev.covet.orm.query.SearchRank;
import dev.covet.orm.query.SearchVector;
import dev.covet.orm.query.Subquery;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.When;
import dev.covet.orm.query.functions.Concat;
import dev.covet.orm.query.functions.Rank;
import dev.covet.orm.query.functions.Upper;
import dev.covet.orm.testing.CaptureQueries;

import java.util.Map;

import static dev.covet.examples.blog.BlogDemo.say;
import static dev.covet.examples.blog.BlogDemo.step;

/**
 * The expressions chapter of the blog demo: questions answered in one query each with subqueries, {@code Exists},
 * {@code Case} / {@code When}, a conditional count, window functions, full-text search and database functions.
 */
final class Expressions {
    private Expressions() {
    }

    static void run() {
        step("Subquery and OuterRef: each user's most viewed post, in the same query");
        QuerySet<Post> theirs = Post.objects.filter("author", OuterRef.of("pk"));
        try (CaptureQueries q = CaptureQueries.start()) {
            for (Map<String, Object> row : User.objects.annotate("topPost",
                    Subquery.of(theirs.orderBy("-views").values("slug").limit(1))).orderBy("username").values("username", "topPost")) {
                say(row.get("username") + ": " + row.get("topPost"));
            }
            say(q.count() + " query");
        }

        step("Subquery and OuterRef: the latest comment of each post");
        QuerySet<Comment> onThisPost = Comment.objects.filter("post", OuterRef.of("pk")).orderBy("-createdAt", "-id");
        for (Map<String, Object> row : Post.objects.annotate("latestComment", Subquery.of(onThisPost.values("body").limit(1)))
                .orderBy("slug").values("slug", "latestComment")) {
            say(row.get("slug") + ": " + (row.get("latestComment") == null ? "(no comments)" : row.get("latestComment")));
        }

        step("Exists: users who wrote a comment, and those who never did");
        Exists commented = Exists.of(Comment.objects.filter("author", OuterRef.of("pk")));
        say("commented: " + User.objects.filter(commented).orderBy("username").valuesList(String.class, "username").list());
        say("never commented: " + User.objects.exclude(commented).orderBy("username").valuesList(String.class, "username").list());

        step("Case / When and a conditional count");
        for (Map<String, Object> row : Post.objects.annotate("popularity",
                Case.of(When.of("views__gte", 30, "hot"), When.of(Q.of("views__gte", 10), "warm")).otherwise("cold"))
                .orderBy("slug").values("slug", "views", "popularity")) {
            say(row.get("slug") + " (" + row.get("views") + " views): " + row.get("popularity"));
        }
        for (Map<String, Object> row : User.objects.annotate(Count.of("posts").filter(Q.of("posts__published", true)).as("published"),
                Count.of("posts").as("all")).orderBy("username").values("username", "published", "all")) {
            say(row.get("username") + " published " + row.get("published") + " of " + row.get("all") + " posts");
        }

        step("Window functions: each post's rank among its author's, a running total of views, the top post of each");
        QuerySet<Post> ranked = Post.objects.annotate("rank", Window.of(Rank.of()).partitionBy("author").orderBy("-views"))
                .annotate("runningViews", Window.of(Sum.of("views")).orderBy("slug").frame(Frame.rows(null, 0)));
        for (Map<String, Object> row : ranked.orderBy("slug").values("slug", "author__username", "rank", "runningViews")) {
            say(row.get("slug") + " by " + row.get("author__username") + ": rank " + row.get("rank")
                    + ", views so far " + row.get("runningViews"));
        }
        say("top post per author (filtering on the window wraps the query): "
                + ranked.filter("rank", 1).orderBy("slug").valuesList(String.class, "slug").list());

        step("Full-text search: posts about a word, best match first (an FTS5 table on SQLite, kept in sync by triggers)");
        SearchVector text = SearchVector.of("title", "content").weights("A", "B");
        SearchQuery query = SearchQuery.plain("covet");
        for (Map<String, Object> row : Post.objects.filter(text.matches(query)).annotate("rank", SearchRank.of(text, query))
                .orderBy("-rank", "slug").values("slug", "rank")) {
            say(row.get("slug") + String.format(" (rank %.3f)", ((Number) row.get("rank")).doubleValue()));
        }
        say("the search lookup: " + Post.objects.filter("content__search", "note").orderBy("slug").valuesList(String.class, "slug").list());

        step("Functions: a label built by the database");
        for (String label : User.objects.annotate("label", Concat.of(Upper.of("username"), Value.of(" <"), "email", Value.of(">")))
                .orderBy("username").valuesList(String.class, "label")) {
            say(label);
        }
    }
}
