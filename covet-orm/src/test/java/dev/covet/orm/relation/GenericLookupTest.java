package dev.covet.orm.relation;

import dev.covet.orm.DbTest;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Adult;
import dev.covet.orm.models.Comment;
import dev.covet.orm.models.Human;
import dev.covet.orm.models.Photo;
import dev.covet.orm.models.Post;
import dev.covet.orm.query.Count;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lookups across a {@code @GenericRelation}: a join on the object id and the content type together. */
class GenericLookupTest {
    private Post guide;
    private Post notes;
    private Post empty;

    private void blog() {
        guide = Post.objects.create(Map.of("title", "guide"));
        notes = Post.objects.create(Map.of("title", "notes"));
        empty = Post.objects.create(Map.of("title", "empty"));
        Comment.objects.create(Map.of("contentObject", guide, "text", "Great guide"));
        Comment.objects.create(Map.of("contentObject", guide, "text", "great again"));
        Comment.objects.create(Map.of("contentObject", notes, "text", "meh"));
        // a photo's comment whose object id is the guide's id: it must not count as the guide's
        Photo photo = Photo.objects.create(Map.of("caption", "sunset"));
        Comment.objects.create(Map.of("contentType", ContentType.forModel(Photo.class), "objectId", guide.id, "text", "photo only"));
        Comment.objects.create(Map.of("contentObject", photo, "text", "great photo"));
    }

    private static List<String> titles(QuerySet<Post> qs) {
        return qs.list().stream().map(p -> p.title).toList();
    }

    @DbTest
    void filterFollowsTheRelationAndItsContentType() {
        blog();
        assertThat(titles(Post.objects.filter("comments__text__icontains", "great").distinct().orderBy("title"))).containsExactly("guide");
        assertThat(titles(Post.objects.filter("comments__text", "meh"))).containsExactly("notes");
        assertThat(titles(Post.objects.filter("comments__text", "photo only"))).isEmpty();
        assertThat(titles(Post.objects.filter("comments__isnull", true))).containsExactly("empty");
        // as in Django, a join over a multi-valued relation repeats the row per match
        assertThat(Post.objects.filter("comments__text__icontains", "great").count()).isEqualTo(2);
        assertThat(Photo.objects.filter("comments__text__startswith", "great").count()).isEqualTo(1);
    }

    @DbTest
    void excludeAndAnnotateAcrossIt() {
        blog();
        assertThat(titles(Post.objects.exclude("comments__text__icontains", "great").orderBy("title"))).containsExactly("empty", "notes");
        List<Post> counted = Post.objects.annotate("n", Count.of("comments")).orderBy("title").list();
        assertThat(counted).extracting(p -> p.title + "=" + p.<Long>get("n")).containsExactly("empty=0", "guide=2", "notes=1");
        assertThat(titles(Post.objects.annotate("n", Count.of("comments")).filter("n__gte", 1).orderBy("-n"))).containsExactly("guide", "notes");
    }

    @DbTest
    void rowsOfAProxyCountAsTheTablesRows() {
        Human ann = Human.objects.create(Map.of("name", "ann", "age", 30));
        Adult bob = Adult.objects.create(Map.of("name", "bob", "age", 40));
        Comment.objects.create(Map.of("contentObject", ann, "text", "hi ann"));
        // saved through the proxy: the comment's content type is Adult's, the row is in Human's table
        Comment.objects.create(Map.of("contentObject", bob, "text", "hi bob"));
        assertThat(Human.objects.filter("comments__text__startswith", "hi").orderBy("name").list())
                .extracting(h -> h.name).containsExactly("ann", "bob");
        assertThat(Human.objects.filter("comments__text", "hi bob").list()).extracting(h -> h.name).containsExactly("bob");
    }

    @DbTest
    void namesAreCheckedAndAKeyOfAnotherTypeIsAClearError() {
        blog();
        assertThatThrownBy(() -> Post.objects.filter("nope", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("comments").hasMessageContaining("bookmarks");
        assertThatThrownBy(() -> Post.objects.filter("comments__nope", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope").hasMessageContaining("text");
        // Bookmark keeps its object id as text, the post's key is a number: refused rather than compared loosely
        assertThatThrownBy(() -> Post.objects.filter("bookmarks__label", "x"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Post.bookmarks").hasMessageContaining("one type");
        assertThat(Post.objects.count()).isEqualTo(3);
    }
}
