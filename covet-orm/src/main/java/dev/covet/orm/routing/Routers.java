package dev.covet.orm.routing;

import dev.covet.orm.Config;
import dev.covet.orm.Model;
import dev.covet.orm.exception.RoutingError;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;

import java.util.List;

/** The configured routers, asked in order (Django's {@code ConnectionRouter}). Immutable. */
public final class Routers {
    /** No routers: every call goes to the instance's database or {@code default}. */
    public static final Routers NONE = new Routers(List.of());

    private final List<Router> routers;

    /**
     * The routers, asked in the order given.
     *
     * @param routers the routers; copied
     */
    public Routers(List<Router> routers) {
        this.routers = List.copyOf(routers);
    }

    /**
     * Are there no routers?
     *
     * @return true when none is configured
     */
    public boolean isEmpty() {
        return routers.isEmpty();
    }

    /**
     * The routers, in the order they are asked.
     *
     * @return the routers, unmodifiable
     */
    public List<Router> all() {
        return routers;
    }

    /**
     * The alias to read {@code model} from: the first router's answer, else the instance's database, else default.
     *
     * @param model the model read
     * @param hints the instance or the query of the read
     * @return the database alias, never null
     */
    public String forRead(ModelInfo<?> model, Hints hints) {
        for (Router r : routers) {
            String alias = r.dbForRead(model.type().asSubclass(Model.class), hints);
            if (alias != null) {
                return alias;
            }
        }
        return fallback(hints);
    }

    /**
     * The alias to write {@code model} to: the first router's answer, else the instance's database, else default.
     *
     * @param model the model written
     * @param hints the instance or the query of the write
     * @return the database alias, never null
     */
    public String forWrite(ModelInfo<?> model, Hints hints) {
        for (Router r : routers) {
            String alias = r.dbForWrite(model.type().asSubclass(Model.class), hints);
            if (alias != null) {
                return alias;
            }
        }
        return fallback(hints);
    }

    private static String fallback(Hints hints) {
        if (hints.instance() != null && Instances.database(hints.instance()) != null) {
            return Instances.database(hints.instance());
        }
        return Config.DEFAULT;
    }

    /**
     * Fails with a {@link RoutingError} unless {@code a} may be related to {@code b}: a router allows it,
     * or none decides and both come from one database (an unsaved one has none yet, and may).
     *
     * @param a one instance
     * @param b the instance to relate to it
     * @throws dev.covet.orm.exception.RoutingError if they may not be related
     */
    public void checkRelation(Model a, Model b) {
        if (a == null || b == null) {
            return;
        }
        for (Router r : routers) {
            Boolean allowed = r.allowRelation(a, b);
            if (allowed != null) {
                if (allowed) {
                    return;
                }
                throw refused(a, b, "a router refuses it");
            }
        }
        String da = Instances.database(a);
        String db = Instances.database(b);
        if (da != null && db != null && !da.equals(db)) {
            throw refused(a, b, "no router allows a relation across databases");
        }
    }

    private static RoutingError refused(Model a, Model b, String why) {
        return new RoutingError("Cannot relate " + a.getClass().getSimpleName() + " " + a.pk() + " from database '"
                + Instances.database(a) + "' to " + b.getClass().getSimpleName() + " " + b.pk() + " from database '"
                + Instances.database(b) + "': " + why);
    }

    /**
     * May the table of {@code model} of {@code app} be created on {@code db}? The first router's answer, else yes.
     *
     * @param db the alias of the database migrated
     * @param app the app (migrations folder) the operation belongs to
     * @param model the model name, or null
     * @return true unless a router refuses
     */
    public boolean allowMigrate(String db, String app, String model) {
        for (Router r : routers) {
            Boolean allowed = r.allowMigrate(db, app, model);
            if (allowed != null) {
                return allowed;
            }
        }
        return true;
    }

    /**
     * Tells the routers that {@code alias} could not be reached: true when one of them now reads elsewhere.
     *
     * @param alias the alias of the unreachable database
     * @return true if a router now sends reads elsewhere
     */
    public boolean unreachable(String alias) {
        boolean rerouted = false;
        for (Router r : routers) {
            rerouted |= r.unreachable(alias);
        }
        return rerouted;
    }
}
