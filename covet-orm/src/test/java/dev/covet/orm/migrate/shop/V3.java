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

/** Title NOT NULL again (existing NULLs take a value), and pages renamed pageCount. */
@SuppressWarnings("unused")
public final class V3 {
    public static final List<Class<? extends Model>> MODELS = List.of(Author.class, Book.class);

    @Meta(app = "shop")
    public static class Author extends Model {
        @CharField(maxLength = 100) public String name;
    }

    @Meta(app = "shop")
    public static class Book extends Model {
        @CharField(maxLength = 200) public String title;
        @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Author> author;
        @IntegerField public int pageCount = 0;
    }
}
