package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;

/** The parent of a multi-table hierarchy (Django's documented example). */
@Meta(ordering = "name")
public class Place extends Model {
    public static final Manager<Place> objects = Manager.of(Place.class);

    @CharField(maxLength = 50) public String name;
    @CharField(maxLength = 80, blank = true) public String address = "";
}
