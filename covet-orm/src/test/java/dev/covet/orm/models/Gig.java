package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

/** The through model of {@link Band#members}: its keys hold the band's slug and the musician's code. */
public class Gig extends Model {
    public static final Manager<Gig> objects = Manager.of(Gig.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, toField = "slug") public Ref<Band> band;
    @ForeignKey(onDelete = OnDelete.CASCADE, toField = "code") public Ref<Musician> musician;
    @CharField(maxLength = 20, blank = true) public String instrument = "";
}
