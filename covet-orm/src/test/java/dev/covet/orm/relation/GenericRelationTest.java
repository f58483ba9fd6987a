package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.Model;
import dev.covet.orm.Prefetch;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Bookmark;
import dev.covet.orm.models.Comment;
import dev.covet.orm.models.Photo;
import dev.covet.orm.models.Post;
import dev.covet.orm.models.Tag;
import dev.covet.orm.models.Token;
import dev.covet.orm.signal.DeleteEvent;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.covet.orm.testing.CaptureQueries.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ContentType, generic keys, their reverse relations, deletion and prefetch ({@link GenericDeclarationTest}: declaring them). */
class GenericRelationTest {
    private static Post post(String title) {
        return Post.objects.create(Map.of("title", title));
    }

    private static Photo photo(String caption) {
        return Photo.objects.create(Map.of("caption", caption));
    }

    private static Comment comment(Model on, String text) {
        return Comment.objects.create(Map.of("contentObject", on, "text", text));
    }

    // ---------------------------------------------------------------- the spec's example

    @DbTest
    void commentsAttachToPostsAndPhotos() {
        Post post = post("My Post");
        Photo photo = photo("Sunset");
        Comment first = comment(post, "Great post!");
        Comment second = new Comment();
        second.contentObject.set(photo);
        second.text = "Beautiful photo!";
        second.save();

        assertThat(first.contentObject.get()).isSameAs(post);
        Comment loaded = Comment.objects.get("id", second.id);
        assertThat(loaded.contentObject.get()).isInstanceOf(Photo.class).isEqualTo(photo);
        assertThat(((Photo) loaded.contentObject.get()).caption).isEqualTo("Sunset");
        assertThat(Comment.objects.get("id", first.id).<Post>get("contentObject").title).isEqualTo("My Post");

        assertThat(post.comments.all().list()).extracting(c -> c.text).containsExactly("Great post!");
        assertThat(photo.comments.list()).extracting(c -> c.text).containsExactly("Beautiful photo!");
        assertThat(post.<RelatedManager<Comment>>get("comments").count()).isEqualTo(1);
        assertThat(photo.<Comment>related("comments").exists()).isTrue();
        assertThat(ContentType.forModel(Post.class).getObjectForThisType(post.id)).isEqualTo(post);
    }

    // ---------------------------------------------------------------- ContentType

    @DbTest
    void forModelCreatesOneRowPerModelAndCachesIt() {
        ContentType posts = assertNumQueries(2, () -> ContentType.forModel(Post.class));   // look, then insert
        assertThat(posts.model).isEqualTo("dev.covet.orm.models.Post");
        assertThat(posts.name).isEqualTo("post");
        assertThat(posts.modelClass()).isEqualTo(Post.class);
        assertNumQueries(0, () -> {
            assertThat(ContentType.forModel(Post.class)).isSameAs(posts);
            assertThat(ContentType.forId(posts.id)).isSameAs(posts);
        });
        ContentType photos = ContentType.forModel(Photo.class);
        assertThat(photos.id).isNotEqualTo(posts.id);
        assertThat(ContentType.objects.count()).isEqualTo(2);

        ContentType.clearCache();
        ContentType again = assertNumQueries(1, () -> ContentType.forModel(Post.class));
        assertThat(again).isEqualTo(posts).isNotSameAs(posts);
        assertThat(assertNumQueries(0, () -> ContentType.forId(posts.id))).isSameAs(again);
        assertThat(ContentType.objects.count()).isEqualTo(2);
    }

