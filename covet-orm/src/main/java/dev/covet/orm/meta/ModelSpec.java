package dev.covet.orm.meta;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/** The mutable description of a model while it is being registered. */
final class ModelSpec {
    Class<?> type;
    String table;
    boolean managed = true;
    String verboseName;
    String verboseNamePlural;
    List<FieldSpec> fields = new ArrayList<>();
    List<String> ordering = new ArrayList<>();
    List<IndexSpec> indexes = new ArrayList<>();
    List<List<String>> uniqueTogether = new ArrayList<>();
    MethodHandle constructor;
    boolean pkHasDefault;

    record IndexSpec(String name, List<String> fields, List<Boolean> descending, boolean unique) {
    }
}
