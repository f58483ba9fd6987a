package dev.covet.orm.migrate.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covet.orm.F;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.Q;
import dev.covet.orm.meta.Where;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A constraint's {@link Q} as JSON, the form migration files and states keep it in, and back:
 * {@code {"and": [...]}} or {@code {"or": [...]}} (with {@code "not": true} when negated), each lookup
 * {@code {"price__gte": 0}}; a field reference is {@code {"F": "name"}}, a date {@code {"date": "2024-01-31"}}.
 * Numbers are kept as decimals so that a condition read from a file equals the one read from a model.
 */
public final class Conditions {
    private static final JsonNodeFactory J = JsonNodeFactory.instance;

    private Conditions() {
    }

    /**
     * A condition as JSON.
     *
     * @param q the condition
     * @return {@code {"and": [...]}} or {@code {"or": [...]}}, with {@code "not": true} when negated
     */
    public static JsonNode toJson(Where q) {
        // a node holding a single node is that node (as Q.not() makes them)
        if (q.children().size() == 1 && q.children().getFirst() instanceof Where inner && !(q.isNegated() && inner.isNegated())) {
            ObjectNode n = (ObjectNode) toJson(inner);
            if (q.isNegated()) {
                n.put("not", true);
            }
            return n;
        }
        ObjectNode n = J.objectNode();
        ArrayNode items = n.putArray(q.isOr() ? "or" : "and");
        for (Object child : q.children()) {
            switch (child) {
                case Where inner -> items.add(toJson(inner));
                case Where.Condition c -> items.add(J.objectNode().set(c.lookup(), value(c.value())));
                default -> throw new NotSupportedError("A constraint's condition takes lookups (Q.of(\"field__lookup\", value)), not " + child);
            }
        }
        if (q.isNegated()) {
            n.put("not", true);
        }
        return n;
    }

    private static JsonNode value(Object v) {
        return switch (v) {
            case null -> J.nullNode();
            case Boolean b -> J.booleanNode(b);
            case String s -> J.textNode(s);
            case Integer i -> number(new BigDecimal(i));
            case Long l -> number(new BigDecimal(l));
            case Short s -> number(new BigDecimal(s));
            case java.math.BigInteger b -> number(new BigDecimal(b));
            case BigDecimal b -> number(b);
            case Double d when Double.isFinite(d) -> number(BigDecimal.valueOf(d));
            case LocalDate d -> J.objectNode().put("date", d.toString());
            case F f -> J.objectNode().put("F", f.path());
            case Collection<?> c -> {
                ArrayNode a = J.arrayNode();
                c.forEach(x -> a.add(value(x)));
                yield a;
            }
            default -> throw new NotSupportedError("A constraint's condition cannot hold the value " + v + " ("
                    + v.getClass().getSimpleName() + "): use numbers, booleans, dates, strings or F(...)");
        };
    }

    private static JsonNode number(BigDecimal d) {
        BigDecimal n = d.stripTrailingZeros();
        return J.numberNode(n.scale() < 0 ? n.setScale(0) : n);
    }

    /**
     * The condition a JSON form describes.
     *
     * @param n {@code {"and": [...]}} or {@code {"or": [...]}}
     * @return the condition
     * @throws IllegalArgumentException if the JSON is not a condition
     */
    public static Q toQ(JsonNode n) {
        boolean or = n.has("or");
        JsonNode items = n.get(or ? "or" : "and");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("A condition is {\"and\": [...]} or {\"or\": [...]}, got " + n);
        }
        Q out = Q.empty();
        for (JsonNode item : items) {
            Q next;
            if (isLookup(item)) {
                if (item.size() != 1) {
                    throw new IllegalArgumentException("A lookup in a condition is {\"field__lookup\": value}, got " + item);
                }
                String lookup = item.fieldNames().next();
                next = Q.of(lookup, value(item.get(lookup)));
            } else {
                next = toQ(item);
            }
            out = or ? out.or(next) : out.and(next);
        }
        return n.path("not").asBoolean(false) ? out.not() : out;
    }

    /** A lookup is an object with neither "and" nor "or". */
    private static boolean isLookup(JsonNode item) {
        return item.isObject() && !item.has("and") && !item.has("or");
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    return d;
                }
            }
            return d;
        }
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            v.forEach(x -> out.add(value(x)));
            return out;
        }
        if (v.has("date")) {
            return LocalDate.parse(v.get("date").asText());
        }
        if (v.has("F")) {
            return F.of(v.get("F").asText());
        }
        throw new IllegalArgumentException("Unknown value in a condition: " + v);
    }

    /** {@code n} with field {@code from} called {@code to} in its lookups and field references. */
    static JsonNode renameField(JsonNode n, String from, String to) {
        JsonNode copy = n.deepCopy();
        walk(copy, from, to);
        return copy;
    }

    /** Does {@code n} look up or refer to field {@code field}? */
    static boolean mentions(JsonNode n, String field) {
        return !renameField(n, field, "\0").equals(n);
    }

    private static void walk(JsonNode n, String from, String to) {
        for (String key : List.of("and", "or")) {
            for (JsonNode item : n.path(key)) {
                if (isLookup(item)) {
                    ObjectNode lookup = (ObjectNode) item;
                    String name = lookup.fieldNames().next();
                    JsonNode value = lookup.remove(name);
                    walkValue(value, from, to);
                    lookup.set(renamed(name, from, to), value);
                } else {
                    walk(item, from, to);
                }
            }
        }
    }

    private static void walkValue(JsonNode v, String from, String to) {
        if (v instanceof ObjectNode o && o.has("F")) {
            o.put("F", renamed(o.get("F").asText(), from, to));
        } else if (v instanceof ArrayNode a) {
            a.forEach(x -> walkValue(x, from, to));
        }
    }

    private static String renamed(String path, String from, String to) {
        int cut = path.indexOf("__");
        String head = cut < 0 ? path : path.substring(0, cut);
        return head.equals(from) ? to + (cut < 0 ? "" : path.substring(cut)) : path;
    }
}
