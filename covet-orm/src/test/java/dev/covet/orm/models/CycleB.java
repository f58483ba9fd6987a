package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

public class CycleB extends Model {
    public static final Manager<CycleB> objects = Manager.of(CycleB.class);

    @CharField(maxLength = 10) public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, nullable = true, relatedName = "bs") public Ref<CycleA> a;
}
