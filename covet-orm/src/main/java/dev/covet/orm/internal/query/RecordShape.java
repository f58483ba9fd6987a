package dev.covet.orm.internal.query;

import dev.covet.orm.FieldPath;
import dev.covet.orm.db.RowMapper;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.Modules;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Query;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.SelectShape;
import dev.covet.orm.sql.ValueCodec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the rows of a typed projection ({@code values(BookRow.class)}) become records: which path each
 * record component reads, checked against the field's type when the QuerySet is made (before any query
 * runs), and the record's canonical constructor as one method handle, built once per record class.
 *
 * <p>A component reads, in this order: the path its {@link FieldPath} names; the field, path or
 * annotation of its own name; or its camelCase name split at capitals into a relation path
 * ({@code authorName} reads {@code author__name}, {@code authorCountryCode} reads
 * {@code author__country__code} or {@code author__countryCode}, whichever exists).
 *
 * <p>Immutable and safe to share between threads; the constructors are kept in a {@link ClassValue}.
 *
 * @param <R> the record type
 */
public final class RecordShape<R extends Record> {
    /**
     * A typed projection: the query with the record's paths selected, and the shape that reads its rows.
     *
     * @param query the query, selecting one path per record component in order
     * @param shape reads each row into a record
     * @param <R> the record type
     */
    public record Projection<R extends Record>(Query query, RecordShape<R> shape) {
    }

    /** The record's components and its constructor taking {@code Object[]}, once per record class. */
    private record Constructor(RecordComponent[] components, MethodHandle handle) {
    }

