package dev.covet.orm.migrate;

import dev.covet.orm.Covet;
import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AddIndex;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.migrate.operation.AlterModelTable;
import dev.covet.orm.migrate.operation.AlterUniqueTogether;
import dev.covet.orm.migrate.operation.CreateModel;
import dev.covet.orm.migrate.operation.DeleteModel;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.RemoveField;
import dev.covet.orm.migrate.operation.RemoveIndex;
import dev.covet.orm.migrate.operation.RenameField;
import dev.covet.orm.migrate.operation.RenameIndex;
import dev.covet.orm.migrate.operation.RenameModel;
import dev.covet.orm.routing.Routers;

/**
 * Asks the routers ({@code allowMigrate}) whether an operation changes database {@code db}, as Django's
 * operations do: one a router refuses there changes the recorded state only.
 */
final class RoutedOperations {
    private RoutedOperations() {
    }

    static boolean allowed(String db, String app, Operation op) {
        Routers routers = Covet.routers();
        return routers.isEmpty() || routers.allowMigrate(db, app, model(op));
    }

    /** The model an operation changes, or null for one that names none (RunSql, RunJava). */
    static String model(Operation op) {
        return switch (op) {
            case CreateModel c -> c.model().name();
            case DeleteModel d -> d.name();
            case RenameModel r -> r.oldName();
            case AddField a -> a.model();
            case AlterField a -> a.model();
            case RemoveField r -> r.model();
            case RenameField r -> r.model();
            case AddIndex a -> a.model();
            case RemoveIndex r -> r.model();
            case RenameIndex r -> r.model();
            case AlterModelTable a -> a.model();
            case AlterUniqueTogether a -> a.model();
            default -> null;
        };
    }
}
