package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BigAutoField;
import dev.covet.orm.field.FloatField;

/** A 64-bit auto key declared explicitly, under another name. */
public class Measurement extends Model {
    public static final Manager<Measurement> objects = Manager.of(Measurement.class);

    @BigAutoField(dbColumn = "measurement_id") public Long measurementId;
    @FloatField public double temperature;
    @FloatField(nullable = true) public Double humidity;
}
