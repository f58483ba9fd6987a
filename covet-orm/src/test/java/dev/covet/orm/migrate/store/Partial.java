package dev.covet.orm.migrate.store;

import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.meta.Constraint;
import dev.covet.orm.meta.Meta;

import java.util.List;

/** A unique constraint held only by active products (a partial unique index), and a bad one naming no field. */
@SuppressWarnings("unused")
public final class Partial {
    public static final List<Class<? extends Model>> MODELS = List.of(Product.class);
    public static final List<Class<? extends Model>> BAD = List.of(Typo.class);

    @Meta(app = "store")
    public static class Product extends Model {
        @CharField(maxLength = 100) public String name;
        @CharField(maxLength = 20) public String sku;
        @IntegerField public int price;
        @BooleanField public boolean active = true;

        public static List<Constraint> constraints() {
            return List.of(Constraint.check("product_price_gte_0", Q.of("price__gte", 0).and(Q.of("name__exact", "").not())),
                    Constraint.unique("product_active_sku_uniq", "sku").where(Q.of("active", true)));
        }
    }

    @Meta(app = "store", table = "typo")
    public static class Typo extends Model {
        @IntegerField public int price;

        public static List<Constraint> constraints() {
            return List.of(Constraint.check("typo_cost", Q.of("cost__gte", 0)));
        }
    }
}
