package dev.covet.orm.models;

import dev.covet.orm.Model;
import dev.covet.orm.field.DateTimeField;

import java.time.Instant;

/** The abstract TimestampedModel of spec 000: no table; its fields are inherited. */
public abstract class Timestamped extends Model {
    @DateTimeField(autoNowAdd = true) public Instant createdAt;
    @DateTimeField(autoNow = true) public Instant updatedAt;
}
