package dev.covet.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.covet.orm.Model;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.relation.Ref;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON object into a new, unsaved model instance: fields by name (or a key's {@code authorId}),
 * a foreign key from its key or from an object holding the key. What is not a column of the model (a
 * to-many relation, a reverse one-to-one, an annotation a query added) is skipped.
 */
final class ModelDeserializer extends StdDeserializer<Model> {
    private static final long serialVersionUID = 1L;

    private final Class<? extends Model> type;

    ModelDeserializer(Class<? extends Model> type) {
        super(type);
        this.type = type;
    }

    @Override
    public Model deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            p.nextToken();
        } else if (p.currentToken() != JsonToken.FIELD_NAME && p.currentToken() != JsonToken.END_OBJECT) {
            return (Model) ctxt.handleUnexpectedToken(type, p);
        }
        ModelInfo<?> info = ModelRegistry.info(type);
        Model m = Model.fromDict(type, Map.of());
        for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            FieldInfo f = info.findField(name);
            if (f == null || !f.hasColumn()) {
                if (f == null && !readOnly(info, name) && ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
                    List<Object> choices = new ArrayList<>();
                    info.columns().forEach(c -> choices.add(c.name()));
                    throw UnrecognizedPropertyException.from(p, m, name, choices);
                }
                p.skipChildren();
                continue;
            }
            try {
                if (f.relation() != null) {
                    readKey(m, f, name, ctxt.readTree(p), ctxt);
                } else if (p.currentToken() == JsonToken.VALUE_NULL) {
                    if (f.javaType().isPrimitive()) {
                        throw MismatchedInputException.from(p, f.javaType(), f + " is a primitive " + f.javaType().getName()
                                + " and cannot be null");
                    }
                    f.setValue(m, null);
                } else {
                    JavaType t = ctxt.getTypeFactory().constructType(f.genericType());
                    f.setValue(m, ctxt.readValue(p, t));
                }
            } catch (JsonMappingException ex) {
                throw JsonMappingException.wrapWithPath(ex, m, name);
            }
        }
        return m;
    }

    /** The to-many relations and reverse accessors that written JSON holds when they were prefetched. */
    private static boolean readOnly(ModelInfo<?> info, String name) {
        return info.findReverseByAccessor(name) != null || info.findGenericRelation(name) != null;
    }

    private static void readKey(Model m, FieldInfo f, String name, JsonNode node, DeserializationContext ctxt) throws IOException {
        Ref<?> ref = (Ref<?>) f.value(m);
        FieldInfo key = f.relation().targetField();
        JsonNode value = node;
        if (node.isObject()) {
            value = node.get(key.name());
            if (value == null && node.has("pk")) {
                value = node.get("pk");
            }
            if (value == null) {
                throw MismatchedInputException.from(ctxt.getParser(), f.javaType(),
                        name + " is " + f.relation().target().name() + " written as an object without its key '" + key.name() + "'");
            }
        }
        if (value.isNull()) {
            ref.clear();
            return;
        }
        Class<?> keyType = key.javaType().isPrimitive()
                ? java.lang.invoke.MethodType.methodType(key.javaType()).wrap().returnType() : key.javaType();
        ref.setId(ctxt.readTreeAsValue(value, keyType));
    }
}
