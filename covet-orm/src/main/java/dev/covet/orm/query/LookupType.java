package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.Naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A comparison a lookup path can end with ({@code title__icontains}): its name, the kinds of values
 * it applies to, and how its right-hand side is prepared. The built-in lookups are constants; a user
 * adds one with {@link #register} and gives it SQL with {@code dev.covet.orm.sql.Renderers.registerLookup}.
 * Each instance is immutable; the registry is thread-safe.
 *
 * <pre>{@code
 * LookupType NE = LookupType.register("ne", LookupType.Operand.VALUE, LookupType.ANY_STORAGE);
 * Renderers.registerLookup("ne", (lookup, c) -> c.compile(lookup.lhs()).append(" <> ").append(c.compile(lookup.rhs())));
 * Book.objects.filter("title__ne", "Dune");
 * }</pre>
 */
public final class LookupType {
    /** How the right-hand side of a lookup is prepared from the value a caller passes. */
    public enum Operand {
        /** A value of the left side's type; {@code null} turns the lookup into {@code isnull}. */
        VALUE_OR_NULL,
        /** A value of the left side's type, never null. */
        VALUE,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A collection of values (or a QuerySet). */
        LIST,
        /** Exactly two values, a start and an end. */
        PAIR,
        /** A string, escaped for LIKE and wrapped as {@code %text%}. */
        CONTAINS_PATTERN,
        /** A string, escaped for LIKE and wrapped as {@code text%}. */
        PREFIX_PATTERN,
        /** A string, escaped for LIKE and wrapped as {@code %text}. */
        SUFFIX_PATTERN,
        /** A string used as it is (a regular expression). */
        TEXT;

        /** {@return whether the value is a LIKE pattern (the contains, prefix and suffix operands)} */
        public boolean isPattern() {
            return this == CONTAINS_PATTERN || this == PREFIX_PATTERN || this == SUFFIX_PATTERN;
        }
    }

    /** Every kind of value. */
    public static final Set<Storage> ANY_STORAGE = Collections.unmodifiableSet(EnumSet.allOf(Storage.class));
    /** Values with an order: all but JSON, arrays and bytes. */
    public static final Set<Storage> ORDERED = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Storage.JSON, Storage.ARRAY, Storage.BYTES)));
    /** Strings only. */
    public static final Set<Storage> TEXT_ONLY = Collections.unmodifiableSet(EnumSet.of(Storage.STRING));

    private static final Map<String, LookupType> REGISTRY = Collections.synchronizedMap(new LinkedHashMap<>());

    /** The {@code exact} lookup ({@code field__exact}). */
    public static final LookupType EXACT = builtin("exact", Operand.VALUE_OR_NULL, ANY_STORAGE, false);
    /** The {@code iexact} lookup ({@code field__iexact}). */
    public static final LookupType IEXACT = builtin("iexact", Operand.VALUE_OR_NULL, TEXT_ONLY, true);
    /** The {@code contains} lookup ({@code field__contains}). */
    public static final LookupType CONTAINS = builtin("contains", Operand.CONTAINS_PATTERN, TEXT_ONLY, false);
    /** The {@code icontains} lookup ({@code field__icontains}). */
    public static final LookupType ICONTAINS = builtin("icontains", Operand.CONTAINS_PATTERN, TEXT_ONLY, true);
    /** The {@code in} lookup ({@code field__in}). */
    public static final LookupType IN = builtin("in", Operand.LIST, ANY_STORAGE, false);
    /** The {@code gt} lookup ({@code field__gt}). */
    public static final LookupType GT = builtin("gt", Operand.VALUE, ORDERED, false);
    /** The {@code gte} lookup ({@code field__gte}). */
    public static final LookupType GTE = builtin("gte", Operand.VALUE, ORDERED, false);
    /** The {@code lt} lookup ({@code field__lt}). */
    public static final LookupType LT = builtin("lt", Operand.VALUE, ORDERED, false);
    /** The {@code lte} lookup ({@code field__lte}). */
    public static final LookupType LTE = builtin("lte", Operand.VALUE, ORDERED, false);
    /** The {@code startswith} lookup ({@code field__startswith}). */
    public static final LookupType STARTSWITH = builtin("startswith", Operand.PREFIX_PATTERN, TEXT_ONLY, false);
    /** The {@code istartswith} lookup ({@code field__istartswith}). */
    public static final LookupType ISTARTSWITH = builtin("istartswith", Operand.PREFIX_PATTERN, TEXT_ONLY, true);
    /** The {@code endswith} lookup ({@code field__endswith}). */
    public static final LookupType ENDSWITH = builtin("endswith", Operand.SUFFIX_PATTERN, TEXT_ONLY, false);
    /** The {@code iendswith} lookup ({@code field__iendswith}). */
    public static final LookupType IENDSWITH = builtin("iendswith", Operand.SUFFIX_PATTERN, TEXT_ONLY, true);
    /** The {@code range} lookup ({@code field__range}). */
    public static final LookupType RANGE = builtin("range", Operand.PAIR, ORDERED, false);
    /** The {@code isnull} lookup ({@code field__isnull}). */
    public static final LookupType ISNULL = builtin("isnull", Operand.BOOLEAN, ANY_STORAGE, false);
    /** The {@code regex} lookup ({@code field__regex}). */
    public static final LookupType REGEX = builtin("regex", Operand.TEXT, TEXT_ONLY, false);
    /** The {@code iregex} lookup ({@code field__iregex}). */
    public static final LookupType IREGEX = builtin("iregex", Operand.TEXT, TEXT_ONLY, true);
    /** A JSON object has the key. */
    public static final LookupType HAS_KEY = builtin("has_key", Operand.VALUE, Set.of(Storage.JSON), false);
    /** A JSON object has every key. */
    public static final LookupType HAS_KEYS = builtin("has_keys", Operand.LIST, Set.of(Storage.JSON), false);
    /** A JSON object has at least one of the keys. */
    public static final LookupType HAS_ANY_KEYS = builtin("has_any_keys", Operand.LIST, Set.of(Storage.JSON), false);

    /** A JSON value is contained by the given one ({@code contains} on JSON is the other way round). */
    public static final LookupType CONTAINED_BY = builtin("contained_by", Operand.VALUE, Set.of(Storage.JSON), false);

    /** Full-text search on a text field: every word of the value occurs (see {@code SearchVector}). */
    public static final LookupType SEARCH = builtin("search", Operand.VALUE, TEXT_ONLY, false);

    private final String lookupName;
    private final Operand operand;
    private final Set<Storage> storages;
    private final boolean caseInsensitive;
    private final boolean builtin;

    private LookupType(String lookupName, Operand operand, Set<Storage> storages, boolean caseInsensitive, boolean builtin) {
        this.lookupName = lookupName;
        this.operand = operand;
        this.storages = storages.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(storages));
        this.caseInsensitive = caseInsensitive;
        this.builtin = builtin;
    }

    private static LookupType builtin(String name, Operand operand, Set<Storage> storages, boolean caseInsensitive) {
        LookupType t = new LookupType(name, operand, storages, caseInsensitive, true);
        REGISTRY.put(name, t);
        return t;
    }

    /**
     * Registers a lookup named {@code name} for values of {@code storages}, or replaces a user lookup of
     * that name (Django's {@code register_lookup}). Its SQL comes from the renderer registered under the same
     * name in the {@code sql} package.
     *
     * @param name     the name in a lookup path; letters, digits and single underscores
     * @param operand  how the right-hand side is prepared from the value passed
     * @param storages the kinds of values it applies to, such as {@link #ANY_STORAGE}
     * @return the lookup
     * @throws FieldError if the name is not an identifier, names a built-in lookup or a transform
     */
    public static LookupType register(String name, Operand operand, Set<Storage> storages) {
        if (name == null || !Naming.isIdentifier(name) || name.contains("__")) {
            throw new FieldError("Lookup name '" + name + "' is not valid: use letters, digits and single underscores");
        }
        if (Transforms.named(name) != null) {
            throw new FieldError("Lookup name '" + name + "' is already a transform");
        }
        synchronized (REGISTRY) {
            LookupType existing = REGISTRY.get(name);
            if (existing != null && existing.builtin) {
                throw new FieldError("Lookup name '" + name + "' is a built-in lookup and cannot be replaced");
            }
            LookupType t = new LookupType(name, operand, storages, false, false);
            REGISTRY.put(name, t);
            return t;
        }
    }

    /** {@return the name in a lookup path, such as {@code "icontains"}} */
    public String lookupName() {
        return lookupName;
    }

    /** {@return how the right-hand side is prepared} */
    public Operand operand() {
        return operand;
    }

    /** {@return whether this is a LIKE-style lookup whose value is a pattern} */
    public boolean isPattern() {
        return operand.isPattern();
    }

    /** {@return whether it ignores case ({@code iexact}, {@code icontains}...)} */
    public boolean isCaseInsensitive() {
        return caseInsensitive;
    }

    /**
     * Does the lookup apply to values of {@code storage}?
     *
     * @param storage the storage of the left-hand side
     * @return true when the lookup was declared for that storage
     */
    public boolean appliesTo(Storage storage) {
        return storages.contains(storage);
    }

    /**
     * The lookup named {@code name}.
     *
     * @param name the name in a lookup path
     * @return the lookup, or null if none is named so
     */
    public static LookupType named(String name) {
        return REGISTRY.get(name);
    }

    /**
     * The names of the lookups that apply to {@code storage}.
     *
     * @param storage the storage of the left-hand side, or null for every lookup
     * @return the names, built-in ones first, in registration order
     */
    public static List<String> namesFor(Storage storage) {
        List<String> names = new ArrayList<>();
        synchronized (REGISTRY) {
            for (LookupType t : REGISTRY.values()) {
                if (storage == null || t.appliesTo(storage)) {
                    names.add(t.lookupName);
                }
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return lookupName;
    }
}
