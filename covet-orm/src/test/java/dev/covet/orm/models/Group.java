package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.ManyToMany;

@Meta(table = "groups_")
public class Group extends Model {
    public static final Manager<Group> objects = Manager.of(Group.class);

    @CharField(maxLength = 50) public String name;
    @ManyToManyField(through = Membership.class, throughFields = {"group", "person"}, relatedName = "groups") public ManyToMany<Person> members;
}
