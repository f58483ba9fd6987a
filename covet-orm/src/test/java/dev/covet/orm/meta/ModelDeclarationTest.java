package dev.covet.orm.meta;

import dev.covet.orm.Model;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.field.UUIDField;
import dev.covet.orm.models.Article;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.User;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.Ref;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Models declared wrong fail at registration with a message naming the model and the field. */
class ModelDeclarationTest {
    public static class NoFields extends Model {
        public String notAField;
    }

    public static class TwoKeys extends Model {
        @CharField(maxLength = 5, primaryKey = true) public String a;
        @UUIDField(primaryKey = true) public UUID b;
    }

    @Meta(ordering = "-nope")
    public static class BadOrdering extends Model {
        @CharField(maxLength = 5) public String name;
    }

    public static class NoMaxLength extends Model {
        @CharField public String name;
    }

    public static class NullablePrimitive extends Model {
        @IntegerField(nullable = true) public int count;
    }

    public static class WrongType extends Model {
        @IntegerField public String count;
    }

    public static class BareRef extends Model {
        @CharField(maxLength = 5) public String name;
        public Ref<User> owner;
    }

    public static class SetNullNotNullable extends Model {
        @ForeignKey(onDelete = OnDelete.SET_NULL) public Ref<User> owner;
    }

    @Meta(indexes = @Index(fields = "missing"))
    public static class BadIndex extends Model {
        @CharField(maxLength = 5) public String name;
    }

    @Meta(uniqueTogether = @Unique({"name", "missing"}))
    public static class BadUnique extends Model {
        @CharField(maxLength = 5) public String name;
    }

    public static class IdClash extends Model {
        @IntegerField public Integer id;
    }

    public abstract static class AbstractOnly extends Model {
        @CharField(maxLength = 5) public String name;
    }

    @Meta(table = "bad table")
    public static class BadTable extends Model {
        @CharField(maxLength = 5) public String name;
    }

    public static class ThroughNotAModel extends Model {
        @ManyToManyField(through = String.class) public ManyToMany<Article> articles;
    }

    /** Extends the metadata layer's Entity directly, not Model. */
    public static class NotThroughModel extends Entity {
        @CharField(maxLength = 5) public String name;
    }

    public static class BelowNotThroughModel extends NotThroughModel {
        @CharField(maxLength = 5) public String other;
    }

    @Test
    void registrationErrorsNameTheModelAndTheField() {
        expect(ThroughNotAModel.class, "Model ThroughNotAModel, field articles: through names java.lang.String, which is not a model");
        expect(NoFields.class, "Model NoFields declares no fields");
        expect(TwoKeys.class, "Model TwoKeys declares 2 primary keys (a, b)");
        expect(BadOrdering.class, "Model BadOrdering, Meta.ordering: unknown field 'nope'", "Choices are: id, name");
        expect(NoMaxLength.class, "Model NoMaxLength, field name: is a CharField without maxLength");
        expect(NullablePrimitive.class, "Model NullablePrimitive, field count: is a primitive int and cannot be nullable");
        expect(WrongType.class, "Model WrongType, field count: is declared as String, but its annotation needs int or Integer");
        expect(BareRef.class, "Model BareRef, field owner: is a Ref but has no @ForeignKey");
        expect(SetNullNotNullable.class, "Model SetNullNotNullable, field owner: has onDelete = SET_NULL but is not nullable");
        expect(BadIndex.class, "Model BadIndex, Meta.indexes: unknown field 'missing'");
        expect(BadUnique.class, "Model BadUnique, Meta.uniqueTogether: unknown field 'missing'");
        expect(IdClash.class, "Model IdClash, field id: clashes with the automatic primary key");
        expect(AbstractOnly.class, "Model AbstractOnly is abstract");
        expect(BadTable.class, "table name 'bad table' is not a valid identifier");
        assertThat(ModelRegistry.find(NoFields.class)).isNull();
    }

    @Test
    void onlyClassesExtendingModelAreModels() {
        assertThat(Entity.isBase(Model.class)).isTrue();
        assertThat(Entity.isBase(NotThroughModel.class)).isFalse();
        assertThat(Entity.isModelClass(Article.class)).isTrue();
        assertThat(Entity.isModelClass(Model.class)).isFalse();
        assertThat(Entity.isModelClass(BelowNotThroughModel.class)).isFalse();
        assertThatThrownBy(() -> ModelRegistry.info(BelowNotThroughModel.class)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("is not a model: models extend dev.covet.orm.Model");
    }

    private static void expect(Class<? extends Model> type, String... fragments) {
        var assertion = assertThatThrownBy(() -> ModelRegistry.register(List.of(type))).isInstanceOf(ImproperlyConfigured.class);
        for (String f : fragments) {
            assertion.hasMessageContaining(f);
        }
    }

    @Test
    void metadataOfAWellDeclaredModel() {
        ModelInfo<Article> info = ModelRegistry.info(Article.class);
        assertThat(info.table()).isEqualTo("articles");
        assertThat(info.fields()).extracting(FieldInfo::name)
                .containsExactly("id", "createdAt", "updatedAt", "title", "slug", "content", "publishedAt");
        assertThat(info.pk().name()).isEqualTo("id");
        assertThat(info.pk().isAutoCreated()).isTrue();
        assertThat(info.field("slug").column()).isEqualTo("url_slug");
        assertThat(info.field("publishedAt").column()).isEqualTo("published_at");
        assertThat(info.ordering()).containsExactly("-publishedAt", "title");
        assertThat(info.indexes()).extracting(i -> i.name()).containsExactly("articles_url_slug_idx", "articles_pub_title");
        assertThat(info.uniqueTogether()).hasSize(1);
        assertThat(info.verboseName()).isEqualTo("article");
        assertThat(info.verboseNamePlural()).isEqualTo("articles");
        assertThat(info.field("createdAt").isEditable()).isFalse();

        ModelInfo<User> user = ModelRegistry.info(User.class);
        assertThat(user.table()).isEqualTo("user");
        assertThat(user.field("isStaff").column()).isEqualTo("is_staff");
        assertThat(ModelRegistry.info(Everything.class).fields()).hasSize(22);
        assertThatThrownBy(() -> user.field("nickname"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot resolve keyword 'nickname' into field of User")
                .hasMessageContaining("username");
    }
}
