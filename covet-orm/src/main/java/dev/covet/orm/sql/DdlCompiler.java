package dev.covet.orm.sql;

import dev.covet.orm.meta.Constraint;
import dev.covet.orm.sql.ddl.ConstraintDef;
import dev.covet.orm.sql.ddl.TableSql;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.IndexInfo;
import dev.covet.orm.sql.ddl.IndexDef;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.RelationInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Renders the DDL of models: CREATE TABLE with its constraints, CREATE INDEX, DROP TABLE. */
public final class DdlCompiler {
    private static final int MAX_NAME = 60;

    private DdlCompiler() {
    }

    /**
     * The statements of a model's table.
     *
     * @param create              the CREATE TABLE statement
     * @param indexes             the CREATE INDEX statements to run after it
     * @param deferredForeignKeys the ALTER TABLE statements that add foreign keys to tables created later
     */
    public record TableDdl(String create, List<String> indexes, List<String> deferredForeignKeys) {
    }

    /**
     * CREATE TABLE for {@code model}. A foreign key to a table in {@code existing} (or to itself) is
     * declared inline; one to a table created later comes back as an ALTER TABLE to run afterwards,
     * except on SQLite, which checks references only when rows change.
     *
     * @param model the model
     * @param existing the tables that exist already, or are created before this one
     * @param d the dialect to write for
     * @return the table's statements
     */
    public static TableDdl createTable(ModelInfo<?> model, Set<String> existing, Dialect d) {
        List<String> lines = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> later = new ArrayList<>();
        boolean inline = d.features().foreignKeysToLaterTables();
        // the table holds the model's own columns, and for a single-table base its subclasses' too
        List<FieldInfo> columns = new ArrayList<>(model.localColumns());
        List<FieldInfo> subclassColumns = new ArrayList<>();
        List<ModelInfo<?>> family = new ArrayList<>();
        family.add(model);
        for (ModelInfo<?> sub : model.singleTableDescendants()) {
            family.add(sub);
            for (FieldInfo f : sub.columns()) {
                if (f.model() == sub) {
                    columns.add(f);
                    subclassColumns.add(f);
                }
            }
        }
        for (FieldInfo f : columns) {
            StringBuilder col = new StringBuilder(d.quote(f.column())).append(' ');
            if (f.isPrimaryKey() && f.isAutoIncrement()) {
                col.append(d.ddl().autoIncrementColumn(f.kind()));
            } else {
                col.append(d.ddl().columnType(f));
                if (f.dbDefault() != null) {
                    col.append(" DEFAULT ").append(TableSql.defaultSql(f.dbDefault(), f.storage(), d));
                }
                // a subclass's column is empty in the other subclasses' rows
                if (!f.isNullable() && !subclassColumns.contains(f)) {
                    col.append(" NOT NULL");
                }
                if (f.isPrimaryKey()) {
                    col.append(" PRIMARY KEY");
                } else if (f.isUnique()) {
                    col.append(" UNIQUE");
                }
            }
            lines.add(col.toString());
        }
        for (FieldInfo f : columns) {
            RelationInfo r = f.relation();
            if (r == null || !r.hasDbConstraint()) {
                continue;
            }
            String fk = foreignKey(model.table(), f.column(), r.target().table(), r.targetField().column(), d);
            if (inline || existing.contains(r.target().table()) || r.target() == model) {
                lines.add(fk);
            } else {
                later.add("ALTER TABLE " + d.quote(model.table()) + " ADD " + fk);
            }
        }
        for (ModelInfo<?> member : family) {
            for (List<FieldInfo> group : member.uniqueTogether()) {
                List<String> cols = group.stream().map(FieldInfo::column).toList();
                lines.add("CONSTRAINT " + d.quote(name(model.table(), cols, "uniq")) + " UNIQUE ("
                        + String.join(", ", cols.stream().map(d::quote).toList()) + ")");
            }
        }
        for (FieldInfo f : columns) {
            boolean fkIndexedByDatabase = f.relation() != null && f.relation().hasDbConstraint() && d.ddl().indexesForeignKeys();
            if (f.hasDbIndex() && !f.isUnique() && !fkIndexedByDatabase) {
                indexes.add("CREATE INDEX " + d.quote(name(model.table(), List.of(f.column()), "idx")) + " ON "
                        + d.quote(model.table()) + " (" + d.quote(f.column()) + ")");
            }
        }
        for (IndexInfo index : family.stream().flatMap(m -> m.indexes().stream()).toList()) {
            if (index.search()) {
                IndexDef def = new IndexDef(index.name(), index.fields().stream().map(FieldInfo::column).toList(),
                        index.descending(), false, true, model.pk().column());
                indexes.addAll(d.search().createIndex(model.table(), def, d));
                continue;
            }
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < index.fields().size(); i++) {
                cols.add(d.quote(index.fields().get(i).column()) + (index.descending().get(i) ? " DESC" : ""));
            }
            indexes.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + d.quote(index.name()) + " ON "
                    + d.quote(model.table()) + " (" + String.join(", ", cols) + ")");
        }
        for (ModelInfo<?> member : family) {
            for (Constraint c : Constraint.declaredBy(member.type())) {
                ConstraintDef def = new ConstraintDef(c.name(), c.fields().stream().map(n -> member.field(n).column()).toList(),
                        c.check() == null ? null : CheckSql.compile(member, c.check(), d),
                        c.condition() == null ? null : CheckSql.compile(member, c.condition(), d));
                if (def.isPartialUnique()) {
                    indexes.add(TableSql.createPartialUnique(model.table(), def, d));
                } else {
                    lines.add(TableSql.constraint(def, d));
                }
            }
        }
        String create = "CREATE TABLE " + d.quote(model.table()) + " (\n    " + String.join(",\n    ", lines) + "\n)" + d.ddl().tableOptions();
        return new TableDdl(create, indexes, later);
    }

    /**
     * The statements that drop {@code model}'s full-text search indexes, which some databases keep apart from
     * the table (SQLite's FTS5 tables outlive a DROP TABLE); none where the table's own DROP takes them.
     *
     * @param model the model
     * @param d the dialect to write for
     * @return the statements, empty when there are none
     */
    public static List<String> dropSearchIndexes(ModelInfo<?> model, Dialect d) {
        List<String> out = new ArrayList<>();
        for (IndexInfo index : model.indexes()) {
            if (index.search()) {
                IndexDef def = new IndexDef(index.name(), index.fields().stream().map(FieldInfo::column).toList(),
                        index.descending(), false, true, model.pk().column());
                if (!d.search().tables(def).isEmpty()) {
                    out.addAll(d.search().dropIndex(model.table(), def, d));
                }
            }
        }
        return out;
    }

    /**
     * CREATE TABLE for the automatic junction table of a many-to-many field.
     *
     * @param manyToMany the many-to-many field whose junction table is created
     * @param existing the tables that exist already, or are created before this one
     * @param d the dialect to write for
     * @return the junction table's statements
     */
    public static TableDdl createJunction(FieldInfo manyToMany, Set<String> existing, Dialect d) {
        RelationInfo r = manyToMany.relation();
        RelationInfo.Junction j = r.junction();
        ModelInfo<?> source = manyToMany.model();
        ModelInfo<?> target = r.target();
        boolean inline = d.features().foreignKeysToLaterTables();
        List<String> lines = new ArrayList<>();
        List<String> later = new ArrayList<>();
        lines.add(d.quote("id") + " " + d.ddl().autoIncrementColumn(source.pk().kind()));
        lines.add(d.quote(j.sourceColumn()) + " " + d.ddl().keyColumnType(source.pk()) + " NOT NULL");
        lines.add(d.quote(j.targetColumn()) + " " + d.ddl().keyColumnType(target.pk()) + " NOT NULL");
        lines.add("CONSTRAINT " + d.quote(name(j.table(), List.of(j.sourceColumn(), j.targetColumn()), "uniq")) + " UNIQUE ("
                + d.quote(j.sourceColumn()) + ", " + d.quote(j.targetColumn()) + ")");
        for (String[] key : List.of(new String[]{j.sourceColumn(), source.table(), source.pk().column()},
                new String[]{j.targetColumn(), target.table(), target.pk().column()})) {
            String fk = foreignKey(j.table(), key[0], key[1], key[2], d);
            if (inline || existing.contains(key[1])) {
                lines.add(fk);
            } else {
                later.add("ALTER TABLE " + d.quote(j.table()) + " ADD " + fk);
            }
        }
        List<String> indexes = new ArrayList<>();
        if (!d.ddl().indexesForeignKeys()) {
            indexes.add("CREATE INDEX " + d.quote(name(j.table(), List.of(j.targetColumn()), "idx")) + " ON "
                    + d.quote(j.table()) + " (" + d.quote(j.targetColumn()) + ")");
        }
        String create = "CREATE TABLE " + d.quote(j.table()) + " (\n    " + String.join(",\n    ", lines) + "\n)" + d.ddl().tableOptions();
        return new TableDdl(create, indexes, later);
    }

    private static String foreignKey(String table, String column, String targetTable, String targetColumn, Dialect d) {
        return "CONSTRAINT " + d.quote(name(table, List.of(column), "fk")) + " FOREIGN KEY (" + d.quote(column)
                + ") REFERENCES " + d.quote(targetTable) + " (" + d.quote(targetColumn) + ")" + d.ddl().foreignKeyTiming();
    }

    /**
     * {@code <table>_<columns>_<suffix>}, shortened with a hash when too long for PostgreSQL (63) or MySQL (64).
     *
     * @param table the table's name
     * @param columns the column names
     * @param suffix what the name is for ({@code idx}, {@code uniq}, {@code fk}, ...)
     * @return the name, at most 60 characters
     */
    public static String name(String table, List<String> columns, String suffix) {
        String name = table + "_" + String.join("_", columns) + "_" + suffix;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, MAX_NAME - hash.length() - suffix.length() - 2) + "_" + hash + "_" + suffix;
    }
}
