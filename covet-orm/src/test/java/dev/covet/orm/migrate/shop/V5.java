package dev.covet.orm.migrate.shop;

import dev.covet.orm.Model;
import dev.covet.orm.field.BigIntegerField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Unique;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.Ref;

import java.util.List;

/** The index and unique-together gone; a second key (editor) and an automatic many-to-many (tags). */
@SuppressWarnings("unused")
public final class V5 {
    public static final List<Class<? extends Model>> MODELS = List.of(Writer.class, Book.class, Tag.class);

    @Meta(app = "shop")
    public static class Writer extends Model {
        @CharField(maxLength = 100) public String name;
    }

    @Meta(app = "shop")
    public static class Tag extends Model {
        @CharField(maxLength = 50) public String label;
    }

    @Meta(app = "shop")
    public static class Book extends Model {
        @CharField(maxLength = 200) public String title;
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Writer> author;
        @IntegerField public int pageCount = 0;
        @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "edited") public Ref<Writer> editor;
        @ManyToManyField public ManyToMany<Tag> tags;
    }
}
