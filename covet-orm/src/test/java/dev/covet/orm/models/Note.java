package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.TextField;
import dev.covet.orm.relation.Ref;

/** A key to a unique non-primary field (toField), under its own column name. */
public class Note extends Model {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @ForeignKey(toField = "username", onDelete = OnDelete.CASCADE, dbColumn = "owner_username", relatedName = "notes") public Ref<User> owner;
    @TextField public String text;
}
