package dev.covet.examples.blog;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;

/** A post's category. */
@Meta(table = "categories", verboseNamePlural = "categories")
public class Category extends Model {
    public static final Manager<Category> objects = Manager.of(Category.class);

    @CharField(maxLength = 100, unique = true) public String name;
    @CharField(maxLength = 100, unique = true) public String slug;
}
