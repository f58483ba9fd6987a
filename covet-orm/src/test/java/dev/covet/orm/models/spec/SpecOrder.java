package dev.covet.orm.models.spec;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.Ref;

import java.math.BigDecimal;
import java.time.Instant;

/** Spec 003's order: a user's, with a total and when it was made. */
@Meta(app = "spec", table = "spec_order")
public class SpecOrder extends Model {
    public static final Manager<SpecOrder> objects = Manager.of(SpecOrder.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "orders") public Ref<SpecUser> user;
    @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal total;
    @DateTimeField public Instant createdAt;
}
