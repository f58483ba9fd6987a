package dev.covet.orm.migrate;

import dev.covet.orm.meta.Naming;
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

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Readable names for new migrations, made from what they do ({@code 0002_book_isbn}), as Django names them. */
final class MigrationNames {
    private static final int MAX = 52;

    private MigrationNames() {
    }

    static String number(int n) {
        return String.format("%04d", n);
    }

    static String suggest(List<Operation> ops, boolean initial) {
        if (initial) {
            return "initial";
        }
        if (ops.isEmpty()) {
            return "auto_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
        }
        String joined = String.join("_", ops.stream().map(MigrationNames::fragment).toList());
        if (joined.length() <= MAX) {
            return joined;
        }
        return "auto_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
    }

    private static String fragment(Operation op) {
        return switch (op) {
            case CreateModel c -> snake(c.model().name());
            case DeleteModel d -> "delete_" + snake(d.name());
            case RenameModel r -> "rename_" + snake(r.oldName()) + "_" + snake(r.newName());
            case AlterModelTable a -> "alter_" + snake(a.model()) + "_table";
            case AddField a -> snake(a.model()) + "_" + snake(a.field().name());
            case RemoveField r -> "remove_" + snake(r.model()) + "_" + snake(r.name());
            case AlterField a -> "alter_" + snake(a.model()) + "_" + snake(a.field().name());
            case RenameField r -> "rename_" + snake(r.oldName()) + "_" + snake(r.model()) + "_" + snake(r.newName());
            case AddIndex a -> snake(a.model()) + "_" + a.index().name().toLowerCase();
            case RemoveIndex r -> "remove_" + snake(r.model()) + "_" + r.name().toLowerCase();
            case RenameIndex r -> "rename_" + r.oldName().toLowerCase() + "_" + r.newName().toLowerCase();
            case AlterUniqueTogether a -> "alter_" + snake(a.model()) + "_unique_together";
            case dev.covet.orm.migrate.operation.AddConstraint a -> snake(a.model()) + "_" + a.constraint().name().toLowerCase();
            case dev.covet.orm.migrate.operation.RemoveConstraint r -> "remove_" + snake(r.model()) + "_" + r.name().toLowerCase();
            default -> "custom";
        };
    }

    private static String snake(String name) {
        return Naming.snakeCase(name);
    }
}
