package dev.covet.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.covet.orm.Model;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.relation.Ref;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a model as its loaded fields: never calls anything that could query. A foreign key is the
 * related object when it is loaded, else its key; the relations a prefetch cached follow the columns.
 */
final class ModelSerializer extends StdSerializer<Model> {
    private static final long serialVersionUID = 1L;
    /** The models being written, outermost first, for this one {@code writeValue} call. */
    private static final Object OPEN = new Object();

    private final boolean sensitive;

    ModelSerializer(boolean sensitive) {
        super(Model.class);
        this.sensitive = sensitive;
    }

    @Override
    public void serialize(Model m, JsonGenerator gen, SerializerProvider provider) throws IOException {
        @SuppressWarnings("unchecked")
        Set<Model> open = (Set<Model>) provider.getAttribute(OPEN);
        if (open == null) {
            open = Collections.newSetFromMap(new IdentityHashMap<>());
            provider.setAttribute(OPEN, open);
        }
        open.add(m);
        try {
            gen.writeStartObject(m);
            writeFields(m, gen, provider, open);
            gen.writeEndObject();
        } finally {
            open.remove(m);
        }
    }

    private void writeFields(Model m, JsonGenerator gen, SerializerProvider provider, Set<Model> open) throws IOException {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        Set<String> deferred = Instances.deferred(m);
        for (FieldInfo f : info.columns()) {
            if (deferred.contains(f.name()) || (f.isSensitive() && !sensitive)) {
                continue;
            }
            Object v = f.value(m);
            gen.writeFieldName(f.name());
            if (v instanceof Ref<?> ref) {
                Model target = ref.isLoaded() ? ref.get() : null;   // get() of a loaded Ref never queries
                writeRelated(target, target == null ? ref.id() : null, gen, provider, open);
            } else {
                provider.defaultSerializeValue(v, gen);
            }
        }
        Map<String, Object> related = Instances.related(m, false);
        if (related != null) {
            for (Map.Entry<String, Object> e : related.entrySet()) {
                gen.writeFieldName(e.getKey());
                if (e.getValue() instanceof Iterable<?> many) {
                    gen.writeStartArray();
                    for (Object o : many) {
                        writeRelated(o instanceof Model r ? r : null, o instanceof Model ? null : o, gen, provider, open);
                    }
                    gen.writeEndArray();
                } else {
                    writeRelated(e.getValue() instanceof Model r ? r : null, null, gen, provider, open);
                }
            }
        }
        Map<String, Object> annotations = Instances.annotations(m, false);
        if (annotations != null) {
            for (Map.Entry<String, Object> e : annotations.entrySet()) {
                if (info.findField(e.getKey()) == null && (related == null || !related.containsKey(e.getKey()))) {
                    provider.defaultSerializeField(e.getKey(), e.getValue(), gen);
                }
            }
        }
    }

    /** A related object, nested, or its key when it is being written already (the way back); else {@code key}. */
    private void writeRelated(Model target, Object key, JsonGenerator gen, SerializerProvider provider, Set<Model> open) throws IOException {
        if (target == null) {
            provider.defaultSerializeValue(key, gen);
        } else if (open.contains(target)) {
            provider.defaultSerializeValue(target.pk(), gen);
        } else {
            provider.defaultSerializeValue(target, gen);
        }
    }
}
