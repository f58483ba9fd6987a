package dev.covet.orm.meta;

import java.util.ArrayList;
import java.util.List;

/** The mutable description of a model while it is being registered. */
final class ModelSpec {
    Class<?> type;
    /** The model's name when it is not its class's (a dynamic model). */
    String name;
    String table;
    boolean managed = true;
    String verboseName;
    String verboseNamePlural;
    List<FieldSpec> fields = new ArrayList<>();
    List<String> ordering = new ArrayList<>();
    List<IndexSpec> indexes = new ArrayList<>();
    List<List<String>> uniqueTogether = new ArrayList<>();
    /** The no-argument constructor ({@link Constructors}). */
    java.util.function.Supplier<Entity> constructor;
    boolean pkHasDefault;
    /** How this model inherits from a concrete model, if it does. */
    Inheritance inheritance = Inheritance.NONE;
    /** The concrete parent's metadata, or null. */
    ModelInfo<?> inherited;
    /** The single-table discriminator value of this class (single-table models only). */
    String identity;

    /** The ways a model can stand on a concrete parent. */
    enum Inheritance { NONE, PROXY, SINGLE_TABLE, MULTI_TABLE }
    /** The {@code @GenericForeignKey} and {@code @GenericRelation} fields, which have no column. */
    List<GenericSpec> generics = new ArrayList<>();

    record IndexSpec(String name, List<String> fields, List<Boolean> descending, boolean unique, boolean search) {
    }

    /**
     * A generic relation field: a generic key ({@code related} null) or the reverse side of one.
     *
     * @param related the model holding the generic key, for a {@code @GenericRelation}
     */
    record GenericSpec(String name, String ctField, String fkField, Class<? extends Entity> related,
                       FieldAccess access) {
        boolean isKey() {
            return related == null;
        }
    }
}
