package dev.covet.cli.shop;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.TextField;

/** A model whose every column reads back as the same field on all three databases (for inspectdb round trips). */
public class Customer extends Model {
    public static final Manager<Customer> objects = Manager.of(Customer.class);

    @IntegerField(unique = true) public Integer number;
    @TextField public String name;
    @IntegerField(nullable = true) public Integer age;
}
