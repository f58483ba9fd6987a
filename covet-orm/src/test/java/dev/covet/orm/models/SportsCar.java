package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.field.IntegerField;

/** Two levels down a single table; its identity defaults to the class name. */
public class SportsCar extends Car {
    public static final Manager<SportsCar> objects = Manager.of(SportsCar.class);

    @IntegerField(nullable = true) public Integer topSpeed;
}
