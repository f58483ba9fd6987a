package dev.covet.processor;

import java.util.LinkedHashMap;
import java.util.Map;

/** The models every processor test compiles with, and a way to add one class that uses them. */
final class Sources {
    static final String AUTHOR = """
            package shop;

            import dev.covet.orm.Manager;
            import dev.covet.orm.Model;
            import dev.covet.orm.field.CharField;
            import dev.covet.orm.field.DateTimeField;
            import java.time.Instant;

            public class Author extends Model {
                public static final Manager<Author> objects = Manager.of(Author.class);
                @CharField(maxLength = 100) public String name;
                @DateTimeField(nullable = true) public Instant joined;
            }
            """;
    static final String BOOK = """
            package shop;

            import dev.covet.orm.Manager;
            import dev.covet.orm.Model;
            import dev.covet.orm.field.CharField;
            import dev.covet.orm.field.DecimalField;
            import dev.covet.orm.field.ForeignKey;
            import dev.covet.orm.field.IntegerField;
            import dev.covet.orm.field.JSONField;
            import dev.covet.orm.field.ManyToManyField;
            import dev.covet.orm.field.OnDelete;
            import dev.covet.orm.relation.ManyToMany;
            import dev.covet.orm.relation.Ref;
            import java.math.BigDecimal;
            import java.util.Map;

            public class Book extends Model {
                public static final Manager<Book> objects = Manager.of(Book.class);
                @CharField(maxLength = 200) public String title;
                @IntegerField public int pages;
                @DecimalField(maxDigits = 8, decimalPlaces = 2) public BigDecimal price;
                @JSONField public Map<String, Object> metadata;
                @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
                @ManyToManyField public ManyToMany<Tag> tags;
            }
            """;
    static final String TAG = """
            package shop;

            import dev.covet.orm.Manager;
            import dev.covet.orm.Model;
            import dev.covet.orm.field.CharField;

            public class Tag extends Model {
                public static final Manager<Tag> objects = Manager.of(Tag.class);
                @CharField(maxLength = 50) public String name;
            }
            """;

    private Sources() {
    }

    /** The models, and a class {@code shop.Use} whose method body is {@code body}. */
    static Map<String, String> with(String body) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("shop.Author", AUTHOR);
        sources.put("shop.Book", BOOK);
        sources.put("shop.Tag", TAG);
        sources.put("shop.Use", """
                package shop;

                import dev.covet.orm.F;
                import dev.covet.orm.Q;
                import dev.covet.orm.QuerySet;
                import dev.covet.orm.query.Count;
                import java.math.BigDecimal;
                import java.util.List;

                class Use {
                    @SuppressWarnings("unused")
                    void run() {
                        %s
                    }
                }
                """.formatted(body));
        return sources;
    }
}
