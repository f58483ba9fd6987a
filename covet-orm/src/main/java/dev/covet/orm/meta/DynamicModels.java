package dev.covet.orm.meta;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the metadata of a model that has no class of its own (a historical model): a name, a table
 * and plain columns, each read and written through the instance's {@link DynamicModel} values. Such
 * a model is not registered; its QuerySets work like any other's, without relations.
 */
public final class DynamicModels {
    private DynamicModels() {
    }

    /**
     * One column of a dynamic model.
     *
     * @param name          the field name, used in lookups
     * @param column        the column name
     * @param kind          the declared kind, as a field annotation would give it
     * @param storage       the canonical value the column carries
     * @param nullable      may the column hold NULL?
     * @param primaryKey    is this the primary key?
     * @param maxLength     the maximum length; 0 or less for none
     * @param maxDigits     a decimal's total digits
     * @param decimalPlaces a decimal's digits after the point
     */
    public record Column(String name, String column, FieldKind kind, Storage storage, boolean nullable, boolean primaryKey,
                         int maxLength, int maxDigits, int decimalPlaces) {
    }

    /**
     * The metadata of model {@code name} over {@code table}, instances made by {@code factory} (given the
     * metadata they belong to) of class {@code type}.
     *
     * @param type     the class of every instance
     * @param name     the model's name
     * @param table    the table the model reads and writes
     * @param columns  the columns, in table order
     * @param factory  makes an empty instance, given the metadata it belongs to
     * @param <T>      the instances' class
     * @return the metadata; not registered
     */
    public static <T extends Entity & DynamicModel> ModelInfo<T> build(Class<T> type, String name, String table, List<Column> columns,
                                                                       java.util.function.Function<ModelInfo<T>, T> factory) {
        ModelSpec spec = new ModelSpec();
        spec.type = type;
        spec.name = name;
        spec.table = table;
        spec.verboseName = Naming.words(name);
        spec.verboseNamePlural = spec.verboseName + "s";
        for (Column c : columns) {
            FieldSpec f = new FieldSpec();
            f.name = c.name();
            f.column = c.column();
            f.kind = c.kind();
            f.storage = c.storage();
            f.javaType = javaType(c.storage());
            f.nullable = c.nullable();
            f.blank = true;
            f.primaryKey = c.primaryKey();
            f.maxLength = c.maxLength() > 0 ? c.maxLength() : -1;
            f.maxDigits = c.maxDigits();
            f.decimalPlaces = c.decimalPlaces();
            f.access = FieldAccess.dynamic(c.name());
            spec.fields.add(f);
        }
        AtomicReference<ModelInfo<T>> self = new AtomicReference<>();
        spec.constructor = () -> factory.apply(self.get());
        ModelInfo<T> info = new ModelInfo<>(spec);
        self.set(info);
        return info;
    }

    private static Class<?> javaType(Storage storage) {
        return switch (storage) {
            case STRING, JSON -> String.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case SHORT -> Short.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case DECIMAL -> BigDecimal.class;
            case BOOLEAN -> Boolean.class;
            case TIMESTAMP -> Instant.class;
            case DATE -> LocalDate.class;
            case TIME -> LocalTime.class;
            case BYTES -> byte[].class;
            case UUID -> UUID.class;
            case ARRAY -> List.class;
        };
    }
}
