package dev.covet.cli.club;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.TextField;

/** The target of a many-to-many through a junction model (for inspectdb). */
public class Person extends Model {
    public static final Manager<Person> objects = Manager.of(Person.class);

    @TextField public String name;
}
