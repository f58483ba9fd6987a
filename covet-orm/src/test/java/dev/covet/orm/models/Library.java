package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.relation.ManyToMany;

/** A many-to-many with its own junction table name. */
public class Library extends Model {
    public static final Manager<Library> objects = Manager.of(Library.class);

    @CharField(maxLength = 50) public String name;
    @ManyToManyField(dbTable = "library_holdings", relatedName = "libraries") public ManyToMany<Book> holdings;
}
