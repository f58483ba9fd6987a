package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.ArrayField;
import dev.covet.orm.field.AutoField;
import dev.covet.orm.field.BigAutoField;
import dev.covet.orm.field.BigIntegerField;
import dev.covet.orm.field.BinaryField;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.Coercion;
import dev.covet.orm.field.Converters;
import dev.covet.orm.field.DateField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.EmailField;
import dev.covet.orm.field.EnumField;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.field.FloatField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.JSONField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.OneToOneField;
import dev.covet.orm.field.SmallIntegerField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.field.TimeField;
import dev.covet.orm.field.URLField;
import dev.covet.orm.field.UUIDField;
import dev.covet.orm.field.Validator;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Reads one Java field of a model into a {@link FieldSpec}, checking it is declared sensibly. */
final class FieldFactory {
    private static final Map<Class<? extends Annotation>, FieldKind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(AutoField.class, FieldKind.AUTO);
        KINDS.put(BigAutoField.class, FieldKind.BIG_AUTO);
        KINDS.put(CharField.class, FieldKind.CHAR);
        KINDS.put(TextField.class, FieldKind.TEXT);
        KINDS.put(EmailField.class, FieldKind.EMAIL);
        KINDS.put(URLField.class, FieldKind.URL);
        KINDS.put(IntegerField.class, FieldKind.INTEGER);
        KINDS.put(BigIntegerField.class, FieldKind.BIG_INTEGER);
        KINDS.put(SmallIntegerField.class, FieldKind.SMALL_INTEGER);
        KINDS.put(FloatField.class, FieldKind.FLOAT);
        KINDS.put(DecimalField.class, FieldKind.DECIMAL);
        KINDS.put(BooleanField.class, FieldKind.BOOLEAN);
        KINDS.put(DateTimeField.class, FieldKind.DATETIME);
        KINDS.put(DateField.class, FieldKind.DATE);
        KINDS.put(TimeField.class, FieldKind.TIME);
        KINDS.put(JSONField.class, FieldKind.JSON);
        KINDS.put(BinaryField.class, FieldKind.BINARY);
        KINDS.put(UUIDField.class, FieldKind.UUID);
        KINDS.put(EnumField.class, FieldKind.ENUM);
        KINDS.put(ArrayField.class, FieldKind.ARRAY);
        KINDS.put(ForeignKey.class, FieldKind.RELATION);
        KINDS.put(OneToOneField.class, FieldKind.RELATION);
        KINDS.put(ManyToManyField.class, FieldKind.MANY_TO_MANY);
        // the kind of a custom field follows from its type's storage, see CustomFields
        KINDS.put(dev.covet.orm.field.Custom.class, null);
    }

    private static final Map<Class<?>, Storage> ARRAY_ELEMENTS = Map.of(
            String.class, Storage.STRING, Integer.class, Storage.INT, Long.class, Storage.LONG,
            Double.class, Storage.DOUBLE, Boolean.class, Storage.BOOLEAN, UUID.class, Storage.UUID,
            BigDecimal.class, Storage.DECIMAL, LocalDate.class, Storage.DATE);

    private final String model;

    FieldFactory(String model) {
        this.model = model;
    }

    /** Is {@code field} annotated as a model field? */
    static boolean isModelField(Field field) {
        for (Class<? extends Annotation> a : KINDS.keySet()) {
            if (field.isAnnotationPresent(a)) {
                return true;
            }
        }
        return false;
    }

    /** The spec of {@code field}, or null when it is not a model field (a plain helper field). */
    FieldSpec read(Field field) {
        List<Annotation> found = new ArrayList<>();
        for (Class<? extends Annotation> a : KINDS.keySet()) {
            Annotation ann = field.getAnnotation(a);
            if (ann != null) {
                found.add(ann);
            }
        }
        Class<?> type = field.getType();
        if (found.isEmpty()) {
            if (RelationValues.isKey(type) && !Modifier.isStatic(field.getModifiers())) {
                throw error(field, "is a Ref but has no @ForeignKey or @OneToOneField");
            }
            if (RelationValues.isMany(type) && !Modifier.isStatic(field.getModifiers())) {
                throw error(field, "is a ManyToMany but has no @ManyToManyField");
            }
            return null;
        }
        if (found.size() > 1) {
            throw error(field, "has more than one field annotation: "
                    + found.stream().map(a -> "@" + a.annotationType().getSimpleName()).toList());
        }
        int mods = field.getModifiers();
        if (Modifier.isStatic(mods) || Modifier.isFinal(mods) || Modifier.isTransient(mods)) {
            throw error(field, "must not be static, final or transient to be a model field");
        }
        Annotation annotation = found.getFirst();
        AnnotationOptions o = new AnnotationOptions(annotation);
        FieldSpec s = new FieldSpec();
        s.source = field;
        s.name = field.getName();
        s.kind = KINDS.get(annotation.annotationType());
        s.javaType = type;
        s.genericType = field.getGenericType();
        s.nullable = o.bool("nullable", false);
        s.blank = o.bool("blank", false);
        s.unique = o.bool("unique", false);
        s.dbIndex = o.bool("dbIndex", false);
        s.primaryKey = o.bool("primaryKey", false);
        s.editable = o.bool("editable", true);
        s.sensitive = o.bool("sensitive", false);
        s.helpText = o.string("helpText");
        s.verboseName = o.string("verboseName").isEmpty() ? Naming.words(field.getName()) : o.string("verboseName");
        s.maxLength = o.integer("maxLength", -1);
        s.minLength = o.integer("minLength", 0);
        if (type.isPrimitive() && s.nullable) {
            throw error(field, "is a primitive " + type.getName() + " and cannot be nullable; use its wrapper type");
        }
        typeAndStorage(field, s, o);
        if (s.kind != FieldKind.MANY_TO_MANY) {
            String dbColumn = o.string("dbColumn");
            String column = dbColumn.isEmpty()
                    ? Naming.snakeCase(field.getName()) + (s.kind == FieldKind.RELATION ? "_id" : "")
                    : dbColumn;
            s.column = checkName(field, column, "column name");
        }
        if (s.kind == FieldKind.RELATION) {
            s.attname = field.getName() + "Id";
        }
        s.validators = validators(field, o);
        if (s.extraValidator != null) {
            s.validators.addFirst(s.extraValidator);
        }
        s.choices = choices(field, s, o);
        s.dbDefault = dbDefault(field, s);
        s.access = FieldAccess.of(field);
        return s;
    }

    /** The field's {@code @DbDefault}, checked against its type, or null. */
    private dev.covet.orm.meta.ColumnDefault dbDefault(Field field, FieldSpec s) {
        dev.covet.orm.field.DbDefault a = field.getAnnotation(dev.covet.orm.field.DbDefault.class);
        if (a == null) {
            return null;
        }
        if (s.kind == FieldKind.MANY_TO_MANY || s.kind == FieldKind.RELATION || s.primaryKey || s.storage == null) {
            throw error(field, "cannot have a dbDefault: Covet supports it on columns of their own, not on keys and relations");
        }
        if (a.now() && !a.value().isEmpty()) {
            throw error(field, "has a dbDefault with both a constant and now; choose one");
        }
        dev.covet.orm.meta.ColumnDefault d = a.now() ? dev.covet.orm.meta.ColumnDefault.NOW
                : dev.covet.orm.meta.ColumnDefault.of(a.value());
        try {
            d.value(s.storage);
        } catch (dev.covet.orm.exception.FieldError e) {
            throw error(field, e.getMessage());
        }
        return d;
    }

    /** The automatic primary key {@code id}, held in the public {@code id} field of {@code base}, the face's {@code Model}. */
    FieldSpec automaticId(Class<?> base) {
        try {
            Field id = base.getField("id");
            FieldSpec s = new FieldSpec();
            s.source = id;
            s.name = "id";
            s.column = "id";
            s.kind = FieldKind.AUTO;
            s.storage = Storage.LONG;
            s.javaType = Long.class;
            s.genericType = Long.class;
            s.primaryKey = true;
            s.blank = true;
            s.autoCreated = true;
            s.verboseName = "ID";
            s.access = FieldAccess.of(id);
            return s;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private void typeAndStorage(Field field, FieldSpec s, AnnotationOptions o) {
        Class<?> t = field.getType();
        dev.covet.orm.field.Custom custom = field.getAnnotation(dev.covet.orm.field.Custom.class);
        if (custom != null) {
            CustomFields.read(field, s, custom, this::error);
            return;
        }
        switch (s.kind) {
            case CHAR, TEXT, EMAIL, URL -> {
                expect(field, t == String.class, "String");
                s.storage = Storage.STRING;
                if (s.kind == FieldKind.CHAR && s.maxLength <= 0) {
                    throw error(field, "is a CharField without maxLength; give it one (or use TextField)");
                }
            }
            case INTEGER -> {
                expect(field, t == int.class || t == Integer.class, "int or Integer");
                s.storage = Storage.INT;
                longBounds(s, o);
            }
            case BIG_INTEGER -> {
                expect(field, t == long.class || t == Long.class, "long or Long");
                s.storage = Storage.LONG;
                longBounds(s, o);
            }
            case SMALL_INTEGER -> {
                expect(field, t == short.class || t == Short.class, "short or Short");
                s.storage = Storage.SHORT;
                longBounds(s, o);
            }
            case FLOAT -> {
                expect(field, t == float.class || t == Float.class || t == double.class || t == Double.class, "float, Float, double or Double");
                s.storage = (t == float.class || t == Float.class) ? Storage.FLOAT : Storage.DOUBLE;
                double min = o.get("minValue");
                double max = o.get("maxValue");
                s.minValue = Double.isInfinite(min) ? null : min;
                s.maxValue = Double.isInfinite(max) ? null : max;
            }
            case DECIMAL -> {
                expect(field, t == BigDecimal.class, "BigDecimal");
                s.storage = Storage.DECIMAL;
                s.maxDigits = o.integer("maxDigits", 10);
                s.decimalPlaces = o.integer("decimalPlaces", 2);
                if (s.maxDigits < 1 || s.decimalPlaces < 0 || s.decimalPlaces > s.maxDigits) {
                    throw error(field, "needs 1 <= maxDigits and 0 <= decimalPlaces <= maxDigits (got "
                            + s.maxDigits + ", " + s.decimalPlaces + ")");
                }
                s.minValue = decimalBound(field, o.string("minValue"));
                s.maxValue = decimalBound(field, o.string("maxValue"));
                s.converter = Converters.decimal(s.decimalPlaces);
            }
            case BOOLEAN -> {
                expect(field, t == boolean.class || t == Boolean.class, "boolean or Boolean");
                s.storage = Storage.BOOLEAN;
            }
            case DATETIME -> {
                expect(field, t == Instant.class || t == LocalDateTime.class || t == OffsetDateTime.class,
                        "Instant, LocalDateTime or OffsetDateTime");
                s.storage = Storage.TIMESTAMP;
                s.converter = Converters.timestamp(t);
                autoTimes(s, o);
            }
            case DATE -> {
                expect(field, t == LocalDate.class, "LocalDate");
                s.storage = Storage.DATE;
                autoTimes(s, o);
            }
            case TIME -> {
                expect(field, t == LocalTime.class, "LocalTime");
                s.storage = Storage.TIME;
                autoTimes(s, o);
            }
            case JSON -> {
                expect(field, !t.isPrimitive(), "a reference type (Map, List, JsonNode, a bean...)");
                s.storage = Storage.JSON;
                s.converter = Converters.json(field.getGenericType(), field.getDeclaringClass().getSimpleName() + "." + field.getName());
            }
            case BINARY -> {
                expect(field, t == byte[].class, "byte[]");
                s.storage = Storage.BYTES;
            }
            case UUID -> {
                expect(field, t == UUID.class, "UUID");
                s.storage = Storage.UUID;
                s.autoGenerate = o.bool("autoGenerate", false);
                if (s.autoGenerate) {
                    s.blank = true;
                }
            }
            case ENUM -> {
                expect(field, t.isEnum(), "an enum type");
                s.storage = Storage.STRING;
                s.elementType = t;
                s.converter = Converters.enumeration(t);
                for (Object c : t.getEnumConstants()) {
                    if (((Enum<?>) c).name().length() > s.maxLength) {
                        throw error(field, "has enum constant " + c + " longer than maxLength " + s.maxLength);
                    }
                }
            }
            case ARRAY -> {
                expect(field, t == List.class, "List<...>");
                Class<?> element = typeArgument(field);
                Storage es = ARRAY_ELEMENTS.get(element);
                if (es == null) {
                    throw error(field, "is an ArrayField of " + (element == null ? "?" : element.getSimpleName())
                            + "; the element type must be one of " + ARRAY_ELEMENTS.keySet().stream().map(Class::getSimpleName).sorted().toList());
                }
                s.storage = Storage.ARRAY;
                s.elementType = element;
                s.elementStorage = es;
                s.arraySize = o.integer("size", -1);
                s.converter = Converters.array(es);
            }
            case AUTO, BIG_AUTO -> {
                boolean big = s.kind == FieldKind.BIG_AUTO;
                expect(field, t == Long.class || t == long.class || (!big && (t == Integer.class || t == int.class)),
                        big ? "Long" : "Long or Integer");
                if (t.isPrimitive()) {
                    throw error(field, "is an auto key and must be a wrapper type (Long), because a new instance has none yet");
                }
                s.storage = Storage.LONG;
                s.primaryKey = true;
                s.blank = true;
                if (t == Integer.class) {
                    s.converter = Converters.INT_KEY;
                }
            }
            case RELATION -> relation(field, s, o);
            case MANY_TO_MANY -> manyToMany(field, s, o);
        }
        if (s.autoNow || s.autoNowAdd) {
            s.editable = false;
            s.blank = true;
        }
    }

    private void relation(Field field, FieldSpec s, AnnotationOptions o) {
        expect(field, RelationValues.isKey(field.getType()), "Ref<...>");
        boolean oneToOne = field.isAnnotationPresent(OneToOneField.class);
        OnDelete onDelete = o.get("onDelete");
        Class<? extends Supplier<?>> setToClass = o.get("setTo");
        Supplier<?> setTo = null;
        if (onDelete == OnDelete.SET) {
            if (setToClass == ForeignKey.None.class) {
                throw error(field, "has onDelete = SET but no setTo supplier");
            }
            setTo = instantiate(field, setToClass, "setTo supplier");
        }
        if (onDelete == OnDelete.SET_NULL && !s.nullable) {
            throw error(field, "has onDelete = SET_NULL but is not nullable; add nullable = true");
        }
        String related = o.string("relatedName");
        String relatedQuery = o.string("relatedQueryName");
        checkOptionalName(field, related, "relatedName");
        checkOptionalName(field, relatedQuery, "relatedQueryName");
        s.relation = new RelationInfo(oneToOne ? RelationInfo.Kind.ONE_TO_ONE : RelationInfo.Kind.FOREIGN_KEY,
                modelArgument(field), o.string("to"), onDelete, setTo, related, relatedQuery, o.string("toField"),
                o.bool("dbConstraint", true), o.bool("parentLink", false), null, null, null, false);
        if (oneToOne) {
            s.unique = true;
            s.dbIndex = false;
        } else {
            s.dbIndex = o.bool("dbIndex", true);
        }
        requireTarget(field, s.relation);
    }

    private void manyToMany(Field field, FieldSpec s, AnnotationOptions o) {
        expect(field, RelationValues.isMany(field.getType()), "ManyToMany<...>");
        Class<? extends Entity> through = through(field, o.get("through"));
        String related = o.string("relatedName");
        checkOptionalName(field, related, "relatedName");
        checkOptionalName(field, o.string("relatedQueryName"), "relatedQueryName");
        String dbTable = o.string("dbTable");
        if (!dbTable.isEmpty()) {
            checkName(field, dbTable, "dbTable");
        }
        String[] throughFields = o.strings("throughFields");
        if (throughFields.length != 0 && throughFields.length != 2) {
            throw error(field, "throughFields needs exactly two names: the key to this model, then the key to the target");
        }
        s.relation = new RelationInfo(RelationInfo.Kind.MANY_TO_MANY, modelArgument(field), o.string("to"), OnDelete.CASCADE,
                null, related, o.string("relatedQueryName"), "", true, false,
                through, throughFields, dbTable, o.bool("symmetrical", true));
        s.blank = o.bool("blank", false);
        requireTarget(field, s.relation);
    }

    /** The junction model {@code through} names, or null for an automatic junction table ({@code void.class}). */
    private Class<? extends Entity> through(Field field, Class<?> declared) {
        if (declared == null || declared == void.class || Entity.isBase(declared)) {
            return null;
        }
        if (!Entity.isModelClass(declared)) {
            throw error(field, "through names " + declared.getName() + ", which is not a model; name the junction model, "
                    + "or leave it out for an automatic junction table");
        }
        return declared.asSubclass(Entity.class);
    }

    private void requireTarget(Field field, RelationInfo r) {
        if (r.declaredTarget() == null && r.targetName().isEmpty()) {
            throw error(field, "does not say which model it points at: give the type argument (Ref<Author>) "
                    + "or the 'to' option (\"self\" or a model name)");
        }
    }

    /** The model class in {@code Ref<Author>}, or null when the argument is {@code Model}, a variable or a wildcard. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Entity> modelArgument(Field field) {
        Class<?> c = typeArgument(field);
        if (!Entity.isModelClass(c)) {
            return null;
        }
        return (Class<? extends Entity>) c;
    }

    private static Class<?> typeArgument(Field field) {
        Type g = field.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type arg = p.getActualTypeArguments()[0];
            if (arg instanceof WildcardType w && w.getUpperBounds().length == 1) {
                arg = w.getUpperBounds()[0];
            }
            if (arg instanceof Class<?> c) {
                return c;
            }
            if (arg instanceof ParameterizedType pp && pp.getRawType() instanceof Class<?> raw) {
                return raw;
            }
        }
        return null;
    }

    private void longBounds(FieldSpec s, AnnotationOptions o) {
        long min = o.get("minValue");
        long max = o.get("maxValue");
        s.minValue = min == Long.MIN_VALUE ? null : min;
        s.maxValue = max == Long.MAX_VALUE ? null : max;
    }

    private BigDecimal decimalBound(Field field, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw error(field, "has a bound '" + text + "' that is not a decimal number");
        }
    }

    private static void autoTimes(FieldSpec s, AnnotationOptions o) {
        s.autoNow = o.bool("autoNow", false);
        s.autoNowAdd = o.bool("autoNowAdd", false);
    }

    @SuppressWarnings("unchecked")
    private List<Validator<Object>> validators(Field field, AnnotationOptions o) {
        Class<? extends Validator<?>>[] classes = o.get("validators");
        List<Validator<Object>> out = new ArrayList<>();
        if (classes != null) {
            for (Class<? extends Validator<?>> c : classes) {
                out.add((Validator<Object>) instantiate(field, c, "validator"));
            }
        }
        return out;
    }

    private List<Object> choices(Field field, FieldSpec s, AnnotationOptions o) {
        String[] raw = o.strings("choices");
        List<Object> out = new ArrayList<>();
        for (String r : raw) {
            try {
                out.add(Coercion.canonical(s.storage, r, s.kind == FieldKind.ENUM ? s.elementType : null, s.elementStorage));
            } catch (IllegalArgumentException e) {
                throw error(field, "has a choice '" + r + "' that does not fit the field: " + e.getMessage());
            }
        }
        if (Set.copyOf(out).size() != out.size()) {
            throw error(field, "lists a choice twice");
        }
        return out;
    }

    private <T> T instantiate(Field field, Class<T> c, String what) {
        try {
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw error(field, "names " + what + " " + c.getName() + ", which needs a no-argument constructor");
        }
    }

    private void expect(Field field, boolean ok, String types) {
        if (!ok) {
            throw error(field, "is declared as " + field.getType().getSimpleName() + ", but its annotation needs " + types);
        }
    }

    private String checkName(Field field, String name, String what) {
        if (!Naming.isIdentifier(name)) {
            throw error(field, "has " + what + " '" + name + "', which is not a valid identifier");
        }
        return name;
    }

    private void checkOptionalName(Field field, String name, String what) {
        if (!name.isEmpty() && !name.equals("+") && !Naming.isIdentifier(name)) {
            throw error(field, "has " + what + " '" + name + "', which is not a valid identifier");
        }
    }

    ImproperlyConfigured error(Field field, String problem) {
        return new ImproperlyConfigured("Model " + model + ", field " + field.getName() + ": " + problem);
    }
}
