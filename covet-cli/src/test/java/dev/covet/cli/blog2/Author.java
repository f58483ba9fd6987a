package dev.covet.cli.blog2;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;

/** The blog app's second version: the author unchanged. */
@Meta(app = "blog")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @CharField(maxLength = 100) public String name;
}
