package dev.covet.orm.relation;

import dev.covet.orm.Model;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.BigIntegerField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.GenericForeignKey;
import dev.covet.orm.field.GenericRelation;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Comment;
import dev.covet.orm.models.Post;
import dev.covet.orm.models.Tag;
import dev.covet.orm.models.User;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generic keys and relations declared wrong fail at registration, naming the model and the field. */
class GenericDeclarationTest {

    public static class CtNotAKey extends Model {
        @IntegerField public Integer contentType;
        @BigIntegerField public Long objectId;
        @GenericForeignKey public GenericRef<Model> target;
    }

    public static class CtToAnotherModel extends Model {
        @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<User> contentType;
        @BigIntegerField public Long objectId;
        @GenericForeignKey public GenericRef<Model> target;
    }

    public static class NoCtField extends Model {
        @BigIntegerField public Long objectId;
        @GenericForeignKey(ctField = "kind") public GenericRef<Model> target;
    }

    public static class NoFkField extends Model {
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "+") public Ref<ContentType> contentType;
        @GenericForeignKey public GenericRef<Model> target;
    }

    public static class DateObjectId extends Model {
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "+") public Ref<ContentType> contentType;
        @DateField public LocalDate objectId;
        @GenericForeignKey public GenericRef<Model> target;
    }

    public static class BareGenericRef extends Model {
        @CharField(maxLength = 5) public String name;
        public GenericRef<Model> target;
    }

    public static class GenericKeyOnARef extends Model {
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "+") public Ref<ContentType> contentType;
        @BigIntegerField public Long objectId;
        @GenericForeignKey public Ref<User> target;
    }

    public static class RelationWithoutModel extends Model {
        @CharField(maxLength = 5) public String name;
        @GenericRelation public GenericRelatedManager<Model> comments;
    }

    public static class RelationToNoGenericKey extends Model {
        @CharField(maxLength = 5) public String name;
        @GenericRelation public GenericRelatedManager<Tag> tags;
    }

    public static class RelationToOtherFields extends Model {
        @CharField(maxLength = 5) public String name;
        @GenericRelation(fkField = "targetKey") public GenericRelatedManager<Comment> comments;
    }

    public static class KeyNamedLikeARawKey extends Model {
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "+") public Ref<ContentType> contentType;
        @BigIntegerField public Long objectId;
        @GenericForeignKey public GenericRef<Model> contentTypeId;
    }

    public static class Clashing extends Model {
        @CharField(maxLength = 5) public String name;
        @GenericRelation public GenericRelatedManager<Comment> notes;
    }

    public static class ClashingKey extends Model {
        @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "notes") public Ref<Clashing> owner;
    }

    @Test
    void badDeclarationsNameTheModelAndTheField() {
        expect(CtNotAKey.class, "Model CtNotAKey, field target: ctField 'contentType' must be a @ForeignKey to ContentType");
        expect(CtToAnotherModel.class, "Model CtToAnotherModel, field target: ctField 'contentType' must be a @ForeignKey to ContentType");
        expect(NoCtField.class, "Model NoCtField, field target: ctField 'kind' is not a field of NoCtField");
        expect(NoFkField.class, "Model NoFkField, field target: fkField 'objectId' is not a field of NoFkField", "Choices are: id, contentType");
        expect(DateObjectId.class, "Model DateObjectId, field target: fkField 'objectId' is a DATE field",
                "@IntegerField, @BigIntegerField, @CharField, @TextField or @UUIDField");
        expect(BareGenericRef.class, "Model BareGenericRef, field target: is a GenericRef but has no @GenericForeignKey");
        expect(GenericKeyOnARef.class, "Model GenericKeyOnARef, field target: is declared as Ref, but @GenericForeignKey needs GenericRef<Model>");
        expect(RelationWithoutModel.class, "Model RelationWithoutModel, field comments: does not say which model holds the generic key");
        expect(RelationToNoGenericKey.class, "Model RelationToNoGenericKey, field tags: Tag has no @GenericForeignKey over ctField 'contentType'");
        expect(RelationToOtherFields.class, "Model RelationToOtherFields, field comments: Comment has no @GenericForeignKey",
                "fkField 'targetKey'", "its generic keys: [contentObject(contentType, objectId)]");
        expect(KeyNamedLikeARawKey.class, "Model KeyNamedLikeARawKey, field contentTypeId: clashes with the key of relation contentType");
        expect(ClashingKey.class, "Model ClashingKey, field owner: its reverse accessor 'Clashing.notes' clashes with the generic relation");
        assertThat(ModelRegistry.find(CtNotAKey.class)).isNull();
        assertThat(ModelRegistry.find(ClashingKey.class)).isNull();
    }

    private static void expect(Class<? extends Model> type, String... fragments) {
        var assertion = assertThatThrownBy(() -> ModelRegistry.register(List.of(type))).isInstanceOf(ImproperlyConfigured.class);
        for (String f : fragments) {
            assertion.hasMessageContaining(f);
        }
    }

    @Test
    void aGenericKeyIsNotAColumn() {
        var info = ModelRegistry.info(Comment.class);
        assertThat(info.columns()).extracting(f -> f.name()).containsExactly("id", "contentType", "objectId", "text");
        assertThat(info.findGenericForeignKey("contentObject").ctField().name()).isEqualTo("contentType");
        assertThat(info.findGenericForeignKey("contentObject").fkField().name()).isEqualTo("objectId");
        assertThat(ModelRegistry.info(Post.class).findGenericRelation("comments").relatedModel()).isSameAs(info);
        assertThat(ModelRegistry.info(ContentType.class).table()).isEqualTo("covet_content_type");
    }
}
