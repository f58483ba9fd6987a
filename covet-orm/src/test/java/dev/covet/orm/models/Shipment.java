package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.BigIntegerField;

/** A row that lives on one shard, by its customer. */
public class Shipment extends Model {
    public static final Manager<Shipment> objects = Manager.of(Shipment.class);

    @BigIntegerField public long customerId;
    @IntegerField public int total;
    @CharField(maxLength = 40, nullable = true) public String label;
}
