package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

/** A and B point at each other with CASCADE: deleting either must end. */
public class CycleA extends Model {
    public static final Manager<CycleA> objects = Manager.of(CycleA.class);

    @CharField(maxLength = 10) public String name;
    @ForeignKey(to = "CycleB", onDelete = OnDelete.CASCADE, nullable = true, relatedName = "as") public Ref<CycleB> b;
}
