package dev.covet.orm.query;

import dev.covet.orm.meta.Where;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds the WHERE tree of one {@code filter()} / {@code exclude()} call from a {@link Where} (a {@code Q}):
 * resolves each lookup path (adding joins), applies transforms, checks the lookup fits the field,
 * and prepares the value. Follows Django's semantics: {@code = null} is {@code IS NULL}; a negated
 * condition on a nullable column still matches NULL rows; a condition across a multi-valued relation
 * in a negated branch becomes a subquery instead of a join ({@link SplitExclude}).
 */
final class FilterBuilder {
    /** LIKE patterns escape with '!', the same on every database (a backslash means different things in each). */
    static final char LIKE_ESCAPE = '!';

    private final Query query;

    FilterBuilder(Query query) {
        this.query = query;
    }

    /**
     * The tree of {@code q}, as Django's {@code _add_q}: {@code branchNegated} says whether any enclosing node is
     * negated (a lookup across a multi-valued relation is then split into a subquery, however many negations
     * there are), {@code negated} whether an odd number are (a negated lookup on a nullable column then keeps
     * NULL rows).
     */
    WhereItem build(Where q, boolean branchNegated, boolean negated) {
        boolean childNegated = negated ^ q.isNegated();
        boolean childBranchNegated = branchNegated || q.isNegated();
        List<WhereItem> children = new ArrayList<>();
        for (Object child : q.children()) {
            if (child instanceof Where inner) {
                WhereItem item = build(inner, childBranchNegated, childNegated);
                if (!(item instanceof WhereNode n && n.isEmpty())) {
                    children.add(item);
                }
            } else if (child instanceof Expression e) {
                children.add(condition(e, lookupOf(e)));
            } else {
                Where.Condition c = (Where.Condition) child;
                children.add(condition(c.lookup(), c.value(), childBranchNegated, childNegated));
            }
        }
        return new WhereNode(q.isOr(), q.isNegated(), children);
    }

    /** A boolean expression ({@link Exists}) as a condition of its own. */
    private WhereItem condition(Expression e, String described) {
        Expression resolved = e.resolve(query);
        if (resolved.outputType().storage() != Storage.BOOLEAN) {
            throw new FieldError("Only a condition (such as Exists) can stand alone in filter(), not " + described);
        }
        return new Condition(resolved);
    }

    private static String lookupOf(Expression e) {
        return e.getClass().getSimpleName();
    }

    private WhereItem condition(String lookup, Object value, boolean branchNegated, boolean negated) {
        PathWalker.Path path = PathWalker.walk(query.model(), lookup, query.annotations().keySet());
        if (branchNegated && path.crossesMultiValued()) {
            return SplitExclude.build(query, path, lookup, value);
        }
        Expression lhs = path.annotation() != null ? query.annotations().get(path.annotation())
                : query.paths().columnFor(path);
        List<String> rest = path.rest();
        LookupType type = LookupType.EXACT;
        for (int i = 0; i < rest.size(); i++) {
            String part = rest.get(i);
            boolean last = i == rest.size() - 1;
            Transforms.Definition transform = Transforms.named(part);
            if (transform != null) {
                lhs = Transforms.apply(transform, lhs, lookup);
                continue;
            }
            LookupType t = LookupType.named(part);
            if ((t == null || !last) && isJson(lhs)) {
                lhs = KeyTransform.step(lhs, part, lookup);
                continue;
            }
            if (t == null || !last) {
                throw unsupported(part, lhs);
            }
            type = t;
        }
        if (lhs instanceof SearchVector v && (type == LookupType.EXACT || type == LookupType.SEARCH)) {
            if (value instanceof SearchQuery q) {
                return new Condition(new SearchMatch(v, q));
            }
            if (!(value instanceof String text)) {
                throw ValidationError.of(lookup, "A search vector matches text or a SearchQuery, not " + value);
            }
            return new Condition(new SearchMatch(v, SearchQuery.plain(text)));
        }
        if (type == LookupType.SEARCH) {
            return search(lhs, value, lookup);
        }
        if (isJson(lhs) && (type == LookupType.CONTAINS || type == LookupType.CONTAINED_BY)) {
            return JsonLookups.containment(type, lhs, value, lookup);
        }
        if (lhs instanceof KeyTransform k && JsonLookups.ON_KEY_TEXT.contains(type)) {
            lhs = new KeyText(k);   // compared as text, as Django's KeyTextTransform
        } else if (lhs instanceof KeyTransform || (isJson(lhs) && JsonLookups.isKeyLookup(type))) {
            return JsonLookups.build(type, lhs, value, lookup);
        }
        Storage storage = lhs.outputType().storage();
        if (storage != null && !type.appliesTo(storage)) {
            throw unsupported(type.lookupName(), lhs);
        }
        WhereItem item = lookup(type, lhs, value, lookup);
        if (negated && item instanceof Lookup l && l.type() != LookupType.ISNULL && nullable(lhs)) {
            // NOT (x = 1) is NULL, not true, where x is NULL; Django's exclude() keeps those rows
            return new WhereNode(false, false, List.of(item, new Lookup(LookupType.ISNULL, lhs, new Value(false, Storage.BOOLEAN))));
        }
        return item;
    }

