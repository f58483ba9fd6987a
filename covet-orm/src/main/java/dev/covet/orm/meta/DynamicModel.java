package dev.covet.orm.meta;

/**
 * A model instance whose fields live in the instance rather than in Java fields of its class, and
 * which carries its own metadata: the historical models migrations give a data step, many of which
 * share one Java class. Covet looks up such an instance's metadata through {@link #dynamicInfo()}.
 */
public interface DynamicModel {
    ModelInfo<?> dynamicInfo();

    Object dynamicGet(String field);

    void dynamicSet(String field, Object value);
}
