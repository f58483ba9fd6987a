package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Unique;

import java.time.Instant;

/** Inherits timestamps; custom table, ordering, composite index, unique together. */
@Meta(table = "articles", ordering = {"-publishedAt", "title"},
        indexes = {@Index(fields = "slug"), @Index(fields = {"publishedAt", "title"}, name = "articles_pub_title")},
        uniqueTogether = @Unique({"title", "publishedAt"}), verboseNamePlural = "articles")
public class Article extends Timestamped {
    public static final Manager<Article> objects = Manager.of(Article.class);
    public static final Manager<Article> published = new PublishedManager();

    @CharField(maxLength = 200) public String title;
    @CharField(maxLength = 200, unique = true, dbColumn = "url_slug") public String slug;
    @TextField(blank = true) public String content = "";
    @DateTimeField(nullable = true) public Instant publishedAt;

    /** Spec 000's PublishedManager: articles published by now. */
    static final class PublishedManager extends Manager<Article> {
        PublishedManager() {
            super(Article.class);
        }

        @Override
        protected dev.covet.orm.QuerySet<Article> getQueryset() {
            return super.getQueryset().filter("publishedAt__isnull", false).filter("publishedAt__lte", Instant.now());
        }
    }
}
