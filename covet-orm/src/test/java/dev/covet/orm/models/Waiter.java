package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.Ref;

/** Points at a multi-table child (cascade) and, many-to-many, at its parent. */
public class Waiter extends Model {
    public static final Manager<Waiter> objects = Manager.of(Waiter.class);

    @CharField(maxLength = 50) public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "waiters") public Ref<Restaurant> restaurant;
    @ManyToManyField(relatedName = "regulars") public ManyToMany<Place> haunts;
}
