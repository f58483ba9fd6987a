package dev.covet.orm.models.spec;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;

/** Spec 003's user, who places orders. */
@Meta(app = "spec", table = "spec_user")
public class SpecUser extends Model {
    public static final Manager<SpecUser> objects = Manager.of(SpecUser.class);

    @CharField(maxLength = 50) public String username;
}
