package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;

/** An unmanaged model: Covet never creates or drops its table. */
@Meta(table = "legacy_thing", managed = false)
public class Legacy extends Model {
    public static final Manager<Legacy> objects = Manager.of(Legacy.class);

    @CharField(maxLength = 10) public String code;
}
