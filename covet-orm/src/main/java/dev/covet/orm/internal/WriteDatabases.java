package dev.covet.orm.internal;

import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.routing.Hints;
import dev.covet.orm.routing.Routers;

/** The database an instance is written to (saved, deleted): what persistence is handed. Stateless; safe to call from any thread. */
public final class WriteDatabases {
    private WriteDatabases() {
    }

    /**
     * The database {@code m} is written to: {@code explicit} when given, else {@link #alias}'s.
     *
     * @param m the instance
     * @param explicit a database alias, or null
     * @return the database
     */
    public static Database of(Model m, String explicit) {
        return Covet.database(explicit != null ? explicit : alias(m));
    }

    /**
     * Where {@code m} is written: the routers' choice, else the database it came from, else default.
     *
     * @param m the instance
     * @return the database's alias; null for the default
     */
    public static String alias(Model m) {
        Routers routers = Covet.routers();
        if (routers.isEmpty()) {
            return Instances.database(m);
        }
        return routers.forWrite(ModelRegistry.infoOf(m), Hints.instance(m));
    }
}
