package dev.covet.orm.routing;

import dev.covet.orm.Model;

/**
 * Decides which database a query or a save goes to, as Django's {@code DATABASE_ROUTERS} do. Routers
 * are configured in order with {@code Config.Builder.routers(...)}; for each question the first router
 * that answers (not null) decides, and when none does Covet uses the instance's own database, else
 * {@code default}. An explicit {@code using(alias)} always wins and asks no router.
 *
 * <pre>{@code
 * class AuditRouter implements Router {
 *     public String dbForRead(Class<? extends Model> model, Hints hints) {
 *         return model == AuditEntry.class ? "audit" : null;
 *     }
 *     public String dbForWrite(Class<? extends Model> model, Hints hints) {
 *         return model == AuditEntry.class ? "audit" : null;
 *     }
 *     public Boolean allowMigrate(String db, String app, String model) {
 *         return "AuditEntry".equals(model) ? db.equals("audit") : null;
 *     }
 * }
 * }</pre>
 */
public interface Router {
    /**
     * The alias to read {@code model} from, or null to let the next router decide.
     *
     * @param model the model class read
     * @param hints the instance or the query of the read
     * @return a database alias, or null
     */
    default String dbForRead(Class<? extends Model> model, Hints hints) {
        return null;
    }

    /**
     * The alias to write {@code model} to (saves, deletes, updates, getOrCreate), or null to let the next router decide.
     *
     * @param model the model class written
     * @param hints the instance or the query of the write
     * @return a database alias, or null
     */
    default String dbForWrite(Class<? extends Model> model, Hints hints) {
        return null;
    }

    /**
     * May {@code a} and {@code b} (instances from their databases) be related? Null lets the next router
     * decide; when none does, they may when they come from the same database.
     *
     * @param a one instance
     * @param b the other instance
     * @return true or false to decide, or null
     */
    default Boolean allowRelation(Model a, Model b) {
        return null;
    }

    /**
     * May the migrations (and {@code Covet.createTables(db)}) create the table of {@code model} (a model
     * name; null for an operation that names none, such as RunSql) of {@code app} on database {@code db}?
     * Null lets the next router decide; when none does, yes.
     *
     * @param db the alias of the database migrated
     * @param app the app (migrations folder) the operation belongs to
     * @param model the model name, or null
     * @return true or false to decide, or null
     */
    default Boolean allowMigrate(String db, String app, String model) {
        return null;
    }

    /**
     * Told that a read this router sent to {@code alias} found that database unreachable: true when the
     * router now sends reads elsewhere, and the read is tried again there (outside a transaction).
     *
     * @param alias the alias of the unreachable database
     * @return true if this router now sends reads elsewhere
     */
    default boolean unreachable(String alias) {
        return false;
    }
}
