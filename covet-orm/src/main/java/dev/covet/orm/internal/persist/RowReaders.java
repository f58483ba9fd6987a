package dev.covet.orm.internal.persist;

import dev.covet.orm.db.RowMapper;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationValues;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.SelectShape;
import dev.covet.orm.sql.ValueCodec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns rows into model instances, maps, tuples or single values. Every codec, field and position is
 * worked out once per query from its {@link SelectShape}; reading a row is array walks and method
 * handle calls, with no reflection lookup.
 */
public final class RowReaders {
    private RowReaders() {
    }

    /**
     * How a loaded instance is marked.
     *
     * @param database the alias of the database the rows come from
     * @param strict   whether the instances load relations strictly
     * @param deferred the fields left unloaded ({@code defer()}, {@code only()}), empty for none
     */
    public record Marks(String database, boolean strict, Set<String> deferred) {
    }

    /** What decides a model reader: the same shape, database and marks read rows the same way. */
    private record ReaderKey(SelectShape shape, Dialect dialect, Marks marks, int registryGeneration) {
        // Written out rather than generated: a record's generated equals goes through a method handle
        // whose re-linking, after enough calls, pins the virtual thread that happens to trigger it
        @Override
        public boolean equals(Object o) {
            return o instanceof ReaderKey k && registryGeneration == k.registryGeneration && dialect == k.dialect
                    && (shape == k.shape || shape.equals(k.shape)) && marks.database().equals(k.marks.database())
                    && marks.strict() == k.marks.strict() && marks.deferred().equals(k.marks.deferred());
        }

        @Override
        public int hashCode() {
            return ((shape.hashCode() * 31 + System.identityHashCode(dialect)) * 31 + marks.database().hashCode()) * 31
                    + registryGeneration;
        }
    }

    private static final int MAX_READERS = 1024;
    private static final Map<ReaderKey, RowMapper<?>> READERS = new ConcurrentHashMap<>();

