package dev.covet.orm.models.spec;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.JSONField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;

import java.util.Map;

/** Spec 003's book: a title searched in full text, and JSON metadata. */
@Meta(app = "spec", table = "spec_book", indexes = @Index(fields = "title", search = true))
public class SpecBook extends Model {
    public static final Manager<SpecBook> objects = Manager.of(SpecBook.class);

    @CharField(maxLength = 200) public String title;
    @JSONField(nullable = true) public Map<String, Object> metadata;
}
