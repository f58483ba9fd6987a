package dev.covet.cli.shop;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.FloatField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.TextField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Unique;
import dev.covet.orm.relation.Ref;

/** A key, a nullable text, an indexed column, a named two-column index and a unique pair, for inspectdb round trips. */
@Meta(indexes = @Index(fields = {"amount", "quantity"}, name = "purchase_by_amount"), uniqueTogether = @Unique({"customer", "quantity"}))
public class Purchase extends Model {
    public static final Manager<Purchase> objects = Manager.of(Purchase.class);

    @ForeignKey(onDelete = OnDelete.DO_NOTHING) public Ref<Customer> customer;
    @TextField(nullable = true) public String note;
    @FloatField public Double amount;
    @IntegerField(dbIndex = true) public Integer quantity;
}
