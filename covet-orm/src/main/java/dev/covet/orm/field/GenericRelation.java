package dev.covet.orm.field;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reverse side of a {@link GenericForeignKey} (Django's {@code GenericRelation}), declared on a
 * model the generic key may point at and held in a {@code GenericRelatedManager<T>} field, whose
 * type argument names the model that declares the generic key. Deleting an instance deletes its
 * generically related objects (with their own cascades and delete signals); without this
 * declaration they are left pointing at the deleted row.
 *
 * <pre>{@code
 * @GenericRelation public GenericRelatedManager<Comment> comments;
 * @GenericRelation(ctField = "targetType", fkField = "targetKey") public GenericRelatedManager<Bookmark> bookmarks;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GenericRelation {
    /** {@return the content-type field of the generic key on the related model (Django's {@code content_type_field})} */
    String ctField() default "contentType";

    /** {@return the object-id field of the generic key on the related model (Django's {@code object_id_field})} */
    String fkField() default "objectId";
}
