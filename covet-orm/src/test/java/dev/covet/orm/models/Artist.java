package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;

/** Django's RESTRICT example: Artist <- Album (CASCADE); Song -> Artist (CASCADE), Song -> Album (RESTRICT). */
public class Artist extends Model {
    public static final Manager<Artist> objects = Manager.of(Artist.class);

    @CharField(maxLength = 50) public String name;
}
