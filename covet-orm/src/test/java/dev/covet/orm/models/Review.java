package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

/** No relatedName: the reverse side is Book's "reviewSet", queried as "review". */
public class Review extends Model {
    public static final Manager<Review> objects = Manager.of(Review.class);

    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Book> book;
    @IntegerField public int stars;
}