    private WhereItem lookup(LookupType type, Expression lhs, Object value, String lookup) {
        LookupType.Operand operand = type.operand();
        if (value instanceof QuerySource source && (type == LookupType.IN || type == LookupType.EXACT)) {
            return new Lookup(type, lhs, new SubqueryExpression(source.asSubquery()).resolve(query));
        }
        if (value instanceof Expression e) {
            if (operand == LookupType.Operand.LIST || operand == LookupType.Operand.PAIR || operand == LookupType.Operand.BOOLEAN) {
                throw new FieldError("The '" + type.lookupName() + "' lookup of '" + lookup + "' needs values, not an expression");
            }
            Expression rhs = e.resolve(query);
            Storage left = lhs.outputType().storage();
            Storage right = rhs.outputType().storage();
            if (left != null && right != null && !kindOf(left).equals(kindOf(right))) {
                // PostgreSQL refuses "integer > character varying" only once the statement is sent; MySQL compares anyway
                throw new FieldError("Cannot compare " + PathResolver.describe(lhs) + " (" + kindOf(left) + ") with "
                        + PathResolver.describe(rhs) + " (" + kindOf(right) + ") in '" + lookup + "'");
            }
            return new Lookup(type, lhs, rhs);
        }
        switch (operand) {
            case VALUE_OR_NULL -> {
                if (value == null) {
                    return new Lookup(LookupType.ISNULL, lhs, new Value(true, Storage.BOOLEAN));
                }
                return new Lookup(type, lhs, constant(lhs, value, lookup));
            }
            case BOOLEAN -> {
                Object flag = FieldValues.toDb(Storage.BOOLEAN, value, lookup);
                if (flag == null) {
                    throw ValidationError.of(lookup, "The " + type.lookupName() + " lookup needs true or false");
                }
                return new Lookup(type, lhs, new Value(flag, Storage.BOOLEAN));
            }
            case LIST -> {
                List<Expression> items = new ArrayList<>();
                for (Object item : items(value, lookup)) {
                    if (item != null) {
                        items.add(item instanceof Expression e ? e.resolve(query) : constant(lhs, item, lookup));
                    }
                }
                if (items.isEmpty()) {
                    return MatchNothing.INSTANCE;
                }
                return new Lookup(type, lhs, new ValueList(items));
            }
            case PAIR -> {
                List<?> bounds = items(value, lookup);
                if (bounds.size() != 2 || bounds.get(0) == null || bounds.get(1) == null) {
                    throw ValidationError.of(lookup, "The range lookup needs exactly two values, a start and an end");
                }
                return new Lookup(type, lhs, new ValueList(List.of(constant(lhs, bounds.get(0), lookup), constant(lhs, bounds.get(1), lookup))));
            }
            case CONTAINS_PATTERN, PREFIX_PATTERN, SUFFIX_PATTERN -> {
                if (value == null) {
                    throw ValidationError.of(lookup, "The " + type.lookupName() + " lookup needs a value, not null");
                }
                String text = escapeLike(stringOf(lhs, value, lookup));
                String pattern = switch (operand) {
                    case CONTAINS_PATTERN -> "%" + text + "%";
                    case PREFIX_PATTERN -> text + "%";
                    default -> "%" + text;
                };
                return new Lookup(type, lhs, new Value(pattern, Storage.STRING));
            }
            case TEXT -> {
                if (value == null) {
                    throw ValidationError.of(lookup, "The " + type.lookupName() + " lookup needs a pattern, not null");
                }
                return new Lookup(type, lhs, new Value(value.toString(), Storage.STRING));
            }
            default -> {
                if (value == null) {
                    throw ValidationError.of(lookup, "The " + type.lookupName() + " lookup cannot compare with null; use isnull");
                }
                return new Lookup(type, lhs, constant(lhs, value, lookup));
            }
        }
    }

