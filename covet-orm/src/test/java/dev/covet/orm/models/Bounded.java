package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.FloatField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.SmallIntegerField;

import java.math.BigDecimal;

/** Lower and upper bounds on every kind of number. */
public class Bounded extends Model {
    public static final Manager<Bounded> objects = Manager.of(Bounded.class);

    @IntegerField(minValue = -10, maxValue = 10) public int level;
    @SmallIntegerField(nullable = true, maxValue = 100) public Short percent;
    @FloatField(nullable = true, minValue = 0, maxValue = 1) public Double ratio;
    @DecimalField(maxDigits = 5, decimalPlaces = 2, nullable = true, minValue = "-1.50", maxValue = "100.00") public BigDecimal amount;
}
