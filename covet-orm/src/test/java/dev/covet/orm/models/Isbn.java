package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;

/** A CharField primary key (spec 000's Book with isbn). */
public class Isbn extends Model {
    public static final Manager<Isbn> objects = Manager.of(Isbn.class);

    @CharField(maxLength = 13, primaryKey = true) public String isbn;
    @CharField(maxLength = 200) public String title;
}
