package dev.covet.spring.models;

import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;

/** An abstract model: no table of its own, so scanning leaves it to the models that extend it. */
public abstract class Titled extends Model {
    @CharField(maxLength = 100) public String title;
}
