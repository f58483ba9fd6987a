package dev.covet.test.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.relation.RelatedManager;

public class Writer extends Model {
    public static final Manager<Writer> objects = Manager.of(Writer.class);

    @CharField(maxLength = 100) public String name;

    /** Filled by Covet: the reverse side of Novel.writer. */
    public RelatedManager<Novel> novels;

    public static Writer named(String name) {
        Writer w = new Writer();
        w.name = name;
        w.save();
        return w;
    }
}
