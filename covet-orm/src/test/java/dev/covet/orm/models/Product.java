package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.EnumField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.Validator;

import java.math.BigDecimal;

/** Inventory: decimals, integers with bounds, a custom validator, choices. */
public class Product extends Model {
    public static final Manager<Product> objects = Manager.of(Product.class);

    @CharField(maxLength = 200) public String name;
    @CharField(maxLength = 20, choices = {"new", "used", "refurbished"}) public String condition = "new";
    @DecimalField(maxDigits = 10, decimalPlaces = 2, minValue = "0.00") public BigDecimal price = BigDecimal.ZERO;
    @IntegerField(minValue = 0) public int quantity;
    @IntegerField public int minQuantity = 10;
    @IntegerField(nullable = true, validators = Rating.class) public Integer rating;
    @EnumField(nullable = true) public Color color;

    /** A rating is 1 to 5. */
    public static final class Rating implements Validator<Integer> {
        @Override
        public void validate(Integer value) {
            if (value < 1 || value > 5) {
                throw new IllegalArgumentException("Rating must be 1-5");
            }
        }
    }
}
