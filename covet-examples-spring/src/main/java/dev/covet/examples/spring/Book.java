package dev.covet.examples.spring;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

import java.math.BigDecimal;

/** A book in the catalog; a negative price fails validation when it is saved. */
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @CharField(maxLength = 200) public String title;
    @DecimalField(maxDigits = 8, decimalPlaces = 2, minValue = "0.00") public BigDecimal price = BigDecimal.ZERO;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
}
