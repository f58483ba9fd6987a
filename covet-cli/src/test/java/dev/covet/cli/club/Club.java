package dev.covet.cli.club;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.relation.ManyToMany;

/** A many-to-many through a junction model with a column of its own. */
public class Club extends Model {
    public static final Manager<Club> objects = Manager.of(Club.class);

    @TextField public String name;
    @ManyToManyField(through = Membership.class, throughFields = {"club", "person"}) public ManyToMany<Person> members;
}
