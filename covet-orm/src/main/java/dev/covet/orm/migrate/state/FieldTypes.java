package dev.covet.orm.migrate.state;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.RelationInfo;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The names migration files give field types: the names of Covet's field annotations. */
public final class FieldTypes {
    private static final Map<String, FieldKind> KINDS = new LinkedHashMap<>();
    private static final Map<FieldKind, String> NAMES = new EnumMap<>(FieldKind.class);

    static {
        name(FieldKind.AUTO, "AutoField");
        name(FieldKind.BIG_AUTO, "BigAutoField");
        name(FieldKind.CHAR, "CharField");
        name(FieldKind.TEXT, "TextField");
        name(FieldKind.EMAIL, "EmailField");
        name(FieldKind.URL, "URLField");
        name(FieldKind.INTEGER, "IntegerField");
        name(FieldKind.BIG_INTEGER, "BigIntegerField");
        name(FieldKind.SMALL_INTEGER, "SmallIntegerField");
        name(FieldKind.FLOAT, "FloatField");
        name(FieldKind.DECIMAL, "DecimalField");
        name(FieldKind.BOOLEAN, "BooleanField");
        name(FieldKind.DATETIME, "DateTimeField");
        name(FieldKind.DATE, "DateField");
        name(FieldKind.TIME, "TimeField");
        name(FieldKind.JSON, "JSONField");
        name(FieldKind.BINARY, "BinaryField");
        name(FieldKind.UUID, "UUIDField");
        name(FieldKind.ENUM, "EnumField");
        name(FieldKind.ARRAY, "ArrayField");
        name(FieldKind.MANY_TO_MANY, "ManyToManyField");
        KINDS.put("ForeignKey", FieldKind.RELATION);
        KINDS.put("OneToOneField", FieldKind.RELATION);
        NAMES.put(FieldKind.RELATION, "ForeignKey");
    }

    private FieldTypes() {
    }

    private static void name(FieldKind kind, String name) {
        KINDS.put(name, kind);
        NAMES.put(kind, name);
    }

    /**
     * The kind of a type name, failing with the choices for an unknown one.
     *
     * @param type the annotation's name, such as {@code CharField}
     * @return the kind
     * @throws IllegalArgumentException if the name is unknown (the message lists the choices)
     */
    public static FieldKind kind(String type) {
        FieldKind k = KINDS.get(type);
        if (k == null) {
            throw new IllegalArgumentException("Unknown field type '" + type + "'; choices: " + String.join(", ", KINDS.keySet()));
        }
        return k;
    }

    /**
     * Is {@code type} a field type name?
     *
     * @param type the name to test
     * @return true for a known field type
     */
    public static boolean isKnown(String type) {
        return KINDS.containsKey(type);
    }

    /**
     * The type name of a live field.
     *
     * @param f the live field
     * @return the annotation's name, such as {@code CharField}; {@code OneToOneField} for a one-to-one
     */
    public static String of(FieldInfo f) {
        if (f.kind() == FieldKind.RELATION && f.relation().kind() == RelationInfo.Kind.ONE_TO_ONE) {
            return "OneToOneField";
        }
        return NAMES.get(f.kind());
    }
}
