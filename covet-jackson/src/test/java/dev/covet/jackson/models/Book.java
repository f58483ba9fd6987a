package dev.covet.jackson.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.Ref;

import java.math.BigDecimal;
import java.time.LocalDate;

public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    @CharField(maxLength = 200) public String title;
    @IntegerField public int pages;
    @DecimalField(maxDigits = 8, decimalPlaces = 2) public BigDecimal price = BigDecimal.ZERO;
    @DateField(nullable = true) public LocalDate published;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
    @ManyToManyField(relatedName = "books") public ManyToMany<Tag> tags;
}
