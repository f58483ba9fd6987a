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

/** Author renamed Writer; an index and a unique-together on Book. */
@SuppressWarnings("unused")
public final class V4 {
    public static final List<Class<? extends Model>> MODELS = List.of(Writer.class, Book.class);

    @Meta(app = "shop")
    public static class Writer extends Model {
        @CharField(maxLength = 100) public String name;
    }

    @Meta(app = "shop", indexes = @Index(name = "book_title_idx", fields = "title"), uniqueTogether = @Unique({"title", "author"}))
    public static class Book extends Model {
        @CharField(maxLength = 200) public String title;
        @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Writer> author;
        @IntegerField public int pageCount = 0;
    }
}
