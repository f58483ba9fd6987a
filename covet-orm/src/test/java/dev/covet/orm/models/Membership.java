package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Unique;
import dev.covet.orm.relation.Ref;

import java.time.Instant;

@Meta(uniqueTogether = @Unique({"group", "person"}))
public class Membership extends Model {
    public static final Manager<Membership> objects = Manager.of(Membership.class);

    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Group> group;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Person> person;
    @CharField(maxLength = 20) public String role = "member";
    @DateTimeField(autoNowAdd = true) public Instant joined;
}
