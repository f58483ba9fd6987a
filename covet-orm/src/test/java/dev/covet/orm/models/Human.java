package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.GenericRelation;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.relation.GenericRelatedManager;

/** The concrete model of a proxy: {@link Adult} shares its table. */
public class Human extends Model {
    public static final Manager<Human> objects = Manager.of(Human.class);

    @CharField(maxLength = 100) public String name;
    @IntegerField public int age;
    @GenericRelation public GenericRelatedManager<Comment> comments;
}
