package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

/** Its first (default) manager hides invisible chapters, and so does book.related("chapters"). */
public class Chapter extends Model {
    public static final Manager<Chapter> visible = new VisibleManager();
    public static final Manager<Chapter> everything = Manager.of(Chapter.class);

    @CharField(maxLength = 50) public String title;
    @BooleanField public boolean isVisible = true;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "chapters") public Ref<Book> book;

    static final class VisibleManager extends Manager<Chapter> {
        VisibleManager() {
            super(Chapter.class);
        }

        @Override
        protected QuerySet<Chapter> getQueryset() {
            return super.getQueryset().filter("isVisible", true);
        }
    }
}
