package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.RelatedManager;

/** Symmetrical friends, and memberships of groups through a model. */
public class Person extends Model {
    public static final Manager<Person> objects = Manager.of(Person.class);

    @CharField(maxLength = 50) public String name;
    @ManyToManyField(to = "self") public ManyToMany<Person> friends;

    /** Filled by Covet: the reverse side of Group.members. */
    public RelatedManager<Group> groups;
}
