package dev.covet.orm.migrate.ledger;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.meta.Meta;

/** The ledger's live model, already past the migration whose data step fills slugs: title is now heading. */
@Meta(app = "ledger", table = "ledger_entry")
public class Entry extends Model {
    public static final Manager<Entry> objects = Manager.of(Entry.class);

    @CharField(maxLength = 100) public String heading;
    @CharField(maxLength = 120) public String slug;
    @IntegerField public int amountCents;
}
