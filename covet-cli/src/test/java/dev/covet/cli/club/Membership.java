package dev.covet.cli.club;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Unique;
import dev.covet.orm.relation.Ref;

/** The junction of {@link Club#members}, with the year each member joined. */
@Meta(uniqueTogether = @Unique({"club", "person"}))
public class Membership extends Model {
    public static final Manager<Membership> objects = Manager.of(Membership.class);

    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Club> club;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Person> person;
    @IntegerField public Integer joined;
}
