package dev.covet.orm.migrate.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covet.orm.migrate.state.Conditions;
import dev.covet.orm.migrate.state.ConstraintState;
import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.meta.ColumnDefault;
import dev.covet.orm.migrate.state.FieldTypes;
import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.RelationState;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations as JSON, the form migration files keep them in: one object per operation, named by
 * {@code "op"}, options that hold their default left out, so that a file reads like the change it makes.
 */
public final class OperationJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OperationJson() {
    }

    /**
     * An operation as the JSON object a migration file keeps.
     *
     * @param op the operation
     * @return the object, {@code "op"} first
     */
    public static ObjectNode write(Operation op) {
        ObjectNode n = F.objectNode();
        switch (op) {
            case CreateModel c -> {
                n.put("op", "CreateModel");
                ModelState m = c.model();
                n.put("name", m.name());
                n.put("table", m.table());
                ArrayNode fields = n.putArray("fields");
                m.fields().forEach(f -> fields.add(field(f)));
                if (!m.indexes().isEmpty()) {
                    ArrayNode ix = n.putArray("indexes");
                    m.indexes().forEach(i -> ix.add(index(i)));
                }
                if (!m.uniqueTogether().isEmpty()) {
                    n.set("uniqueTogether", MAPPER.valueToTree(m.uniqueTogether()));
                }
                if (!m.constraints().isEmpty()) {
                    ArrayNode cs = n.putArray("constraints");
                    m.constraints().forEach(x -> cs.add(constraint(x)));
                }
            }
            case DeleteModel d -> n.put("op", "DeleteModel").put("name", d.name());
            case RenameModel r -> {
                n.put("op", "RenameModel").put("oldName", r.oldName()).put("newName", r.newName());
                if (r.newTable() != null) {
                    n.put("table", r.newTable());
                }
            }
            case AlterModelTable a -> n.put("op", "AlterModelTable").put("model", a.model()).put("table", a.table());
            case AddField a -> {
                n.put("op", "AddField").put("model", a.model());
                n.set("field", field(a.field()));
                if (a.fill() != null) {
                    n.set("fill", MAPPER.valueToTree(a.fill()));
                }
            }
            case RemoveField r -> n.put("op", "RemoveField").put("model", r.model()).put("name", r.name());
            case AlterField a -> {
                n.put("op", "AlterField").put("model", a.model());
                n.set("field", field(a.field()));
                if (a.fill() != null) {
                    n.set("fill", MAPPER.valueToTree(a.fill()));
                }
            }
            case RenameField r -> n.put("op", "RenameField").put("model", r.model()).put("oldName", r.oldName()).put("newName", r.newName());
            case AddIndex a -> {
                n.put("op", "AddIndex").put("model", a.model());
                n.set("index", index(a.index()));
                if (a.concurrently()) {
                    n.put("concurrently", true);
                }
            }
            case AddConstraint a -> {
                n.put("op", "AddConstraint").put("model", a.model());
                n.set("constraint", constraint(a.constraint()));
            }
            case RemoveConstraint r -> n.put("op", "RemoveConstraint").put("model", r.model()).put("name", r.name());
            case RemoveIndex r -> n.put("op", "RemoveIndex").put("model", r.model()).put("name", r.name());
            case RenameIndex r -> n.put("op", "RenameIndex").put("model", r.model()).put("oldName", r.oldName()).put("newName", r.newName());
            case AlterUniqueTogether a -> {
                n.put("op", "AlterUniqueTogether").put("model", a.model());
                n.set("uniqueTogether", MAPPER.valueToTree(a.uniqueTogether()));
            }
            case RunSql r -> {
                n.put("op", "RunSQL");
                runSql(n, r);
                if (!r.perDatabase().isEmpty()) {
                    ObjectNode per = n.putObject("perDatabase");
                    r.perDatabase().forEach((k, v) -> runSql(per.putObject(k), v));
                }
            }
            case RunJava r -> n.put("op", "RunJava").put("class", r.className()).put("reversible", r.reversible());
            case SeparateDatabaseAndState s -> {
                n.put("op", "SeparateDatabaseAndState");
                ArrayNode db = n.putArray("database");
                s.database().forEach(o -> db.add(write(o)));
                ArrayNode st = n.putArray("state");
                s.state().forEach(o -> st.add(write(o)));
            }
            default -> throw new IllegalArgumentException("No JSON form for " + op.getClass().getName());
        }
        return n;
    }

    private static void runSql(ObjectNode n, RunSql r) {
        n.set("sql", MAPPER.valueToTree(r.sql()));
        if (r.reverseSql() != null) {
            n.set("reverseSql", MAPPER.valueToTree(r.reverseSql()));
        }
    }

    /**
     * The operation a migration file's JSON object describes.
     *
     * @param n the object
     * @return the operation
     * @throws IllegalArgumentException if {@code "op"} is unknown or a required key is missing or malformed
     */
    public static Operation read(JsonNode n) {
        String op = text(n, "op");
        return switch (op) {
            case "CreateModel" -> new CreateModel(new ModelState(null, text(n, "name"), text(n, "table"),
                    list(n.get("fields")).stream().map(OperationJson::field).toList(),
                    list(n.get("indexes")).stream().map(OperationJson::index).toList(), groups(n.get("uniqueTogether")),
                    list(n.get("constraints")).stream().map(OperationJson::constraint).toList()));
            case "DeleteModel" -> new DeleteModel(text(n, "name"));
            case "RenameModel" -> new RenameModel(text(n, "oldName"), text(n, "newName"), optional(n, "table"));
            case "AlterModelTable" -> new AlterModelTable(text(n, "model"), text(n, "table"));
            case "AddField" -> new AddField(text(n, "model"), field(required(n, "field")), value(n.get("fill")));
            case "RemoveField" -> new RemoveField(text(n, "model"), text(n, "name"));
            case "AlterField" -> new AlterField(text(n, "model"), field(required(n, "field")), value(n.get("fill")));
            case "RenameField" -> new RenameField(text(n, "model"), text(n, "oldName"), text(n, "newName"));
            case "AddIndex" -> new AddIndex(text(n, "model"), index(required(n, "index")), n.path("concurrently").asBoolean(false));
            case "AddConstraint" -> new AddConstraint(text(n, "model"), constraint(required(n, "constraint")));
            case "RemoveConstraint" -> new RemoveConstraint(text(n, "model"), text(n, "name"));
            case "RemoveIndex" -> new RemoveIndex(text(n, "model"), text(n, "name"));
            case "RenameIndex" -> new RenameIndex(text(n, "model"), text(n, "oldName"), text(n, "newName"));
            case "AlterUniqueTogether" -> new AlterUniqueTogether(text(n, "model"), groups(n.get("uniqueTogether")));
            case "RunSQL" -> {
                Map<String, RunSql> per = new LinkedHashMap<>();
                JsonNode p = n.get("perDatabase");
                if (p != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                        var e = it.next();
                        if (!List.of("sqlite", "postgresql", "mysql").contains(e.getKey())) {
                            throw new IllegalArgumentException("RunSQL perDatabase names '" + e.getKey() + "'; choices: sqlite, postgresql, mysql");
                        }
                        per.put(e.getKey(), new RunSql(strings(e.getValue().get("sql")), reverse(e.getValue()), Map.of()));
                    }
                }
                yield new RunSql(strings(n.get("sql")), reverse(n), per);
            }
            case "RunJava" -> new RunJava(text(n, "class"), n.path("reversible").asBoolean(false));
            case "SeparateDatabaseAndState" -> new SeparateDatabaseAndState(
                    list(n.get("database")).stream().map(OperationJson::read).toList(),
                    list(n.get("state")).stream().map(OperationJson::read).toList());
            default -> throw new IllegalArgumentException("Unknown operation '" + op + "'; choices: CreateModel, DeleteModel, "
                    + "RenameModel, AlterModelTable, AddField, RemoveField, AlterField, RenameField, AddIndex, RemoveIndex, "
                    + "RenameIndex, AddConstraint, RemoveConstraint, AlterUniqueTogether, RunSQL, RunJava, SeparateDatabaseAndState");
        };
    }

    private static List<String> reverse(JsonNode n) {
        JsonNode r = n.get("reverseSql");
        return r == null || r.isNull() ? null : strings(r);
    }

    /**
     * A field state as JSON, options left out where they hold their defaults.
     *
     * @param f the field state
     * @return the object
     */
    public static ObjectNode field(FieldState f) {
        ObjectNode n = F.objectNode();
        n.put("name", f.name());
        n.put("type", f.type());
        if (f.column() != null) {
            n.put("column", f.column());
        }
        flag(n, "primaryKey", f.primaryKey());
        flag(n, "null", f.nullable());
        flag(n, "unique", f.unique());
        flag(n, "dbIndex", f.dbIndex());
        if (f.maxLength() > 0) {
            n.put("maxLength", f.maxLength());
        }
        if (f.maxDigits() > 0) {
            n.put("maxDigits", f.maxDigits());
            n.put("decimalPlaces", f.decimalPlaces());
        }
        flag(n, "single", f.single());
        if (f.element() != null) {
            n.put("element", f.element());
        }
        if (f.dbDefault() != null) {
            if (f.dbDefault().now()) {
                n.put("dbDefaultNow", true);
            } else {
                n.put("dbDefault", f.dbDefault().literal());
            }
        }
        if (f.custom() != null) {
            n.put("custom", f.custom());
            ObjectNode types = n.putObject("columnTypes");
            new java.util.TreeMap<>(f.columnTypes()).forEach(types::put);
        }
        RelationState r = f.relation();
        if (r != null) {
            n.put("to", r.to());
            if (!f.isManyToMany()) {
                n.put("toField", r.toField());
                if (r.onDelete() != null) {
                    n.put("onDelete", r.onDelete());
                }
                if (!r.dbConstraint()) {
                    n.put("dbConstraint", false);
                }
            }
            if (r.dbTable() != null) {
                n.put("dbTable", r.dbTable()).put("sourceColumn", r.sourceColumn()).put("targetColumn", r.targetColumn());
            }
            if (r.through() != null) {
                n.put("through", r.through());
            }
        }
        return n;
    }

    /**
     * The field state a JSON object describes.
     *
     * @param n the object
     * @return the field state
     * @throws IllegalArgumentException if the field type is unknown or a required key is missing
     */
    public static FieldState field(JsonNode n) {
        String type = text(n, "type");
        if (!FieldTypes.isKnown(type)) {
            FieldTypes.kind(type);
        }
        RelationState relation = null;
        if (n.has("to")) {
            relation = new RelationState(text(n, "to"), optional(n, "toField"), optional(n, "onDelete"),
                    n.path("dbConstraint").asBoolean(true), optional(n, "dbTable"), optional(n, "through"),
                    optional(n, "sourceColumn"), optional(n, "targetColumn"));
        }
        return new FieldState(text(n, "name"), type, optional(n, "column"), n.path("null").asBoolean(false),
                n.path("unique").asBoolean(false), n.path("dbIndex").asBoolean(false), n.path("primaryKey").asBoolean(false),
                n.path("maxLength").asInt(0), n.path("maxDigits").asInt(0), n.path("decimalPlaces").asInt(0),
                n.path("single").asBoolean(false), optional(n, "element"), relation, dbDefault(n, type), optional(n, "custom"),
                columnTypes(n));
    }

    /** A custom field's column types by dialect name: null for a built-in field. */
    private static java.util.Map<String, String> columnTypes(JsonNode n) {
        if (!n.hasNonNull("custom")) {
            return null;
        }
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        n.path("columnTypes").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return java.util.Map.copyOf(out);
    }

    /** A field's database default, checked against its type as a model's is. */
    private static ColumnDefault dbDefault(JsonNode n, String type) {
        ColumnDefault d = n.path("dbDefaultNow").asBoolean(false) ? ColumnDefault.NOW
                : n.hasNonNull("dbDefault") ? ColumnDefault.of(n.get("dbDefault").asText()) : null;
        if (d != null) {
            d.value(FieldTypes.kind(type).storage());
        }
        return d;
    }

    /** {@code {"name": ..., "check": {...}}} or {@code {"name": ..., "unique": [fields], "condition": {...}}}. */
    private static ObjectNode constraint(ConstraintState c) {
        ObjectNode n = F.objectNode().put("name", c.name());
        if (c.isCheck()) {
            n.set("check", c.check());
        } else {
            n.set("unique", MAPPER.valueToTree(c.fields()));
            if (c.condition() != null) {
                n.set("condition", c.condition());
            }
        }
        return n;
    }

    private static ConstraintState constraint(JsonNode n) {
        String name = text(n, "name");
        JsonNode check = n.get("check");
        if (check != null) {
            Conditions.toQ(check);
            return new ConstraintState(name, List.of(), canonical(check), null);
        }
        if (n.get("unique") == null) {
            throw new IllegalArgumentException("Constraint " + name + " needs \"check\" (a condition) or \"unique\" (fields)");
        }
        JsonNode condition = n.get("condition");
        if (condition != null) {
            Conditions.toQ(condition);
        }
        return new ConstraintState(name, strings(n.get("unique")), null, condition == null ? null : canonical(condition));
    }

    /** A condition as the model's own would be written (numbers as decimals), so that the two compare equal. */
    private static JsonNode canonical(JsonNode condition) {
        return Conditions.toJson(Conditions.toQ(condition));
    }

    private static ObjectNode index(IndexState i) {
        ObjectNode n = F.objectNode();
        n.put("name", i.name());
        n.set("fields", MAPPER.valueToTree(i.fields()));
        if (i.descending().contains(true)) {
            n.set("descending", MAPPER.valueToTree(i.descending()));
        }
        flag(n, "unique", i.unique());
        flag(n, "search", i.search());
        return n;
    }

    private static IndexState index(JsonNode n) {
        List<String> fields = strings(n.get("fields"));
        List<Boolean> desc = new ArrayList<>();
        JsonNode d = n.get("descending");
        for (int i = 0; i < fields.size(); i++) {
            desc.add(d != null && d.get(i) != null && d.get(i).asBoolean());
        }
        return new IndexState(text(n, "name"), fields, desc, n.path("unique").asBoolean(false), n.path("search").asBoolean(false));
    }

    private static void flag(ObjectNode n, String name, boolean value) {
        if (value) {
            n.put(name, true);
        }
    }

    static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' is missing or not a string in " + n);
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode required(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException("'" + name + "' is missing or not an object in " + n);
        }
        return v;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null) {
            n.forEach(out::add);
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        return list(n).stream().map(JsonNode::asText).toList();
    }

    private static List<List<String>> groups(JsonNode n) {
        return list(n).stream().map(OperationJson::strings).toList();
    }

    private static Object value(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return MAPPER.convertValue(n, Object.class);
    }
}
