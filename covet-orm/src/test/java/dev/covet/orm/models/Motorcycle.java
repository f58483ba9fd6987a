package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.meta.Meta;

@Meta(polymorphicIdentity = "motorcycle")
public class Motorcycle extends Vehicle {
    public static final Manager<Motorcycle> objects = Manager.of(Motorcycle.class);

    @BooleanField public boolean hasSidecar;

    @Override
    public int wheels() {
        return hasSidecar ? 3 : 2;
    }
}
