package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BigIntegerField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.GenericForeignKey;
import dev.covet.orm.field.GenericRelation;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.TextField;
import dev.covet.orm.relation.ContentType;
import dev.covet.orm.relation.GenericRef;
import dev.covet.orm.relation.GenericRelatedManager;
import dev.covet.orm.relation.Ref;

/** A comment on any model (a post, a photo, another comment), through a generic key. */
public class Comment extends Model {
    public static final Manager<Comment> objects = Manager.of(Comment.class);

    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<ContentType> contentType;
    @BigIntegerField public Long objectId;
    @GenericForeignKey(ctField = "contentType", fkField = "objectId") public GenericRef<Model> contentObject;
    @TextField public String text;

    /** Comments on this comment: deleting a comment deletes its replies. */
    @GenericRelation public GenericRelatedManager<Comment> replies;
}
