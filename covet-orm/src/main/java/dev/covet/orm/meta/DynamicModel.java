package dev.covet.orm.meta;

/**
 * A model instance whose fields live in the instance rather than in Java fields of its class, and
 * which carries its own metadata: the historical models migrations give a data step, many of which
 * share one Java class. Covet looks up such an instance's metadata through {@link #dynamicInfo()}.
 */
public interface DynamicModel {
    /** {@return the metadata of this instance's model} */
    ModelInfo<?> dynamicInfo();

    /**
     * The value of a field held by this instance.
     *
     * @param field the field's name
     * @return its Java value, or null if it was never set
     */
    Object dynamicGet(String field);

    /**
     * Sets the value of a field held by this instance.
     *
     * @param field the field's name
     * @param value its Java value
     */
    void dynamicSet(String field, Object value);
}
