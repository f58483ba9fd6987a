package dev.covet.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.covet.orm.Model;

import java.lang.reflect.Modifier;

/**
 * Jackson support for Covet models: register it on an {@code ObjectMapper} and every {@link Model}
 * is written as its fields and read back into an unsaved instance.
 *
 * <pre>{@code
 * import com.fasterxml.jackson.databind.ObjectMapper;
 * import dev.covet.jackson.CovetModule;
 *
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CovetModule());
 * String json = mapper.writeValueAsString(Book.objects.selectRelated("author").get("id", 1));
 * // {"id":1,"title":"Dune","author":{"id":3,"name":"Ann"}}
 * Book draft = mapper.readValue("{\"title\":\"Emma\",\"author\":3}", Book.class);   // unsaved
 * }</pre>
 *
 * <p>Writing: each column field by name, in declaration order; a foreign key as the related object
 * when it is loaded ({@code selectRelated}, a prefetch, an assigned object), else as its key; to-many
 * relations and reverse one-to-ones only when prefetched, as arrays (or an object); annotation values
 * by their names. Deferred fields ({@code only} / {@code defer}) are left out, and writing never queries.
 * Fields marked {@code sensitive} are left out unless {@link #includeSensitive()} says otherwise. An
 * object already being written higher up (the way back along a relation) is written as its key.
 *
 * <p>Reading: fields by name (a foreign key from its key, or from an object holding the key), into a
 * new unsaved instance made as {@code Model.fromDict} makes one; to-many relations and annotations in
 * the input are skipped, as they are not the instance's own columns. An unknown name fails unless the
 * mapper ignores unknown properties.
 */
public final class CovetModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Are {@code sensitive} fields written? */
    private final boolean sensitive;

    /** The module, leaving {@code sensitive} fields out of the JSON. */
    public CovetModule() {
        this(false);
    }

    private CovetModule(boolean sensitive) {
        super("CovetModule", Version.unknownVersion());
        this.sensitive = sensitive;
    }

    /**
     * A module that writes {@code sensitive} fields too (they are left out by default).
     *
     * @return a new module
     */
    public CovetModule includeSensitive() {
        return new CovetModule(true);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        ModelSerializer serializer = new ModelSerializer(sensitive);
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
                return Model.class.isAssignableFrom(type.getRawClass()) ? serializer : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                if (Model.class.isAssignableFrom(raw) && !Modifier.isAbstract(raw.getModifiers())) {
                    return new ModelDeserializer(raw.asSubclass(Model.class));
                }
                return null;
            }
        });
    }

    @Override
    public Object getTypeId() {
        return CovetModule.class.getName() + (sensitive ? "+sensitive" : "");
    }
}