    /**
     * Reads model instances (with their selectRelated models and annotations); built once per shape.
     *
     * @param <T> the model class
     * @param shape what the SELECT returns, column by column
     * @param dialect the dialect whose codecs read the values
     * @param marks how each instance is marked
     * @return the reader, shared by queries of the same shape
     */
    @SuppressWarnings("unchecked")
    public static <T extends Entity> RowMapper<T> models(SelectShape shape, Dialect dialect, Marks marks) {
        // a single-table subclass registered later is a new variant to read rows as
        ReaderKey key = new ReaderKey(shape, dialect, marks, ModelRegistry.generation());
        RowMapper<?> reader = READERS.get(key);
        if (reader == null) {
            if (READERS.size() >= MAX_READERS) {
                READERS.clear();
            }
            reader = newModelReader(shape, dialect, marks);
            READERS.put(key, reader);
        }
        return (RowMapper<T>) reader;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Entity> RowMapper<T> newModelReader(SelectShape shape, Dialect dialect, Marks marks) {
        ModelReader base = new ModelReader(shape.model(), shape.fields(), shape.related(), dialect, marks);
        int annotationStart = base.width() + 1;
        String[] names = shape.annotationNames().toArray(String[]::new);
        OutputType[] types = shape.annotationTypes().toArray(OutputType[]::new);
        ValueCodec[] codecs = codecs(types, dialect);
        return rs -> {
            Entity m = base.read(rs, 1);
            for (int i = 0; i < names.length; i++) {
                Annotations.set(m, names[i], value(rs, annotationStart + i, codecs[i], types[i]));
            }
            return (T) m;
        };
    }

    /**
     * Model instances from a raw SELECT: columns map to fields by column name; other columns become
     * annotations. The primary key must be selected.
     *
     * @param <T> the model class
     * @param model the model to make instances of
     * @param dialect the dialect whose codecs read the values
     * @param marks how each instance is marked
     * @return the reader
     */
    @SuppressWarnings("unchecked")
    public static <T extends Entity> RowMapper<T> raw(ModelInfo<T> model, Dialect dialect, Marks marks) {
        return new RowMapper<>() {
            private FieldInfo[] fields;
            private ValueCodec[] codecs;
            private String[] labels;

            @Override
            public T map(ResultSet rs) throws SQLException {
                if (fields == null) {
                    prepare(rs);
                }
                Entity m = model.newInstance();
                for (int i = 0; i < fields.length; i++) {
                    Object v = codecs[i].read(rs, i + 1);
                    if (fields[i] != null) {
                        fields[i].setDbValue(m, v);
                    } else {
                        Annotations.set(m, labels[i], v);
                    }
                }
                Instances.loaded(m, marks.database());
                Lifecycle lifecycle = Lifecycle.current();
                if (lifecycle.hears(Lifecycle.Kind.POST_INIT, model.type())) {
                    lifecycle.init(Lifecycle.Kind.POST_INIT, m);
                }
                return (T) m;
            }

            private void prepare(ResultSet rs) throws SQLException {
                var md = rs.getMetaData();
                int n = md.getColumnCount();
                FieldInfo[] f = new FieldInfo[n];
                ValueCodec[] c = new ValueCodec[n];
                String[] l = new String[n];
                boolean pk = false;
                for (int i = 0; i < n; i++) {
                    String label = md.getColumnLabel(i + 1);
                    l[i] = label;
                    for (FieldInfo candidate : model.columns()) {
                        if (candidate.column().equalsIgnoreCase(label) || candidate.name().equals(label)) {
                            f[i] = candidate;
                            pk |= candidate.isPrimaryKey();
                            break;
                        }
                    }
                    c[i] = dialect.codec(f[i] == null ? null : f[i].storage());
                }
                if (!pk) {
                    throw new dev.covet.orm.exception.FieldError("Raw query must include the primary key (" + model.pk().column() + ")");
                }
                fields = f;
                codecs = c;
                labels = l;
            }
        };
    }

    private static final com.fasterxml.jackson.databind.JavaType JSON_OBJECT = dev.covet.orm.field.Json.type(Object.class);

    /**
     * Reads each row as a map from value name to value ({@code values()}, Django's {@code QuerySet.values()}).
     *
     * @param shape what the SELECT returns, column by column
     * @param dialect the dialect whose codecs read the values
     * @return the reader; each map keeps the order of the names
     */
    public static RowMapper<Map<String, Object>> maps(SelectShape shape, Dialect dialect) {
        String[] names = shape.valueNames().toArray(String[]::new);
        OutputType[] types = shape.valueTypes().toArray(OutputType[]::new);
        ValueCodec[] codecs = codecs(types, dialect);
        return rs -> {
            Map<String, Object> row = new LinkedHashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], value(rs, i + 1, codecs[i], types[i]));
            }
            return row;
        };
    }

    /**
     * Reads each row as an unmodifiable list of values ({@code valuesList()}, Django's {@code values_list()}).
     *
     * @param shape what the SELECT returns, column by column
     * @param dialect the dialect whose codecs read the values
     * @return the reader
     */
    public static RowMapper<List<Object>> tuples(SelectShape shape, Dialect dialect) {
        OutputType[] types = shape.valueTypes().toArray(OutputType[]::new);
        ValueCodec[] codecs = codecs(types, dialect);
        return rs -> {
            Object[] row = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                row[i] = value(rs, i + 1, codecs[i], types[i]);
            }
            return Collections.unmodifiableList(Arrays.asList(row));
        };
    }

    /**
     * Reads the first column of each row as a single value ({@code valuesList(..., flat)}, Django's {@code values_list(flat=True)}).
     *
     * @param <V> the type of the value
     * @param shape what the SELECT returns; only its first value is read
     * @param dialect the dialect whose codecs read the values
     * @return the reader
     */
    @SuppressWarnings("unchecked")
    public static <V> RowMapper<V> flat(SelectShape shape, Dialect dialect) {
        OutputType type = shape.valueTypes().getFirst();
        ValueCodec codec = dialect.codec(type.storage());
        return rs -> (V) value(rs, 1, codec, type);
    }

    /**
     * A single value of {@code type} at {@code column}, as its Java value.
     *
     * @param rs the result set, on a row
     * @param column the column, from 1
     * @param codec reads the raw value
     * @param type what the value is (a field's, JSON, a decimal of a scale, ...)
     * @return the value, converted by the field's converter where there is one; null for SQL NULL
     * @throws SQLException if reading the column fails
     */
    public static Object value(ResultSet rs, int column, ValueCodec codec, OutputType type) throws SQLException {
        Object v = codec.read(rs, column);
        if (v == null) {
            return null;
        }
        if (type.field() != null) {
            return type.field().converter().fromDb(v);
        }
        if (type == OutputType.JSON_DECODED) {
            return dev.covet.orm.field.Json.read(v.toString(), JSON_OBJECT);
        }
        if (type.scale() >= 0 && v instanceof BigDecimal d) {
            return d.setScale(type.scale(), RoundingMode.HALF_EVEN);
        }
        return v;
    }

    /**
     * The codec for each output type, in order.
     *
     * @param types the output types
     * @param dialect the dialect whose codecs are used
     * @return one codec per type
     */
    public static ValueCodec[] codecs(OutputType[] types, Dialect dialect) {
        ValueCodec[] out = new ValueCodec[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = dialect.codec(types[i].storage());
        }
        return out;
    }

    /** Reads one model (and, recursively, the models {@code selectRelated} loaded with it) from a row. */
    private static final class ModelReader {
        private final ModelInfo<?> model;
        private final FieldInfo[] fields;
        private final ValueCodec[] codecs;
        private final int pkIndex;
        private final FieldInfo[] relatedKeys;
        private final ModelReader[] related;
        private final Marks marks;
        private final int width;
        private final int discriminatorIndex;
        private final java.util.Map<String, Variant> variants;
        private final FieldInfo[] own;

        private record Variant(ModelInfo<?> model, FieldInfo[] fields) {
        }

        ModelReader(ModelInfo<?> model, List<FieldInfo> fields, List<SelectShape.Related> related, Dialect dialect, Marks marks) {
            this.model = model;
            this.fields = fields.toArray(FieldInfo[]::new);
            this.codecs = new ValueCodec[this.fields.length];
            int pk = -1;
            for (int i = 0; i < this.fields.length; i++) {
                codecs[i] = dialect.codec(this.fields[i].storage());
                if (this.fields[i].isPrimaryKey()) {
                    pk = i;
                }
            }
            this.pkIndex = pk;
            this.relatedKeys = new FieldInfo[related.size()];
            this.related = new ModelReader[related.size()];
            Marks relatedMarks = new Marks(marks.database(), marks.strict(), Set.of());
            int w = this.fields.length;
            for (int i = 0; i < related.size(); i++) {
                SelectShape.Related r = related.get(i);
                relatedKeys[i] = r.foreignKey();
                this.related[i] = new ModelReader(r.model(), r.fields(), r.children(), dialect, relatedMarks);
                w += this.related[i].width;
            }
            this.marks = marks;
            this.width = w;
            FieldInfo discriminator = model.discriminator();
            int d = discriminator == null ? -1 : java.util.Arrays.asList(this.fields).indexOf(discriminator);
            if (d >= 0 && !model.singleTableDescendants().isEmpty()) {
                this.discriminatorIndex = d;
                this.variants = new java.util.HashMap<>();
                this.own = only(model, this.fields);
                variants.put(model.polymorphicIdentity(), new Variant(model, own));
                for (ModelInfo<?> sub : model.singleTableDescendants()) {
                    variants.put(sub.polymorphicIdentity(), new Variant(sub, only(sub, this.fields)));
                }
            } else {
                this.discriminatorIndex = -1;
                this.variants = null;
                this.own = this.fields;
            }
        }

        /** {@code fields}, with null where {@code target} does not have the field (another subclass's column). */
        private static FieldInfo[] only(ModelInfo<?> target, FieldInfo[] fields) {
            FieldInfo[] out = new FieldInfo[fields.length];
            for (int i = 0; i < fields.length; i++) {
                out[i] = target.findField(fields[i].name()) == fields[i] ? fields[i] : null;
            }
            return out;
        }

        int width() {
            return width;
        }

        /** The model at {@code column}, or null when its key is NULL (an outer join found nothing). */
        Entity read(ResultSet rs, int column) throws SQLException {
            // the key is read once: it says whether an outer join found a row, and it is the first value set
            Object key = null;
            if (pkIndex >= 0) {
                key = codecs[pkIndex].read(rs, column + pkIndex);
                if (key == null) {
                    return null;
                }
            }
            Entity m;
            FieldInfo[] set = fields;
            if (variants != null) {
                // single-table inheritance: the discriminator says which class the row is
                Variant v = variants.get((String) codecs[discriminatorIndex].read(rs, column + discriminatorIndex));
                m = v == null ? model.newInstance() : v.model.newInstance();
                set = v == null ? own : v.fields;
            } else {
                m = model.newInstance();
            }
            for (int i = 0; i < set.length; i++) {
                if (set[i] != null) {
                    set[i].setDbValue(m, i == pkIndex ? key : codecs[i].read(rs, column + i));
                }
            }
            Instances.loaded(m, marks.database());
            if (marks.strict()) {
                Instances.setStrict(m, true);
            }
            if (!marks.deferred().isEmpty()) {
                Instances.setDeferred(m, marks.deferred());
            }
            int next = column + fields.length;
            for (int i = 0; i < related.length; i++) {
                Entity r = related[i].read(rs, next);
                ((RelationValues.Key) relatedKeys[i].value(m)).cache(r);
                next += related[i].width;
            }
            // asked per row: a reader is kept, and receivers come and go (cheap while there are none)
            Lifecycle lifecycle = Lifecycle.current();
            if (lifecycle.hears(Lifecycle.Kind.POST_INIT, m.getClass())) {
                lifecycle.init(Lifecycle.Kind.POST_INIT, m);
            }
            return m;
        }
    }
}
