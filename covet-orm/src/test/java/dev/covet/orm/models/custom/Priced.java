package dev.covet.orm.models.custom;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.Custom;

/** Fields of user-defined types: an upper-cased code and a price in euros. */
public class Priced extends Model {
    public static final Manager<Priced> objects = Manager.of(Priced.class);

    @CharField(maxLength = 30) public String name;
    @Custom(value = UpperType.class, maxLength = 10, dbIndex = true) public String code;
    @Custom(value = MoneyType.class, maxDigits = 12, decimalPlaces = 2, nullable = true) public Money price;
}
