package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

/** Django's one-to-one example's Waiter: a key to a {@link Diner}, whose key is a one-to-one. */
public class Server extends Model {
    public static final Manager<Server> objects = Manager.of(Server.class);

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "servers") public Ref<Diner> diner;
    @CharField(maxLength = 50) public String name;
}
