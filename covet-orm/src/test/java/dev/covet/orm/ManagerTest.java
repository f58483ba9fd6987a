package dev.covet.orm;

import dev.covet.orm.models.Account;
import dev.covet.orm.models.Article;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Chapter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ManagerTest {
    private static Article article(String slug, Instant published) {
        Article a = new Article();
        a.title = slug;
        a.slug = slug;
        a.publishedAt = published;
        a.save();
        return a;
    }

    @DbTest
    void severalManagersOnOneModel() {
        article("draft", null);
        article("old", Instant.now().minus(2, ChronoUnit.DAYS));
        article("future", Instant.now().plus(2, ChronoUnit.DAYS));
        assertThat(Article.objects.count()).isEqualTo(3);
        assertThat(Article.published.all().valuesList(String.class, "slug").list()).containsExactly("old");
        assertThat(Article.published.filter("title__startswith", "o").count()).isEqualTo(1);
        assertThat(Article.published.exists()).isTrue();
        assertThat(Manager.defaultFor(Article.class)).isSameAs(Article.objects);
    }

    @DbTest
    void customManagerMethods() {
        Account a = Account.objects.createUser("alice", "alice@example.com", "secret123");
        assertThat(a.isActive).isTrue();
        assertThat(a.password).hasSize(64).isNotEqualTo("secret123");
        assertThat(Account.objects.getByEmail("alice@example.com").username).isEqualTo("alice");
        assertThat(Account.objects.count()).isEqualTo(1);
    }

    @DbTest
    void relatedManagersAndPrefetchStartFromTheDefaultManager() {
        Author author = Author.objects.create(Map.of("name", "a"));
        Book b = Book.objects.create(Map.of("title", "t", "author", author));
        Chapter.everything.create(Map.of("title", "one", "book", b));
        Chapter.everything.create(Map.of("title", "hidden", "book", b, "isVisible", false));
        assertThat(Manager.defaultFor(Chapter.class)).isSameAs(Chapter.visible);
        assertThat(b.<Chapter>related("chapters").list()).extracting(c -> c.title).containsExactly("one");
        assertThat(Chapter.everything.count()).isEqualTo(2);
        assertThat(Chapter.visible.count()).isEqualTo(1);
        Book prefetched = Book.objects.prefetchRelated("chapters").get("id", b.id);
        assertThat(prefetched.<Chapter>related("chapters").list()).extracting(c -> c.title).containsExactly("one");
        // deletion is not filtered by a manager: the hidden chapter goes with its book
        assertThat(b.delete().perModel()).containsEntry("Chapter", 2L);
    }
}
