package dev.covet.orm.sql;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.OutputType;

import java.util.List;

/**
 * What the columns of a compiled SELECT are, in order, so that rows can be read by position:
 * the model's fields, then each {@code selectRelated} model's fields (depth first), then the
 * annotations; or, for {@code values()}, the named values.
 *
 * @param model           the model of the rows
 * @param fields          the model's fields selected, in column order
 * @param related         the {@code selectRelated} models read from the same row, in column order
 * @param annotationNames the names of the annotations, in column order
 * @param annotationTypes how each annotation's value is read
 * @param valueNames      null for model rows
 * @param valueTypes      for {@code values()}, how each value is read
 */
public record SelectShape(ModelInfo<?> model, List<FieldInfo> fields, List<Related> related,
                          List<String> annotationNames, List<OutputType> annotationTypes,
                          List<String> valueNames, List<OutputType> valueTypes) {
    /**
     * A model loaded through a foreign key in the same row.
     *
     * @param foreignKey the foreign key followed
     * @param model      the model it points at
     * @param fields     that model's fields selected, in column order
     * @param children   the models loaded through its own foreign keys, in column order
     */
    public record Related(FieldInfo foreignKey, ModelInfo<?> model, List<FieldInfo> fields, List<Related> children) {
    }

    /**
     * Are the rows named values ({@code values()}, {@code valuesList()}) rather than model instances?
     *
     * @return true for values
     */
    public boolean isValues() {
        return valueNames != null;
    }
}
