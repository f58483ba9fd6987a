package dev.covet.orm.relation;

import dev.covet.orm.DbTest;
import dev.covet.orm.Model;
import dev.covet.orm.Prefetch;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Comment;
import dev.covet.orm.models.Photo;
import dev.covet.orm.models.Post;

import java.util.List;
import java.util.Map;

import static dev.covet.orm.testing.CaptureQueries.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prefetch.generic: a generic key's targets loaded through one QuerySet per model (Django's GenericPrefetch). */
class GenericPrefetchTest {
    @DbTest
    void eachModelsTargetsLoadThroughItsOwnQuerySet() {
        Post post = Post.objects.create(Map.of("title", "guide"));
        Photo sunset = Photo.objects.create(Map.of("caption", "sunset"));
        Photo blurry = Photo.objects.create(Map.of("caption", "blurry"));
        Comment.objects.create(Map.of("contentObject", post, "text", "on the post"));
        Comment.objects.create(Map.of("contentObject", sunset, "text", "on the sunset"));
        Comment.objects.create(Map.of("contentObject", blurry, "text", "on the blurry one"));
        ContentType.forModel(Post.class);
        ContentType.forModel(Photo.class);

        // the comments, then one query per content type; the photos' query is the one given
        List<Comment> comments = assertNumQueries(3, () -> Comment.objects.orderBy("id")
                .prefetchRelated(Prefetch.generic("contentObject", Post.objects.all(), Photo.objects.filter("caption", "sunset")))
                .list());
        assertNumQueries(0, () -> {
            assertThat(((Post) comments.get(0).contentObject.get()).title).isEqualTo("guide");
            assertThat(((Photo) comments.get(1).contentObject.get()).caption).isEqualTo("sunset");
            // filtered out by the photos' QuerySet: as in Django, the key reads as pointing at nothing
            assertThat(comments.get(2).contentObject.get()).isNull();
        });

        List<Comment> named = Comment.objects.orderBy("id")
                .prefetchRelated(Prefetch.generic("contentObject", Photo.objects.all()).toAttr("target")).list();
        assertThat(named).extracting(c -> c.<Model>get("target")).doesNotContainNull().hasSize(3);
    }

    @DbTest
    void misuseIsAClearError() {
        Post post = Post.objects.create(Map.of("title", "guide"));
        Comment.objects.create(Map.of("contentObject", post, "text", "x"));
        assertThatThrownBy(() -> Prefetch.generic("contentObject", Post.objects.all(), Post.objects.filter("title", "x")))
                .isInstanceOf(FieldError.class).hasMessageContaining("two querysets over Post");
        assertThatThrownBy(() -> Comment.objects.prefetchRelated(Prefetch.of("contentObject", Post.objects.all())).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("Prefetch.generic");
        assertThatThrownBy(() -> Comment.objects.prefetchRelated(Prefetch.generic("contentType", Post.objects.all())).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("Comment.contentType is not one");
    }
}
