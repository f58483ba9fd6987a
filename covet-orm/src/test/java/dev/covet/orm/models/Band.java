package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.relation.ManyToMany;

/** A many-to-many through a model whose keys use {@code toField} on both sides. */
public class Band extends Model {
    public static final Manager<Band> objects = Manager.of(Band.class);

    @CharField(maxLength = 20, unique = true) public String slug;
    @CharField(maxLength = 50) public String name;
    @ManyToManyField(through = Gig.class, relatedName = "bands") public ManyToMany<Musician> members;
}
