package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.field.BooleanField;

/** Three tables deep: italian_restaurant joins restaurant joins place. */
public class ItalianRestaurant extends Restaurant {
    public static final Manager<ItalianRestaurant> objects = Manager.of(ItalianRestaurant.class);

    @BooleanField public boolean servesGnocchi;
}
