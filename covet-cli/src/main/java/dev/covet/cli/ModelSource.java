package dev.covet.cli;

import dev.covet.orm.db.LiveTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Java source of a model class for one live table: a field per column, foreign keys as
 * {@code Ref<Target>} fields, unique and indexed columns as field options, other indexes and unique
 * sets in {@code @Meta}. Names follow Covet's own naming back to the same table and columns, and
 * {@code table} / {@code dbColumn} say so where they cannot.
 */
final class ModelSource {
    private static final Map<String, String> IMPORTS = Map.ofEntries(
            Map.entry("BigDecimal", "java.math.BigDecimal"), Map.entry("Instant", "java.time.Instant"),
            Map.entry("LocalDate", "java.time.LocalDate"), Map.entry("LocalTime", "java.time.LocalTime"),
            Map.entry("UUID", "java.util.UUID"), Map.entry("Ref", "dev.covet.orm.relation.Ref"),
            Map.entry("ManyToMany", "dev.covet.orm.relation.ManyToMany"),
            Map.entry("OnDelete", "dev.covet.orm.field.OnDelete"), Map.entry("Meta", "dev.covet.orm.meta.Meta"),
            Map.entry("Index", "dev.covet.orm.meta.Index"), Map.entry("Unique", "dev.covet.orm.meta.Unique"));

    private final LiveTable table;
    private final Map<String, LiveTable> all;
    private final Map<String, JunctionTables.Junction> junctions;
    private final String className;
    private final TreeSet<String> imports = new TreeSet<>();
    private final List<String> fields = new ArrayList<>();
    private final List<String> metaIndexes = new ArrayList<>();
    private final List<String> uniqueTogether = new ArrayList<>();
    private final Map<String, String> fieldOfColumn = new LinkedHashMap<>();

    private ModelSource(LiveTable table, Map<String, LiveTable> all, Map<String, JunctionTables.Junction> junctions) {
        this.table = table;
        this.all = all;
        this.junctions = junctions;
        this.className = JavaNames.className(table.name());
    }

    /** The class name inspectdb gives {@code table}. */
    static String className(String table) {
        return JavaNames.className(table);
    }

    /**
     * The source of the model class for {@code table}, in {@code pkg}; {@code all} holds the tables its keys point at
     * and {@code junctions} the automatic junction tables, which become many-to-many fields of their owners.
     */
    static String write(LiveTable table, Map<String, LiveTable> all, Map<String, JunctionTables.Junction> junctions, String pkg) {
        return new ModelSource(table, all, junctions).source(pkg);
    }

    private String source(String pkg) {
        List<String> notes = new ArrayList<>();
        for (LiveTable.Column c : table.columns()) {
            fieldOfColumn.put(c.name().toLowerCase(Locale.ROOT), fieldNameOf(c));
        }
        IndexRoles roles = IndexRoles.of(table);
        boolean singlePk = table.primaryKey().size() == 1;
        if (table.primaryKey().isEmpty()) {
            notes.add("The table has no primary key: Covet gives the model an 'id' column, which the table lacks."
                    + " Mark a unique column primaryKey = true, or add an id column.");
        } else if (!singlePk) {
            notes.add("The table's primary key has several columns (" + String.join(", ", table.primaryKey())
                    + "); a Covet model has one. Mark one unique column primaryKey = true.");
        }
        for (LiveTable.Column c : table.columns()) {
            boolean pk = singlePk && table.primaryKey().getFirst().equalsIgnoreCase(c.name());
            List<LiveTable.ForeignKey> keys = table.foreignKeysOf(c.name());
            if (pk && c.autoIncrement()) {
                autoKey(c);
            } else if (!keys.isEmpty()) {
                foreignKey(c, keys.getFirst(), pk, roles);
            } else {
                plainField(c, pk, roles);
            }
        }
        for (JunctionTables.Junction j : junctions.values()) {
            if (j.owner().equalsIgnoreCase(table.name())) {
                imports.add("ManyToMany");
                fields.add(annotation("ManyToManyField", List.of()) + " public ManyToMany<" + JavaNames.className(j.target())
                        + "> " + j.field() + ";");
            }
        }
        for (LiveTable.Index index : roles.metaIndexes()) {
            List<String> names = index.columns().stream().map(this::fieldOf).toList();
            List<String> args = new ArrayList<>();
            args.add("fields = " + strings(names));
            String auto = JavaNames.indexName(table.name(), index.columns().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
                    index.unique() ? "uniq" : "idx");
            if (!auto.equalsIgnoreCase(index.name())) {
                args.add("name = " + quote(index.name()));
            }
            if (index.unique()) {
                args.add("unique = true");
            }
            metaIndexes.add("@Index(" + String.join(", ", args) + ")");
            imports.add("Index");
        }
        for (LiveTable.Index index : roles.uniqueTogether()) {
            uniqueTogether.add("@Unique(" + strings(index.columns().stream().map(this::fieldOf).toList()) + ")");
            imports.add("Unique");
        }
        return render(pkg, notes);
    }

    private void autoKey(LiveTable.Column c) {
        ColumnMapping m = ColumnMapping.of(c);
        boolean big = m.annotation().equals("BigIntegerField");
        String name = fieldOf(c.name());
        if (!big && name.equals("id") && c.name().equals("id")) {
            return;   // Covet's automatic primary key
        }
        List<String> args = new ArrayList<>();
        dbColumn(args, name, c.name(), false);
        fields.add(annotation(big ? "BigAutoField" : "AutoField", args) + " public Long " + name + ";");
    }

