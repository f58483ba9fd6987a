package dev.covet.processor;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A field of a user-defined type is a field to the processor: its lookups pass, a misspelled name does not. */
class CustomFieldLookupTest {
    private static Compilation compile(String body) {
        Map<String, String> sources = Sources.with(body);
        sources.put("shop.Code", """
                package shop;

                import dev.covet.orm.field.FieldKind;
                import dev.covet.orm.field.FieldType;

                public final class Code implements FieldType<String> {
                    public Class<String> javaType() { return String.class; }
                    public FieldKind.Storage storage() { return FieldKind.Storage.STRING; }
                    public Object toDb(String v) { return v.toUpperCase(); }
                    public String fromDb(Object v) { return (String) v; }
                }
                """);
        sources.put("shop.Item", """
                package shop;

                import dev.covet.orm.Manager;
                import dev.covet.orm.Model;
                import dev.covet.orm.field.Custom;

                public class Item extends Model {
                    public static final Manager<Item> objects = Manager.of(Item.class);
                    @Custom(value = Code.class, maxLength = 10) public String code;
                }
                """);
        return Compilation.of(sources);
    }

    @Test
    void lookupsOnACustomFieldCompile() {
        Compilation c = compile("Item.objects.filter(\"code__icontains\", \"x\").orderBy(\"-code\").filter(\"code__gte\", \"a\");");
        assertThat(c.success()).as(c.report()).isTrue();
    }

    @Test
    void aMisspelledCustomFieldIsAnError() {
        Compilation c = compile("Item.objects.filter(\"cod\", \"x\");");
        assertThat(c.success()).isFalse();
        assertThat(c.errors()).containsExactly("Cannot resolve keyword 'cod' into field of Item. Choices are: code, id, pk");
    }
}
