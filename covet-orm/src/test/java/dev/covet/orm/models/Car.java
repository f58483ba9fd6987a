package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.meta.Meta;

@Meta(polymorphicIdentity = "car")
public class Car extends Vehicle {
    public static final Manager<Car> objects = Manager.of(Car.class);

    @IntegerField public int numDoors = 4;

    @Override
    public int wheels() {
        return 4;
    }
}
