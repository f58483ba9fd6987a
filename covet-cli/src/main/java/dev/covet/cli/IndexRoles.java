package dev.covet.cli;

import dev.covet.orm.db.LiveTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What each index of a live table stands for in a model: a {@code unique} or {@code dbIndex}
 * column, a {@code uniqueTogether} set, or an index of {@code @Meta(indexes)}. An index Covet named
 * itself for a column or a set ({@code <table>_<columns>_idx} / {@code _uniq}), or one the database
 * made for a UNIQUE constraint or a foreign key, belongs to the column or set; any other is a
 * {@code @Meta} index under its own name.
 *
 * @param uniqueColumns  lower-case names of the columns that are unique on their own
 * @param indexedColumns lower-case names of the columns with an index of their own
 */
record IndexRoles(Set<String> uniqueColumns, Set<String> indexedColumns, List<LiveTable.Index> uniqueTogether,
                  List<LiveTable.Index> metaIndexes) {

    static IndexRoles of(LiveTable table) {
        Set<String> unique = new HashSet<>();
        Set<String> indexed = new HashSet<>();
        List<LiveTable.Index> together = new ArrayList<>();
        List<LiveTable.Index> meta = new ArrayList<>();
        Set<String> fkNames = new HashSet<>();
        for (LiveTable.ForeignKey k : table.foreignKeys()) {
            if (k.name() != null) {
                fkNames.add(k.name().toLowerCase(Locale.ROOT));
            }
        }
        for (LiveTable.Index index : table.indexes()) {
            List<String> cols = index.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            String name = index.name().toLowerCase(Locale.ROOT);
            String t = table.name().toLowerCase(Locale.ROOT);
            boolean databaseNamed = name.startsWith("sqlite_autoindex_") || name.equals(t + "_" + String.join("_", cols) + "_key")
                    || (cols.size() == 1 && name.equals(cols.getFirst()));
            if (index.unique()) {
                boolean covetNamed = name.equals(JavaNames.indexName(t, cols, "uniq"));
                // a unique column's constraint: named by the database, or by Covet's migrations as <table>_<column>_uniq
                if (cols.size() == 1 && (databaseNamed || covetNamed)) {
                    unique.add(cols.getFirst());
                } else if (cols.size() > 1 && (databaseNamed || covetNamed)) {
                    together.add(index);
                } else {
                    meta.add(index);
                }
            } else if (cols.size() == 1 && (name.equals(JavaNames.indexName(t, cols, "idx")) || fkNames.contains(name)
                    || isForeignKeyColumn(table, cols.getFirst()))) {
                indexed.add(cols.getFirst());
            } else {
                meta.add(index);
            }
        }
        return new IndexRoles(unique, indexed, together, meta);
    }

    private static boolean isForeignKeyColumn(LiveTable table, String column) {
        // MariaDB names the index it makes for a foreign key after the column or the constraint
        return !table.foreignKeysOf(column).isEmpty();
    }
}
