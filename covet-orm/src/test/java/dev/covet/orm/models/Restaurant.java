package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.IntegerField;

/** A place with its own table for its own fields, joined to the place by {@code place_ptr_id}. */
public class Restaurant extends Place {
    public static final Manager<Restaurant> objects = Manager.of(Restaurant.class);

    @BooleanField public boolean servesPizza;
    @IntegerField(nullable = true) public Integer rating;
}
