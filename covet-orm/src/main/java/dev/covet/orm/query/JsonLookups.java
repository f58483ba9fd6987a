package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.FieldKind.Storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Conditions on JSON: a key path compared with a value, and {@code has_key} / {@code has_keys} / {@code has_any_keys}. */
final class JsonLookups {
    private static final Set<LookupType> ON_KEYS = Set.of(LookupType.EXACT, LookupType.GT, LookupType.GTE,
            LookupType.LT, LookupType.LTE, LookupType.ISNULL);

    /** The lookups that compare a key path's text ({@link KeyText}), as Django's KeyTextTransform lookups do. */
    static final Set<LookupType> ON_KEY_TEXT = Set.of(LookupType.IEXACT, LookupType.ICONTAINS, LookupType.STARTSWITH,
            LookupType.ISTARTSWITH, LookupType.ENDSWITH, LookupType.IENDSWITH, LookupType.REGEX, LookupType.IREGEX);

    private JsonLookups() {
    }

    /** Is {@code type} one of has_key, has_keys, has_any_keys? */
    static boolean isKeyLookup(LookupType type) {
        return type == LookupType.HAS_KEY || type == LookupType.HAS_KEYS || type == LookupType.HAS_ANY_KEYS;
    }

    static WhereItem build(LookupType type, Expression lhs, Object value, String lookup) {
        if (isKeyLookup(type)) {
            List<Expression> keys = new ArrayList<>();
            if (type == LookupType.HAS_KEY) {
                keys.add(key(value, lookup));
            } else {
                if (!(value instanceof Collection<?> c) || c.isEmpty()) {
                    throw ValidationError.of(lookup, "The " + type.lookupName() + " lookup needs a non-empty collection of keys");
                }
                for (Object k : c) {
                    keys.add(key(k, lookup));
                }
            }
            return new Lookup(type, lhs, new ValueList(keys));
        }
        if (type == LookupType.IN && lhs instanceof KeyTransform) {
            if (!(value instanceof Collection<?> c) || c.isEmpty()) {
                throw ValidationError.of(lookup, "The in lookup on a JSON key needs a non-empty collection of values");
            }
            List<WhereItem> any = new ArrayList<>();
            for (Object v : c) {
                any.add(build(LookupType.EXACT, lhs, v, lookup));
            }
            return new WhereNode(true, false, any);
        }
        if (!ON_KEYS.contains(type)) {
            throw new FieldError("Unsupported lookup '" + type.lookupName() + "' on the JSON key path of '" + lookup
                    + "'. Choices are: exact, iexact, gt, gte, lt, lte, in, isnull, contains, contained_by, icontains, "
                    + "startswith, istartswith, endswith, iendswith, regex, iregex, has_key, has_keys, has_any_keys");
        }
        if (type == LookupType.ISNULL) {
            if (!(value instanceof Boolean b)) {
                throw ValidationError.of(lookup, "The isnull lookup needs true or false");
            }
            return new Lookup(type, lhs, new Value(b, Storage.BOOLEAN));
        }
        if (value == null) {
            return new Lookup(LookupType.ISNULL, lhs, new Value(true, Storage.BOOLEAN));
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw ValidationError.of(lookup, "A JSON key compares with a string, a number or a boolean, not " + value.getClass().getSimpleName());
        }
        return new Lookup(type, lhs, new JsonValue(Value.of(value)));
    }

    /**
     * {@code contains} / {@code contained_by} on a JSON field or a key path: the value is written as JSON
     * and sent as a parameter.
     */
    static WhereItem containment(LookupType type, Expression lhs, Object value, String lookup) {
        if (value == null) {
            throw ValidationError.of(lookup, "The " + type.lookupName() + " lookup on JSON needs a value, not null");
        }
        if (value instanceof Expression) {
            throw ValidationError.of(lookup, "The " + type.lookupName() + " lookup on JSON needs a value, not an expression");
        }
        String json;
        try {
            json = dev.covet.orm.field.Json.write(value);
        } catch (IllegalArgumentException e) {
            throw ValidationError.of(lookup, e.getMessage());
        }
        Expression source = lhs instanceof KeyTransform k ? k.source() : lhs;
        List<Object> path = lhs instanceof KeyTransform k ? k.path() : List.of();
        return new Condition(new JsonContains(source, path, new Value(json, Storage.JSON), type == LookupType.CONTAINED_BY));
    }

    private static Value key(Object k, String lookup) {
        if (!(k instanceof String s)) {
            throw ValidationError.of(lookup, "A JSON key is a string, not " + k);
        }
        Object checked = KeyTransform.key(s, lookup);
        if (!(checked instanceof String)) {
            throw ValidationError.of(lookup, "has_key looks for object keys, not the index " + s);
        }
        return new Value(s, Storage.STRING);
    }
}
