package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.EmailField;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.RelatedManager;

@Meta(ordering = "name")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @CharField(maxLength = 100) public String name;
    @EmailField(nullable = true) public String email;

    /** Filled by Covet: the reverse side of Book.author. */
    public RelatedManager<Book> books;

    /** Set from annotate("bookCount", ...) when present. */
    public Long bookCount;
}