    /** What a comparison of two expressions needs to agree on: numbers with numbers, text with text... */
    private static String kindOf(Storage s) {
        return switch (s) {
            case INT, LONG, SHORT, FLOAT, DOUBLE, DECIMAL -> "numbers";
            case TIMESTAMP, DATE, TIME -> "dates and times";
            default -> s.name().toLowerCase(java.util.Locale.ROOT).replace("string", "text");
        };
    }

    private Value constant(Expression lhs, Object value, String lookup) {
        FieldInfo field = lhs instanceof Col c ? c.field() : null;
        if (field != null) {
            return Value.of(field, FieldValues.toDb(field, value));
        }
        Storage storage = lhs.outputType().storage();
        if (value instanceof Entity) {
            throw ValidationError.of(lookup, "A model instance cannot be compared with " + PathResolver.describe(lhs));
        }
        if (storage == null) {
            return Value.of(value);
        }
        if (storage == Storage.DECIMAL && lhs.outputType().scale() >= 0 && value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            return new Value(new java.math.BigDecimal(n.toString()), storage);
        }
        return new Value(FieldValues.toDb(storage, value, lookup), storage);
    }

    private String stringOf(Expression lhs, Object value, String lookup) {
        if (value instanceof String s) {
            return s;
        }
        Object v = constant(lhs, value, lookup).value();
        return v.toString();
    }

    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<?> items(Object value, String lookup) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] a) {
            return List.of(a);
        }
        if (value != null && value.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(value);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(java.lang.reflect.Array.get(value, i));
            }
            return out;
        }
        if (value instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(out::add);
            return out;
        }
        throw ValidationError.of(lookup, "The lookup needs a collection of values, got " + value);
    }

    /** {@code body__search}: every word of the text in the field, through the field's search index. */
    private static WhereItem search(Expression lhs, Object value, String lookup) {
        if (!(value instanceof String text)) {
            throw ValidationError.of(lookup, "The search lookup needs the text to look for, not " + value);
        }
        if (!(lhs instanceof Col c) || c.field().storage() != Storage.STRING) {
            throw new FieldError("The search lookup of '" + lookup + "' applies to a text field, not " + PathResolver.describe(lhs));
        }
        return new Condition(new SearchMatch(new SearchVector(List.of(lhs), List.of(), null), SearchQuery.plain(text)));
    }

    private static boolean isJson(Expression lhs) {
        return lhs instanceof KeyTransform || lhs.outputType().storage() == Storage.JSON;
    }

    private boolean nullable(Expression lhs) {
        if (lhs instanceof Transform t) {
            return nullable(t.source());
        }
        if (!(lhs instanceof Col c)) {
            return false;
        }
        if (c.field().isNullable()) {
            return true;
        }
        for (int t = c.table(); t > 0; t = query.tables().get(t).parent()) {
            Join j = query.tables().get(t);
            if (j.nullable() || j.type() == Join.Type.LEFT) {
                return true;
            }
        }
        return false;
    }

    private static FieldError unsupported(String name, Expression lhs) {
        Storage s = lhs.outputType().storage();
        List<String> choices = new ArrayList<>(LookupType.namesFor(s));
        choices.addAll(Transforms.namesFor(s));
        return new FieldError("Unsupported lookup '" + name + "' for " + PathResolver.describe(lhs)
                + (s == null ? "" : " (" + s.name().toLowerCase(java.util.Locale.ROOT) + ")")
                + ". Choices are: " + String.join(", ", choices));
    }
}
