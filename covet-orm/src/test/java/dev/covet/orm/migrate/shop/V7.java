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

/** pageCount removed. */
@SuppressWarnings("unused")
public final class V7 {
    public static final List<Class<? extends Model>> MODELS = List.of(Writer.class, Book.class, Tag.class, Award.class, BookAward.class);

    @Meta(app = "shop")
    public static class Writer extends Model {
        @CharField(maxLength = 100) public String name;
    }

    @Meta(app = "shop")
    public static class Tag extends Model {
        @CharField(maxLength = 50) public String label;
    }

    @Meta(app = "shop")
    public static class Award extends Model {
        @CharField(maxLength = 80) public String title;
    }

    @Meta(app = "shop")
    public static class BookAward extends Model {
        @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Book> book;
        @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Award> award;
        @IntegerField public int year;
    }

    @Meta(app = "shop")
    public static class Book extends Model {
        @CharField(maxLength = 300) public String title;
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Writer> author;
        @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "edited") public Ref<Writer> editor;
        @ManyToManyField public ManyToMany<Tag> tags;
        @ManyToManyField(through = BookAward.class) public ManyToMany<Award> awards;
    }
}
