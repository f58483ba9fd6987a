package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.OneToOneField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.relation.Ref;

public class Profile extends Model {
    public static final Manager<Profile> objects = Manager.of(Profile.class);

    @OneToOneField(onDelete = OnDelete.CASCADE, relatedName = "profile") public Ref<User> user;
    @TextField(blank = true) public String bio = "";
}
