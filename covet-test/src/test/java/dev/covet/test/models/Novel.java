package dev.covet.test.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

public class Novel extends Model {
    public static final Manager<Novel> objects = Manager.of(Novel.class);

    @CharField(maxLength = 200) public String title;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "novels") public Ref<Writer> writer;

    public static Novel of(String title, Writer writer) {
        Novel n = new Novel();
        n.title = title;
        n.writer.set(writer);
        n.save();
        return n;
    }
}
