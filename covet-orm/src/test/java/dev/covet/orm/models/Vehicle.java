package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;

/** The base of a single-table hierarchy: cars and motorcycles share its table, told apart by {@code kind}. */
@Meta(polymorphicOn = "kind", polymorphicIdentity = "vehicle", ordering = "name")
public class Vehicle extends Model {
    public static final Manager<Vehicle> objects = Manager.of(Vehicle.class);

    @CharField(maxLength = 100) public String name;

    public int wheels() {
        return 0;
    }
}
