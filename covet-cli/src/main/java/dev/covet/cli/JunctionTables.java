package dev.covet.cli;

import dev.covet.orm.db.LiveTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of a database that are Covet's automatic many-to-many junctions: an automatic {@code id},
 * exactly two foreign keys to two other tables, unique as a pair, named {@code <owner table>_<field>} with
 * columns {@code <model>_id} as Covet names them. Such a table becomes a {@code ManyToManyField} on its
 * owner rather than a model class; a junction with any other column stays a model of its own.
 */
final class JunctionTables {
    /** A junction read back as the many-to-many field {@code field} of the model of {@code owner}, to {@code target}. */
    record Junction(LiveTable table, String owner, String target, String field) {
    }

    private JunctionTables() {
    }

    /** The automatic junctions among {@code all}, by junction table name (lower case). */
    static Map<String, Junction> of(Map<String, LiveTable> all) {
        Map<String, Junction> out = new LinkedHashMap<>();
        for (LiveTable t : all.values()) {
            Junction j = junction(t, all);
            if (j != null) {
                out.put(t.name().toLowerCase(Locale.ROOT), j);
            }
        }
        return out;
    }

    private static Junction junction(LiveTable t, Map<String, LiveTable> all) {
        if (t.columns().size() != 3 || t.foreignKeys().size() != 2 || t.primaryKey().size() != 1
                || !t.primaryKey().getFirst().equalsIgnoreCase("id") || t.column(t.primaryKey().getFirst()) == null
                || !t.column(t.primaryKey().getFirst()).autoIncrement()) {
            return null;
        }
        LiveTable.ForeignKey a = t.foreignKeys().get(0);
        LiveTable.ForeignKey b = t.foreignKeys().get(1);
        if (a.column().equalsIgnoreCase(b.column()) || a.targetTable().equalsIgnoreCase(b.targetTable())
                || a.targetTable().equalsIgnoreCase(t.name()) || b.targetTable().equalsIgnoreCase(t.name())) {
            return null;
        }
        if (t.indexesOn(List.of(a.column(), b.column())).stream().noneMatch(LiveTable.Index::unique)
                && t.indexesOn(List.of(b.column(), a.column())).stream().noneMatch(LiveTable.Index::unique)) {
            return null;
        }
        for (LiveTable other : all.values()) {
            if (other.foreignKeys().stream().anyMatch(k -> k.targetTable().equalsIgnoreCase(t.name()))) {
                return null;   // something points at the junction: it is a model
            }
        }
        Junction j = owned(t, a, b, all);
        return j != null ? j : owned(t, b, a, all);
    }

    private static Junction owned(LiveTable t, LiveTable.ForeignKey ownerKey, LiveTable.ForeignKey targetKey, Map<String, LiveTable> all) {
        LiveTable owner = all.get(ownerKey.targetTable().toLowerCase(Locale.ROOT));
        LiveTable target = all.get(targetKey.targetTable().toLowerCase(Locale.ROOT));
        if (owner == null || target == null || !keyedById(owner, ownerKey) || !keyedById(target, targetKey)) {
            return null;
        }
        String prefix = owner.name() + "_";
        if (!t.name().startsWith(prefix) || t.name().length() == prefix.length()) {
            return null;
        }
        String field = JavaNames.fieldName(t.name().substring(prefix.length()));
        boolean named = JavaNames.defaultColumn(JavaNames.className(owner.name()), true).equals(ownerKey.column())
                && JavaNames.defaultColumn(JavaNames.className(target.name()), true).equals(targetKey.column())
                && JavaNames.defaultTable(JavaNames.className(owner.name())).equals(owner.name())
                && (owner.name() + "_" + JavaNames.defaultColumn(field, false)).equals(t.name());
        return named ? new Junction(t, owner.name(), target.name(), field) : null;
    }

    private static boolean keyedById(LiveTable table, LiveTable.ForeignKey key) {
        return table.primaryKey().size() == 1 && table.primaryKey().getFirst().equalsIgnoreCase(key.targetColumn());
    }
}
