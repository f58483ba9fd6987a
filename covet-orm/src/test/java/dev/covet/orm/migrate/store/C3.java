package dev.covet.orm.migrate.store;

import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.meta.Constraint;
import dev.covet.orm.meta.Meta;

import java.util.List;

/** A unique constraint added (name and sku), and the check kept. */
@SuppressWarnings("unused")
public final class C3 {
    public static final List<Class<? extends Model>> MODELS = List.of(Product.class);

    @Meta(app = "store")
    public static class Product extends Model {
        @CharField(maxLength = 100) public String name;
        @CharField(maxLength = 20) public String sku;
        @IntegerField public int price;
        @BooleanField public boolean active = true;

        public static List<Constraint> constraints() {
            return List.of(Constraint.check("product_price_gte_0", Q.of("price__gte", 0).and(Q.of("name__exact", "").not())),
                    Constraint.unique("product_name_sku_uniq", "name", "sku"));
        }
    }
}
