package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.relation.RelatedManager;

/** Publishes books (a nullable SET_NULL key points here). */
public class Publisher extends Model {
    public static final Manager<Publisher> objects = Manager.of(Publisher.class);

    @CharField(maxLength = 100, unique = true) public String name;

    /** Filled by Covet: the reverse side of Book.publisher. */
    public RelatedManager<Book> books;
}
