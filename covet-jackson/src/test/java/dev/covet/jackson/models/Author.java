package dev.covet.jackson.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.relation.RelatedManager;

public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @CharField(maxLength = 100) public String name;
    @CharField(maxLength = 100, nullable = true, sensitive = true) public String apiToken;

    /** Filled by Covet: the reverse side of Book.author. */
    public RelatedManager<Book> books;
}
