package dev.covet.orm.migrate.ledger;

import dev.covet.orm.migrate.operation.HistoricalRow;
import dev.covet.orm.migrate.operation.JavaMigration;
import dev.covet.orm.migrate.operation.MigrationContext;

import java.util.Locale;

/** Fills each entry's slug from its title, through the model as it was then (it had a title). */
public final class FillSlugs implements JavaMigration {
    @Override
    public void forwards(MigrationContext c) {
        for (HistoricalRow e : c.model("Entry").objects().filter("slug__isnull", true).orderBy("id").list()) {
            e.set("slug", e.<String>get("title").toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + e.get("amountCents"));
            e.save();
        }
    }

    @Override
    public void backwards(MigrationContext c) {
        c.model("Entry").objects().update("slug", null);
    }
}