    private void foreignKey(LiveTable.Column c, LiveTable.ForeignKey key, boolean pk, IndexRoles roles) {
        String name = fieldOf(c.name());
        LiveTable target = all.get(key.targetTable().toLowerCase(Locale.ROOT));
        String targetClass = JavaNames.className(target == null ? key.targetTable() : target.name());
        boolean oneToOne = roles.uniqueColumns().contains(c.name().toLowerCase(Locale.ROOT)) || pk;
        List<String> args = new ArrayList<>();
        args.add("onDelete = OnDelete.DO_NOTHING");
        if (target != null && !(target.primaryKey().size() == 1 && target.primaryKey().getFirst().equalsIgnoreCase(key.targetColumn()))) {
            args.add("toField = " + quote(JavaNames.fieldName(key.targetColumn())));
        }
        long sameTarget = table.foreignKeys().stream().filter(k -> k.targetTable().equalsIgnoreCase(key.targetTable())).count();
        if (sameTarget > 1 || key.targetTable().equalsIgnoreCase(table.name())) {
            // two keys to one model would both be given the reverse name <model>Set
            args.add("relatedName = " + quote(Character.toLowerCase(className.charAt(0)) + className.substring(1)
                    + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Set"));
        }
        if (c.nullable()) {
            args.add("nullable = true");
        }
        if (pk) {
            args.add("primaryKey = true");
        }
        // MariaDB makes no index of its own for a key that leads another index (a unique pair, say)
        boolean leadsAnIndex = table.indexes().stream().anyMatch(i -> i.columns().getFirst().equalsIgnoreCase(c.name()));
        if (!oneToOne && !roles.indexedColumns().contains(c.name().toLowerCase(Locale.ROOT)) && !leadsAnIndex) {
            args.add("dbIndex = false");
        }
        dbColumn(args, name, c.name(), true);
        imports.add("OnDelete");
        imports.add("Ref");
        if (target == null) {
            fields.add("// " + targetClass + " is the model of table " + key.targetTable() + ", which was not inspected");
        }
        fields.add(annotation(oneToOne ? "OneToOneField" : "ForeignKey", args) + " public Ref<" + targetClass + "> " + name + ";");
    }

    private void plainField(LiveTable.Column c, boolean pk, IndexRoles roles) {
        ColumnMapping m = ColumnMapping.of(c);
        String name = fieldOf(c.name());
        String key = c.name().toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>();
        if (c.nullable() && !pk) {
            args.add("nullable = true");
        }
        if (pk) {
            args.add("primaryKey = true");
        } else if (roles.uniqueColumns().contains(key)) {
            args.add("unique = true");
        } else if (roles.indexedColumns().contains(key)) {
            args.add("dbIndex = true");
        }
        dbColumn(args, name, c.name(), false);
        if (m.note() != null) {
            fields.add("// " + c.name() + ": " + m.note());
        }
        if (IMPORTS.containsKey(m.javaType())) {
            imports.add(m.javaType());
        }
        fields.add(annotation(m.annotation(), m.argumentsWith(args)) + " public " + m.javaType() + " " + name + ";");
    }

    private void dbColumn(List<String> args, String field, String column, boolean key) {
        if (!JavaNames.defaultColumn(field, key).equals(column)) {
            args.add("dbColumn = " + quote(column));
        }
    }

    private String annotation(String name, List<String> args) {
        imports.add("field." + name);
        return "@" + name + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")");
    }

    private String fieldNameOf(LiveTable.Column c) {
        String column = c.name();
        boolean key = !table.foreignKeysOf(column).isEmpty();
        if (key && column.toLowerCase(Locale.ROOT).endsWith("_id") && column.length() > 3) {
            column = column.substring(0, column.length() - 3);
        }
        return JavaNames.fieldName(column);
    }

    private String fieldOf(String column) {
        return fieldOfColumn.getOrDefault(column.toLowerCase(Locale.ROOT), JavaNames.fieldName(column));
    }

    private String render(String pkg, List<String> notes) {
        List<String> meta = new ArrayList<>();
        if (!JavaNames.defaultTable(className).equals(table.name())) {
            meta.add("table = " + quote(table.name()));
        }
        if (!metaIndexes.isEmpty()) {
            meta.add("indexes = {" + String.join(", ", metaIndexes) + "}");
        }
        if (!uniqueTogether.isEmpty()) {
            meta.add("uniqueTogether = {" + String.join(", ", uniqueTogether) + "}");
        }
        if (!meta.isEmpty()) {
            imports.add("Meta");
        }
        StringBuilder out = new StringBuilder();
        out.append("package ").append(pkg).append(";\n\n");
        TreeSet<String> lines = new TreeSet<>();
        lines.add("dev.covet.orm.Manager");
        lines.add("dev.covet.orm.Model");
        for (String i : imports) {
            lines.add(i.startsWith("field.") ? "dev.covet.orm." + i : IMPORTS.get(i));
        }
        for (String line : lines) {
            out.append("import ").append(line).append(";\n");
        }
        out.append("\n/**\n * Table {@code ").append(table.name()).append("}, as covet inspectdb read it. Review the field types and\n")
                .append(" * each key's onDelete (the database does not record what Covet should do).\n");
        for (String n : notes) {
            out.append(" * <p>").append(n).append('\n');
        }
        out.append(" */\n");
        if (!meta.isEmpty()) {
            out.append("@Meta(").append(String.join(", ", meta)).append(")\n");
        }
        out.append("public class ").append(className).append(" extends Model {\n");
        out.append("    public static final Manager<").append(className).append("> objects = Manager.of(").append(className).append(".class);\n\n");
        for (String f : fields) {
            out.append("    ").append(f).append('\n');
        }
        out.append("}\n");
        return out.toString();
    }

    private static String strings(List<String> values) {
        return values.size() == 1 ? quote(values.getFirst()) : "{" + String.join(", ", values.stream().map(ModelSource::quote).toList()) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
