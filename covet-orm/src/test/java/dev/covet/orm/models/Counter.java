package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.JSONField;

import java.util.HashMap;
import java.util.Map;

/** Primitive fields and Java initializers as defaults. */
public class Counter extends Model {
    public static final Manager<Counter> objects = Manager.of(Counter.class);

    @CharField(maxLength = 30, unique = true) public String name;
    @IntegerField public int value;
    @BooleanField public boolean enabled = true;
    @JSONField public Map<String, Object> settings = new HashMap<>();
}
