package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;

/** Django's one-to-one example: the place a {@link Diner} is. */
public class Venue extends Model {
    public static final Manager<Venue> objects = Manager.of(Venue.class);

    @CharField(maxLength = 50) public String name;
    @CharField(maxLength = 80, blank = true) public String address = "";
}
