package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A relation to a row of any model (Django's {@code GenericForeignKey}), held in a
 * {@code GenericRef<Model>} field that has no column of its own: it reads and writes two ordinary
 * fields of the same model, a foreign key to {@code ContentType} (which model) and an object id
 * (which row of it).
 *
 * <p>The object id may be an {@code @IntegerField}, {@code @BigIntegerField}, {@code @CharField},
 * {@code @TextField} or {@code @UUIDField}; it must be able to hold the primary keys of the models it
 * points at ({@code @BigIntegerField} for the automatic {@code Long id}, a text field for keys of mixed
 * types).
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<ContentType> contentType;
 * @BigIntegerField public Long objectId;
 * @GenericForeignKey(ctField = "contentType", fkField = "objectId") public GenericRef<Model> contentObject;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GenericForeignKey {
    /** {@return the name of the foreign key to {@code ContentType}} */
    String ctField() default "contentType";

    /** {@return the name of the field that holds the target's primary key} */
    String fkField() default "objectId";
}
