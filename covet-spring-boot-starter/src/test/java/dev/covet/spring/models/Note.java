package dev.covet.spring.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;

public class Note extends Model {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @CharField(maxLength = 100) public String text;
}
