package dev.covet.orm.query;

import dev.covet.orm.field.FieldKind.Storage;

import java.util.ArrayList;
import java.util.List;

/** The comparisons a lookup path can end with ({@code title__icontains}). */
public enum LookupType {
    EXACT("exact"), IEXACT("iexact"), CONTAINS("contains"), ICONTAINS("icontains"), IN("in"),
    GT("gt"), GTE("gte"), LT("lt"), LTE("lte"),
    STARTSWITH("startswith"), ISTARTSWITH("istartswith"), ENDSWITH("endswith"), IENDSWITH("iendswith"),
    RANGE("range"), ISNULL("isnull"), REGEX("regex"), IREGEX("iregex");

    private final String lookupName;

    LookupType(String lookupName) {
        this.lookupName = lookupName;
    }

    public String lookupName() {
        return lookupName;
    }

    /** Is this a LIKE-style lookup whose value is a pattern? */
    public boolean isPattern() {
        return switch (this) {
            case CONTAINS, ICONTAINS, STARTSWITH, ISTARTSWITH, ENDSWITH, IENDSWITH -> true;
            default -> false;
        };
    }

    /** Does it ignore case? */
    public boolean isCaseInsensitive() {
        return this == IEXACT || this == ICONTAINS || this == ISTARTSWITH || this == IENDSWITH || this == IREGEX;
    }

    /** Does the lookup apply to values of {@code storage}? */
    public boolean appliesTo(Storage storage) {
        return switch (this) {
            case EXACT, IN, ISNULL -> true;
            case GT, GTE, LT, LTE, RANGE -> storage != Storage.JSON && storage != Storage.ARRAY && storage != Storage.BYTES;
            default -> storage == Storage.STRING;
        };
    }

    /** The lookup named {@code name}, or null. */
    public static LookupType named(String name) {
        for (LookupType t : values()) {
            if (t.lookupName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The names of the lookups that apply to {@code storage}. */
    public static List<String> namesFor(Storage storage) {
        List<String> names = new ArrayList<>();
        for (LookupType t : values()) {
            if (storage == null || t.appliesTo(storage)) {
                names.add(t.lookupName);
            }
        }
        return names;
    }
}
