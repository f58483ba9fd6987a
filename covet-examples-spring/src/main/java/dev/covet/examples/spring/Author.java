package dev.covet.examples.spring;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;

/** A writer; found by package scanning, like every model under the application's package. */
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @CharField(maxLength = 100, unique = true) public String name;
}
