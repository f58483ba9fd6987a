package dev.covet.cli.library;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.TextField;

/** The target of an automatic many-to-many (for inspectdb round trips). */
public class Label extends Model {
    public static final Manager<Label> objects = Manager.of(Label.class);

    @TextField public String name;
}