    @DbTest
    void aContentTypeMadeInARolledBackTransactionIsNotCached() {
        assertThatThrownBy(() -> Covet.atomic(() -> {
            ContentType.forModel(Photo.class);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(ContentType.objects.count()).isZero();
        ContentType photos = assertNumQueries(2, () -> ContentType.forModel(Photo.class));
        assertThat(ContentType.objects.get("pk", photos.id).model).isEqualTo(Photo.class.getName());
    }

    @DbTest
    void forModelIsSafeWhenTwoThreadsRaceToCreateTheRow() throws Exception {
        ExecutorService pool = Covet.runtime().wrap(Executors.newFixedThreadPool(2));
        try {
            for (int round = 0; round < 5; round++) {
                ContentType.objects.all().delete();
                ContentType.clearCache();
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ContentType>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return ContentType.forModel(Photo.class);
                    }));
                }
                assertThat(results.get(0).get().id).isEqualTo(results.get(1).get().id);
                assertThat(ContentType.objects.filter("model", Photo.class.getName()).count()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @DbTest
    void aContentTypeOfNoRegisteredModelSaysSo() {
        ContentType gone = ContentType.objects.create(Map.of("model", "com.example.Gone", "name", "gone"));
        assertThatThrownBy(gone::modelClass)
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("ContentType 'com.example.Gone' names no registered model");
        Comment orphan = Comment.objects.create(Map.of("contentType", gone, "objectId", 1L, "text", "?"));
        assertThatThrownBy(() -> Comment.objects.get("id", orphan.id).contentObject.get())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("com.example.Gone");
        assertThatThrownBy(() -> ContentType.forModel(Model.class)).isInstanceOf(ImproperlyConfigured.class);
    }

    // ---------------------------------------------------------------- GenericRef

    @DbTest
    void setWritesBothFieldsAndGetLoadsOnceForThoseKeys() {
        Post one = post("one");
        Post two = post("two");
        Comment c = new Comment();
        assertThat(c.contentObject.get()).isNull();
        assertThat(c.contentObject.isSet()).isFalse();
        assertThat(c.contentObject.isLoaded()).isTrue();

        c.contentObject.set(one);
        c.text = "hi";
        assertThat(c.contentType.<Long>id()).isEqualTo(ContentType.forModel(Post.class).id);
        assertThat(c.objectId).isEqualTo(one.id);
        assertNumQueries(0, () -> assertThat(c.contentObject.get()).isSameAs(one));
        c.save();

        Comment fresh = Comment.objects.get("id", c.id);
        assertThat(fresh.contentObject.isSet()).isTrue();
        assertThat(fresh.contentObject.isLoaded()).isFalse();
        Model loaded = assertNumQueries(1, () -> fresh.contentObject.get());   // the content type is cached
        assertThat(loaded).isEqualTo(one);
        assertNumQueries(0, () -> assertThat(fresh.contentObject.get()).isSameAs(loaded));

        fresh.objectId = two.id;                          // the cache belongs to the old keys
        assertThat(fresh.contentObject.isLoaded()).isFalse();
        assertThat(assertNumQueries(1, () -> fresh.contentObject.get())).isEqualTo(two);

        ContentType.clearCache();
        Comment cold = Comment.objects.get("id", c.id);
        assertThat(assertNumQueries(2, () -> cold.contentObject.get())).isEqualTo(one);   // content type, then the post

        fresh.contentObject.set(null);
        assertThat(fresh.contentType.<Long>id()).isNull();
        assertThat(fresh.objectId).isNull();
        assertThat(fresh.contentObject.get()).isNull();
    }

    @DbTest
    void aTextObjectIdHoldsKeysOfAnyType() {
        Post post = post("p");
        Token token = Token.objects.create(Map.of("label", "t"));
        Bookmark onPost = Bookmark.objects.create(Map.of("target", post, "label", "post"));
        Bookmark onToken = Bookmark.objects.create(Map.of("target", token, "label", "token"));
        assertThat(onPost.targetKey).isEqualTo(String.valueOf(post.id));
        assertThat(onToken.targetKey).isEqualTo(token.key.toString());
        assertThat(Bookmark.objects.get("label", "post").target.get()).isEqualTo(post);
        assertThat(Bookmark.objects.get("label", "token").target.get()).isEqualTo(token);
        assertThat(post.bookmarks.list()).containsExactly(onPost);
        assertThat(Bookmark.objects.prefetchRelated("target").orderBy("label").list())
                .extracting(b -> b.target.get()).containsExactly(post, token);
    }

    @DbTest
    void aTargetThatIsGoneGivesNull() {
        Author author = Author.objects.create(Map.of("name", "a"));
        Bookmark b = Bookmark.objects.create(Map.of("target", author, "label", "author"));
        Author.objects.filter("id", author.id).delete();
        assertThat(Bookmark.objects.get("id", b.id).target.get()).isNull();
    }

    @DbTest
    void badTargetsAreRefused() {
        Comment c = new Comment();
        Post unsaved = new Post();
        unsaved.title = "draft";
        assertThatThrownBy(() -> c.contentObject.set(unsaved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot point Comment.contentObject at an unsaved Post: save it first");
        assertThat(c.contentObject.isSet()).isFalse();
        Bookmark b = new Bookmark();
        Token unsavedToken = new Token();                         // has its key before it is saved
        assertThatThrownBy(() -> b.target.set(unsavedToken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsaved Token");
        Token token = Token.objects.create(Map.of("label", "t"));
        assertThatThrownBy(() -> c.contentObject.set(token))     // a BigIntegerField cannot hold a UUID key
                .isInstanceOf(ValidationError.class).hasMessageContaining("objectId");
        assertThatThrownBy(() -> Comment.objects.create(Map.of("contentObject", "post 1", "text", "x")))
                .isInstanceOf(ValidationError.class).hasMessageContaining("is not a model instance");
        assertThatThrownBy(() -> Comment.objects.create(Map.of("text", "x")))
                .isInstanceOf(ValidationError.class);
        assertThat(Comment.objects.count()).isZero();
    }

    @DbTest
    void strictLoadingGuardsTheGenericKey() {
        comment(post("p"), "c");
        Comment c = Comment.objects.strict().get("text", "c");
        assertThatThrownBy(() -> c.contentObject.get())
                .isInstanceOf(StrictLoadingError.class).hasMessageContaining("prefetchRelated(\"contentObject\")");
        Comment prefetched = Comment.objects.strict().prefetchRelated("contentObject").get("text", "c");
        assertThat(((Post) prefetched.contentObject.get()).title).isEqualTo("p");
    }

    // ---------------------------------------------------------------- lookups

    @DbTest
    void lookupsOnTheContentTypeAndTheObjectId() {
        Post post = post("p");
        Post other = post("o");
        Photo photo = photo("ph");
        comment(post, "a");
        comment(post, "b");
        comment(other, "c");
        comment(photo, "d");
        assertThat(Comment.objects.filter("contentType", ContentType.forModel(Post.class)).filter("objectId", post.id)
                .orderBy("text").valuesList(String.class, "text").list()).containsExactly("a", "b");
        assertThat(Comment.objects.filter("contentType__model", Photo.class.getName()).valuesList(String.class, "text").list())
                .containsExactly("d");
        assertThat(Comment.objects.filter("contentTypeId", ContentType.forModel(Post.class).id).count()).isEqualTo(3);
        assertThat(Comment.objects.exclude("contentType", ContentType.forModel(Post.class)).count()).isEqualTo(1);
        assertThat(Comment.objects.filter("objectId__in", List.of(post.id, photo.id))
                .filter("contentType", ContentType.forModel(Photo.class)).count()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- the reverse manager

    @DbTest
    void theReverseManagerReadsAndWrites() {
        Post post = post("p");
        Photo photo = photo("ph");
        Comment a = post.comments.create(Map.of("text", "a"));
        assertThat(a.contentType.<Long>id()).isEqualTo(ContentType.forModel(Post.class).id);
        assertThat(a.objectId).isEqualTo(post.id);
        assertNumQueries(0, () -> assertThat(a.contentObject.get()).isSameAs(post));
        post.comments.create(Map.of("text", "b"));
        Comment onPhoto = photo.comments.create(Map.of("text", "c"));

        assertThat(post.comments.count()).isEqualTo(2);
        assertThat(post.comments.exists()).isTrue();
        assertThat(post.comments.filter("text", "b").list()).extracting(c -> c.text).containsExactly("b");
        assertThat(post.comments.exclude("text", "b").list()).containsExactly(a);
        assertThat(post.comments.orderBy("-text").list()).extracting(c -> c.text).containsExactly("b", "a");
        assertThat(photo.comments.list()).containsExactly(onPhoto);

        post.comments.add(onPhoto);                         // re-pointed in one UPDATE
        assertThat(onPhoto.objectId).isEqualTo(post.id);
        assertThat(onPhoto.contentObject.get()).isSameAs(post);
        assertThat(photo.comments.exists()).isFalse();
        assertThat(post.comments.count()).isEqualTo(3);

        post.comments.remove(a);                            // a generic key cannot point at nothing: the row goes
        assertThat(Comment.objects.filter("id", a.id).exists()).isFalse();
        Comment elsewhere = photo.comments.create(Map.of("text", "e"));
        assertThatThrownBy(() -> post.comments.remove(elsewhere))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not related to");

        post.comments.set(List.of(onPhoto, elsewhere));     // deletes b, keeps onPhoto, moves elsewhere
        assertThat(post.comments.orderBy("text").list()).extracting(c -> c.text).containsExactly("c", "e");
        assertThat(Comment.objects.count()).isEqualTo(2);

        post.comments.clear();
        assertThat(post.comments.count()).isZero();
        assertThat(Comment.objects.count()).isZero();
    }

    @DbTest
    void theReverseManagerRefusesBadInput() {
        Post post = post("p");
        Comment unsaved = new Comment();
        unsaved.text = "u";
        assertThatThrownBy(() -> post.comments.add(unsaved))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not saved");
        assertThatThrownBy(() -> new Post().comments.count())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("save it first");
        assertThatThrownBy(() -> post.comments.add(List.of(comment(post, "x")), Map.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("throughDefaults");
        @SuppressWarnings({"unchecked", "rawtypes"})
        GenericRelatedManager<Model> raw = (GenericRelatedManager) post.comments;
        assertThatThrownBy(() -> raw.add(Tag.objects.create(Map.of("name", "t"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a Comment");
    }

    // ---------------------------------------------------------------- deletion

    @DbTest
    void deletingATargetDeletesItsGenericRelatedObjectsWithTheirCascades() {
        Post post = post("p");
        Post keep = post("keep");
        Comment first = comment(post, "first");
        comment(post, "second");
        comment(first, "reply 1");
        comment(first, "reply 2");
        Bookmark.objects.create(Map.of("target", post, "label", "b"));
        Comment kept = comment(keep, "kept");
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Signal.Connection pre = Signals.PRE_DELETE.connect(Comment.class, (DeleteEvent e) -> log.add("pre " + ((Comment) e.instance()).text));
        Signal.Connection post2 = Signals.POST_DELETE.connect(Comment.class, (DeleteEvent e) -> log.add("post " + ((Comment) e.instance()).text));
        DeleteResult r;
        try {
            r = post.delete();
        } finally {
            pre.disconnect();
            post2.disconnect();
        }
        assertThat(r.perModel()).containsEntry("Post", 1L).containsEntry("Comment", 4L).containsEntry("Bookmark", 1L);
        assertThat(r.total()).isEqualTo(6);
        assertThat(log).filteredOn(s -> s.startsWith("pre"))
                .containsExactlyInAnyOrder("pre first", "pre second", "pre reply 1", "pre reply 2");
        assertThat(log).filteredOn(s -> s.startsWith("post")).hasSize(4);
        assertThat(Comment.objects.all().list()).containsExactly(kept);
        assertThat(Bookmark.objects.count()).isZero();
        assertThat(Post.objects.all().list()).containsExactly(keep);
    }

    @DbTest
    void aQuerySetDeleteGathersGenericRelatedObjectsInBatches() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            posts.add(post("p" + i));
        }
        List<Comment> comments = new ArrayList<>();
        for (Post p : posts) {
            for (int j = 0; j < 3; j++) {
                Comment c = new Comment();
                c.contentObject.set(p);
                c.text = p.title + "-" + j;
                comments.add(c);
            }
        }
        Comment.objects.bulkCreate(comments);
        Photo photo = photo("ph");
        comment(photo, "on the photo");
        DeleteResult r;
        try (CaptureQueries q = CaptureQueries.start()) {
            r = Post.objects.filter("title__startswith", "p").delete();
            // posts' keys, comments, replies to comments, bookmarks, then the deletes: not one query per row
            assertThat(q.count()).isLessThan(12);
        }
        assertThat(r.perModel()).containsEntry("Post", 30L).containsEntry("Comment", 90L);
        assertThat(Comment.objects.valuesList(String.class, "text").list()).containsExactly("on the photo");
    }

    @DbTest
    void deletingAModelWithoutAGenericRelationLeavesTheRowsPointingAtIt() {
        Author author = Author.objects.create(Map.of("name", "a"));
        Bookmark b = Bookmark.objects.create(Map.of("target", author, "label", "dangling"));
        DeleteResult r = author.delete();
        assertThat(r.perModel()).containsOnlyKeys("Author");
        Bookmark fresh = Bookmark.objects.get("id", b.id);
        assertThat(fresh.targetKey).isEqualTo(b.targetKey);
        assertThat(fresh.target.get()).isNull();
    }

    @DbTest
    void deletingWhatNothingEverPointedAtMakesNoContentType() {
        Photo photo = photo("lonely");
        assertThat(photo.delete().perModel()).containsOnlyKeys("Photo");
        assertThat(ContentType.objects.count()).isZero();
    }

    @DbTest
    void deletingAContentTypeCascadesToTheRowsThatUseIt() {
        comment(post("p"), "c");
        ContentType posts = ContentType.objects.get("model", Post.class.getName());
        assertThat(posts.delete().perModel()).containsEntry("ContentType", 1L).containsEntry("Comment", 1L);
        ContentType.clearCache();
        assertThat(Comment.objects.count()).isZero();
    }

    // ---------------------------------------------------------------- prefetch

    @DbTest
    void prefetchOfAGenericKeyLoadsEachContentTypeWithOneQuery() {
        List<Post> posts = List.of(post("p1"), post("p2"), post("p3"));
        List<Photo> photos = List.of(photo("f1"), photo("f2"));
        for (Post p : posts) {
            comment(p, "on " + p.title);
        }
        for (Photo p : photos) {
            comment(p, "on " + p.caption);
        }
        Comment onComment = comment(Comment.objects.get("text", "on p1"), "reply");
        Comment dangling = comment(posts.get(2), "dangling");
        Comment.objects.filter("id", dangling.id).update("objectId", 999_999L);

        // comments, then one query each for posts, photos and comments
        List<Comment> comments = assertNumQueries(4, () -> Comment.objects.prefetchRelated("contentObject").orderBy("id").list());
        assertNumQueries(0, () -> {
            assertThat(comments).hasSize(7);
            for (Comment c : comments) {
                assertThat(c.contentObject.isLoaded()).isTrue();
            }
            assertThat(comments.subList(0, 5)).extracting(c -> c.contentObject.get().getClass().getSimpleName())
                    .containsExactly("Post", "Post", "Post", "Photo", "Photo");
            assertThat(((Post) comments.get(0).contentObject.get()).title).isEqualTo("p1");
            assertThat(((Comment) comments.get(5).contentObject.get()).text).isEqualTo("on p1");
            assertThat(comments.get(6).contentObject.get()).isNull();
        });
        assertThat(onComment.contentObject.get()).isNotNull();

        ContentType.clearCache();                     // cold: one more query for the content types
        assertNumQueries(5, () -> Comment.objects.prefetchRelated("contentObject").list());
    }

    @DbTest
    void prefetchOfAGenericRelationIsOneQuery() {
        for (String t : List.of("a", "b", "c")) {
            Post p = post(t);
            p.comments.create(Map.of("text", t + "1"));
            p.comments.create(Map.of("text", t + "2"));
        }
        post("silent");
        photo("ph").comments.create(Map.of("text", "photo"));

        List<Post> posts = assertNumQueries(2, () -> Post.objects.prefetchRelated("comments").orderBy("title").list());
        assertNumQueries(0, () -> {
            assertThat(posts).extracting(p -> p.comments.count()).containsExactly(2L, 2L, 2L, 0L);
            for (Post p : posts) {
                assertThat(p.comments.isLoaded()).isTrue();
                for (Comment c : p.comments) {
                    assertThat(c.text).startsWith(p.title);
                    assertThat(c.contentObject.get()).isSameAs(p);
                }
            }
        });

        List<Post> filtered = assertNumQueries(2, () -> Post.objects.prefetchRelated(
                Prefetch.of("comments", Comment.objects.filter("text__endswith", "2")).toAttr("seconds")).orderBy("title").list());
        assertThat(filtered.getFirst().<List<Comment>>get("seconds")).extracting(c -> c.text).containsExactly("a2");
        assertThatThrownBy(() -> Post.objects.prefetchRelated(Prefetch.of("comments", Tag.objects.all())).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("over Tag");
    }

    @DbTest
    void prefetchFollowsGenericRelationsBothWaysAndNests() {
        Post post = post("p");
        Photo photo = photo("f");
        Comment onPost = comment(post, "on post");
        comment(photo, "on photo");
        comment(onPost, "reply");

        // posts, their comments, the replies to those
        List<Post> posts = assertNumQueries(3, () -> Post.objects.prefetchRelated("comments__replies").list());
        assertNumQueries(0, () -> assertThat(posts.getFirst().comments.list().getFirst().replies.list())
                .extracting(c -> c.text).containsExactly("reply"));

        // comments on posts and photos; their targets, one query per model; then the comments on each kind of target
        QuerySet<Comment> onTargets = Comment.objects.exclude("contentType", ContentType.forModel(Comment.class));
        List<Comment> comments = assertNumQueries(5, () -> onTargets.prefetchRelated("contentObject__comments").orderBy("id").list());
        assertNumQueries(0, () -> {
            assertThat(comments).extracting(c -> c.text).containsExactly("on post", "on photo");
            assertThat(((Post) comments.get(0).contentObject.get()).comments.list()).containsExactly(onPost);
            assertThat(((Photo) comments.get(1).contentObject.get()).comments.list()).extracting(c -> c.text).containsExactly("on photo");
        });
        // a reply's target is a comment, which has no relation 'comments'
        assertThatThrownBy(() -> Comment.objects.prefetchRelated("contentObject__comments").list())
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot prefetch 'comments': it is not a relation of Comment");
        assertThatThrownBy(() -> Comment.objects.prefetchRelated(Prefetch.of("contentObject", Post.objects.all())).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("generic key Comment.contentObject");
        assertThatThrownBy(() -> Post.objects.prefetchRelated("nope").list())
                .isInstanceOf(FieldError.class).hasMessageContaining("Choices are: comments, bookmarks");
    }
}
