package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.OneToOneField;
import dev.covet.orm.relation.Ref;

/** Django's one-to-one example's Restaurant: its primary key is a one-to-one to a {@link Venue}. */
public class Diner extends Model {
    public static final Manager<Diner> objects = Manager.of(Diner.class);

    @OneToOneField(onDelete = OnDelete.CASCADE, primaryKey = true, relatedName = "diner") public Ref<Venue> venue;
    @BooleanField public boolean servesHotDogs;
    @BooleanField public boolean servesPizza;
}
