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
 * @param valueNames null for model rows
 */
public record SelectShape(ModelInfo<?> model, List<FieldInfo> fields, List<Related> related,
                          List<String> annotationNames, List<OutputType> annotationTypes,
                          List<String> valueNames, List<OutputType> valueTypes) {
    /** A model loaded through a foreign key in the same row. */
    public record Related(FieldInfo foreignKey, ModelInfo<?> model, List<FieldInfo> fields, List<Related> children) {
    }

    public boolean isValues() {
        return valueNames != null;
    }
}
