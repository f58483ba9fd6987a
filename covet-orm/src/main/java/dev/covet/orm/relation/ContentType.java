package dev.covet.orm.relation;

import dev.covet.orm.internal.relation.ContentTypeCache;
import dev.covet.orm.meta.RelationValues;
import dev.covet.orm.GetOrCreate;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;

import java.util.Map;

/**
 * One row per model class that generic relations have pointed at (Django's
 * {@code contenttypes.ContentType}): the {@code contentType} half of a {@code @GenericForeignKey}. Rows
 * are made on demand by {@link #forModel(Class)} and cached in memory per database. A model that
 * declares a generic key brings this table with it, as the target of its content-type foreign key.
 *
 * <p>A model is identified by its fully qualified class name rather than its simple name, because two
 * registered models may share a simple name in different packages; the price is that renaming or moving
 * a class leaves its rows under the old name (update them with the rename, as with a table rename).
 *
 * <p>Instances returned by {@link #forModel(Class)} and {@link #forId(Object)} are shared through the
 * cache: treat them as read-only (and after deleting content types, call {@link #clearCache()}). The
 * static methods are thread-safe; instances, like every model instance, are not.
 *
 * <pre>{@code
 * ContentType posts = ContentType.forModel(Post.class);
 * Comment.objects.filter("contentType", posts).filter("objectId", post.id).list();
 * posts.modelClass();                      // Post.class
 * }</pre>
 */
@Meta(table = "covet_content_type", app = "contenttypes", verboseName = "content type")
public final class ContentType extends Model implements RelationValues.ContentTypes {
    /** The manager of the content types. */
    public static final Manager<ContentType> objects = Manager.of(ContentType.class);

    /** The model's fully qualified class name ({@code com.example.blog.Post}). */
    @CharField(maxLength = 255, unique = true) public String model;

    /** A readable name: the model's verbose name ({@code post}). */
    @CharField(maxLength = 255) public String name;

    private ContentType() {
    }

    /**
     * The content type of {@code type} on the {@code default} database, made if it does not exist yet.
     *
     * @param type the model class
     * @return its content type row
     */
    public static ContentType forModel(Class<? extends Model> type) {
        return forModel(type, null);
    }

    /**
     * The content type of {@code type} on the database under {@code alias} (null: {@code default}): from
     * the cache, or fetched or created in one {@code getOrCreate} (safe against a concurrent creation).
     *
     * @param type the model class
     * @param alias the database alias, or null for {@code default}
     * @return its content type row
     */
    public static ContentType forModel(Class<? extends Model> type, String alias) {
        ContentTypeCache cache = ContentTypeCache.of(alias);
        ContentType cached = cache.byModel(type.getName());
        if (cached != null) {
            return cached;
        }
        ModelInfo<?> info = ModelRegistry.info(type);
        GetOrCreate<ContentType> found = objects.all().using(alias)
                .getOrCreate(Map.of("model", info.type().getName()), Map.of("name", info.verboseName()));
        cache.remember(found.object(), found.created());
        return found.object();
    }

    /**
     * The content type with primary key {@code id} on the {@code default} database, from the cache or one query.
     *
     * @param id the content type's primary key
     * @return the content type
     * @throws dev.covet.orm.exception.DoesNotExist if no content type has that key
     */
    public static ContentType forId(Object id) {
        return forId(id, null);
    }

    /**
     * The content type with primary key {@code id} on the database under {@code alias}; {@code DoesNotExist} if none.
     *
     * @param id the content type's primary key
     * @param alias the database alias, or null for {@code default}
     * @return the content type
     * @throws dev.covet.orm.exception.DoesNotExist if no content type has that key
     */
    public static ContentType forId(Object id, String alias) {
        ContentTypeCache cache = ContentTypeCache.of(alias);
        ContentType cached = cache.byId(id);
        if (cached != null) {
            return cached;
        }
        ContentType found = objects.all().using(alias).get("pk", id);
        cache.remember(found, false);
        return found;
    }

    /**
     * Forgets every content type the current runtime's databases cached. Call it when the table was emptied or rewritten behind Covet's back
     * (tests that empty tables between cases); the cache is rebuilt on demand.
     */
    public static void clearCache() {
        ContentTypeCache.clear();
    }

    /**
     * The registered model class this content type names; {@link ImproperlyConfigured} if no registered model has that name.
     *
     * @return the model class
     * @throws dev.covet.orm.exception.ImproperlyConfigured if no registered model has the recorded name
     */
    public Class<? extends Model> modelClass() {
        for (ModelInfo<?> info : ModelRegistry.all()) {
            if (info.type().getName().equals(model)) {
                return info.type().asSubclass(Model.class);
            }
        }
        throw new ImproperlyConfigured("ContentType '" + model + "' names no registered model: register the class "
                + "(Config.models(...)), or update the row if the class was renamed or moved");
    }

    /**
     * The object of this type with primary key {@code pk}, from the database this content type came from.
     *
     * @param pk the primary key of the object
     * @return the object
     * @throws dev.covet.orm.exception.DoesNotExist if no object of this type has that key
     */
    public Model getObjectForThisType(Object pk) {
        return QuerySet.of(modelClass()).using(Instances.database(this)).get("pk", pk);
    }

    @Override
    public String toString() {
        return "ContentType(" + model + ")";
    }
}