    private static final ClassValue<Constructor> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Modules.readable(type), MethodHandles.lookup());
                MethodHandle ctor = lookup.findConstructor(type, MethodType.methodType(void.class, types));
                MethodHandle spread = ctor.asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
                return new Constructor(components, spread);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new FieldError("values(" + type.getSimpleName() + ".class) cannot reach the record's canonical constructor: "
                        + e.getMessage() + " (the record must be accessible to Covet: public, or in a package opened to dev.covet.orm)");
            }
        }
    };

    private final Class<R> type;
    private final MethodHandle constructor;
    private final String[] components;
    private final boolean[] primitive;

    private RecordShape(Class<R> type, Constructor c) {
        this.type = type;
        this.constructor = c.handle();
        this.components = new String[c.components().length];
        this.primitive = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            components[i] = c.components()[i].getName();
            primitive[i] = c.components()[i].getType().isPrimitive();
        }
    }

    /**
     * Chooses the paths of {@code type}'s components ({@code names}, one per component in order, when
     * given), selects them in a copy of {@code query} and checks their types.
     *
     * @param model the model queried
     * @param query the QuerySet's query; it is not changed
     * @param type the record class
     * @param names the path of each component in order, or none to match components by name
     * @param <R> the record type
     * @return the projected query and the shape that reads its rows
     * @throws FieldError if {@code type} is not a record, or a component matches no path or cannot hold its values
     */
    public static <R extends Record> Projection<R> project(ModelInfo<?> model, Query query, Class<R> type, String[] names) {
        if (type == null) {
            throw new FieldError("values(Class) needs a record class, not null");
        }
        if (!type.isRecord()) {
            throw new FieldError("values(" + type.getName() + ".class): " + type.getSimpleName() + " is not a record; "
                    + "typed projections read rows into Java records");
        }
        String call = "values(" + type.getSimpleName() + ".class)";
        Constructor c = CONSTRUCTORS.get(type);
        RecordComponent[] comps = c.components();
        List<String> given = FieldNames.checked("values", names);
        if (!given.isEmpty() && given.size() != comps.length) {
            throw new FieldError(call + " names " + given.size() + " field(s) " + given + " for the " + comps.length
                    + " components of " + type.getSimpleName() + " " + componentList(comps) + "; name one per component, in order");
        }
        List<String> paths = new ArrayList<>(comps.length);
        for (int i = 0; i < comps.length; i++) {
            paths.add(given.isEmpty() ? pathOf(model, query, type, comps[i]) : given.get(i));
        }
        Query q = query.copy();
        q.setValues(paths);
        int i = 0;
        for (Map.Entry<String, Expression> e : q.values().entrySet()) {
            check(model, type, comps[i++], e.getKey(), e.getValue().outputType());
        }
        return new Projection<>(q, new RecordShape<>(type, c));
    }

    /** The path component {@code rc} reads: its {@link FieldPath}, its name, or its name split into a relation path. */
    private static String pathOf(ModelInfo<?> model, Query query, Class<?> type, RecordComponent rc) {
        FieldPath explicit = rc.getAnnotation(FieldPath.class);
        if (explicit != null) {
            return explicit.value();
        }
        String name = rc.getName();
        if (resolves(query, name)) {
            return name;
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : splits(name)) {
            tried.add(candidate);
            if (resolves(query, candidate)) {
                return candidate;
            }
        }
        throw new FieldError("values(" + type.getSimpleName() + ".class): record component '" + rc.getType().getSimpleName() + " "
                + name + "' matches no field of " + model.name() + (tried.isEmpty() ? "" : " (tried " + String.join(", ", tried) + ")")
                + "; name it after a field, or annotate it with @FieldPath(\"...\"). Fields of " + model.name() + ": "
                + String.join(", ", model.fieldChoices().stream().sorted().toList()));
    }

    private static boolean resolves(Query query, String path) {
        try {
            query.copy().resolvePath(path);
            return true;
        } catch (FieldError e) {
            return false;
        }
    }

    /**
     * The relation paths a camelCase name can stand for, fewest hops last: {@code authorCountryCode} gives
     * {@code author__country__code}, {@code author__countryCode}, {@code authorCountry__code}.
     *
     * @param name a record component's name
     * @return the paths it may stand for; empty for a name of one word
     */
    public static List<String> splits(String name) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                words.add(name.substring(start, i));
                start = i;
            }
        }
        words.add(name.substring(start));
        List<String> out = new ArrayList<>();
        int gaps = words.size() - 1;
        // each gap between words is either a "__" or a camelCase join; more hops first
        for (int hops = gaps; hops >= 1; hops--) {
            for (int mask = 0; mask < (1 << gaps); mask++) {
                if (Integer.bitCount(mask) != hops) {
                    continue;
                }
                StringBuilder b = new StringBuilder(words.getFirst());
                for (int g = 0; g < gaps; g++) {
                    String w = words.get(g + 1);
                    if ((mask & (1 << g)) != 0) {
                        b.append("__").append(Character.toLowerCase(w.charAt(0))).append(w, 1, w.length());
                    } else {
                        b.append(w);
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /** The component's type must hold the path's values: the field's Java type (a key's for a relation). */
    private static void check(ModelInfo<?> model, Class<?> type, RecordComponent rc, String path, OutputType output) {
        FieldInfo f = output.field();
        Class<?> valueType = valueType(output);
        String source = f != null ? "field " + f + " (" + describe(f, valueType) + ")" : "'" + path + "'" + (valueType == null ? "" : " (" + valueType.getSimpleName() + ")");
        String component = "record component '" + rc.getType().getSimpleName() + " " + rc.getName() + "' of " + type.getSimpleName();
        if (valueType != null && !box(rc.getType()).isAssignableFrom(valueType)) {
            throw new FieldError("values(" + type.getSimpleName() + ".class): " + component + " cannot hold " + path + ": "
                    + source + "; declare the component as " + valueType.getSimpleName());
        }
        if (rc.getType().isPrimitive() && f != null && f.isNullable()) {
            throw new FieldError("values(" + type.getSimpleName() + ".class): " + component + " is a primitive, and "
                    + source + " is nullable; declare the component as " + box(rc.getType()).getSimpleName());
        }
    }

    private static String describe(FieldInfo f, Class<?> valueType) {
        String t = valueType == null ? f.javaType().getSimpleName() : valueType.getSimpleName();
        return f.relation() != null ? "a key of " + f.relation().target().name() + ", " + t : t;
    }

    /** The Java type of the path's values, or null when Covet cannot tell before reading them. */
    private static Class<?> valueType(OutputType output) {
        FieldInfo f = output.field();
        if (f != null) {
            return box(f.relation() != null ? f.relation().targetField().javaType() : f.javaType());
        }
        if (output.storage() == null) {
            return null;
        }
        return switch (output.storage()) {
            case STRING -> String.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case SHORT -> Short.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case DECIMAL -> BigDecimal.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> LocalDate.class;
            case TIME -> LocalTime.class;
            case BYTES -> byte[].class;
            case UUID -> UUID.class;
            case TIMESTAMP, JSON, ARRAY -> null;
        };
    }

    private static Class<?> box(Class<?> t) {
        return t.isPrimitive() ? MethodType.methodType(t).wrap().returnType() : t;
    }

    private static String componentList(RecordComponent[] comps) {
        List<String> out = new ArrayList<>();
        for (RecordComponent rc : comps) {
            out.add(rc.getType().getSimpleName() + " " + rc.getName());
        }
        return "(" + String.join(", ", out) + ")";
    }

    /**
     * Reads each row's values into an array and calls the constructor: no reflection per row.
     *
     * @param shape the shape of the compiled SELECT
     * @param dialect the database's dialect, whose codecs read the values
     * @return the mapper from a row to a record
     */
    public RowMapper<R> mapper(SelectShape shape, Dialect dialect) {
        OutputType[] types = shape.valueTypes().toArray(OutputType[]::new);
        ValueCodec[] codecs = RowReaders.codecs(types, dialect);
        int n = types.length;
        return rs -> {
            Object[] args = new Object[n];
            for (int i = 0; i < n; i++) {
                Object v = RowReaders.value(rs, i + 1, codecs[i], types[i]);
                if (v == null && primitive[i]) {
                    throw new FieldError("values(" + type.getSimpleName() + ".class) read null for the primitive record component '"
                            + components[i] + "'; declare it with a wrapper type");
                }
                args[i] = v;
            }
            try {
                return type.cast((Object) constructor.invokeExact(args));
            } catch (ClassCastException e) {
                throw new FieldError("values(" + type.getSimpleName() + ".class) read a value its components cannot hold: " + e.getMessage());
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }
}
