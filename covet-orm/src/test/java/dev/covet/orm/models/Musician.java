package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;

/** Joined to bands through {@link Gig}, whose key to it names its {@code code} rather than its primary key. */
public class Musician extends Model {
    public static final Manager<Musician> objects = Manager.of(Musician.class);

    @CharField(maxLength = 20, unique = true) public String code;
    @CharField(maxLength = 50) public String name;
}
