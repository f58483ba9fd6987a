package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.UUIDField;

import java.util.UUID;

/** A UUID primary key with a generated default. */
public class Token extends Model {
    public static final Manager<Token> objects = Manager.of(Token.class);

    @UUIDField(primaryKey = true) public UUID key = UUID.randomUUID();
    @CharField(maxLength = 50) public String label;
    @UUIDField(autoGenerate = true, unique = true) public UUID secret;
}
