package dev.covet.orm.migrate;

import dev.covet.orm.migrate.operation.AddField;
import dev.covet.orm.migrate.operation.AddIndex;
import dev.covet.orm.migrate.operation.AlterField;
import dev.covet.orm.migrate.operation.AlterModelTable;
import dev.covet.orm.migrate.operation.AlterUniqueTogether;
import dev.covet.orm.migrate.operation.DeleteModel;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.RemoveField;
import dev.covet.orm.migrate.operation.RenameField;
import dev.covet.orm.migrate.operation.RenameModel;
import dev.covet.orm.migrate.operation.RunSql;
import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.sql.Dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Flags operations that are risky on a database in use, each with a safer way: those that lose data
 * (dropping a table or column), break code still running against the old schema (renames, a NOT NULL
 * column without a value), or lock a large table (an index built without CONCURRENTLY on PostgreSQL,
 * a column type change that rewrites the table, MariaDB changes that cannot run in place). One line
 * per finding: {@code app.migration #n [rule] message. Safer: ...}.
 */
final class MigrationLinter {
    private MigrationLinter() {
    }

    /**
     * The findings on every migration of {@code app} (null: of every app), in dependency order
     * ({@code lintmigrations}).
     *
     * @param graph the migrations
     * @param app the app label, or null for every app
     * @param d the dialect whose locking and rewrites are judged
     * @return one line per finding; empty when there is none
     */
    public static List<String> lint(MigrationGraph graph, String app, Dialect d) {
        List<String> out = new ArrayList<>();
        for (String k : graph.order(graph.nodes().keySet())) {
            Migration m = graph.get(k);
            if (app != null && !m.app().equals(app)) {
                continue;
            }
            Set<String> before = new LinkedHashSet<>(graph.ancestors(k));
            before.remove(k);
            ProjectState state = graph.state(before);
            int i = 0;
            for (Operation op : m.operations()) {
                i++;
                for (String finding : findings(op, m, state, d)) {
                    out.add(k + " #" + i + " " + finding);
                }
                state = op.stateForwards(m.app(), state);
            }
        }
        return out;
    }

    /** The findings of one operation, given the state before it. */
    static List<String> findings(Operation op, Migration m, ProjectState state, Dialect d) {
        List<String> out = new ArrayList<>();
        switch (op) {
            case DeleteModel x -> out.add("[drop-table] Delete model " + x.name() + " drops its table and every row in it. "
                    + "Safer: stop using the model in one release, back the data up, and delete it in a later one.");
            case RemoveField x -> out.add("[drop-column] Remove field " + x.name() + " from " + x.model() + " drops the column and its data, "
                    + "and code still running the old version fails on it. Safer: stop reading and writing the field first, "
                    + "deploy, then remove it in a later migration.");
            case RenameField x -> out.add("[rename-column] Renaming " + x.model() + "." + x.oldName() + " breaks code still running with "
                    + "the old name. Safer: add the new field, copy the data (RunJava), switch the code over, then remove the old one.");
            case RenameModel x -> out.add("[rename-table] Renaming model " + x.oldName() + " renames its table under running code. "
                    + "Safer: keep the table with @Meta(table = ...) and rename only the class.");
            case AlterModelTable x -> out.add("[rename-table] Renaming the table of " + x.model() + " breaks code still running with "
                    + "the old name. Safer: keep the old table name with @Meta(table = ...).");
            case AddField x -> {
                FieldState f = x.field();
                // a database default fills the existing rows, so such a field needs no value
                if (!f.nullable() && !f.isManyToMany() && x.fill() == null && f.dbDefault() == null) {
                    out.add("[not-null-without-default] Adding NOT NULL field " + x.model() + "." + f.name() + " without a value "
                            + "fails on a table with rows. Safer: add it nullable, fill it, then make it NOT NULL.");
                }
                if (!f.nullable() && x.fill() != null) {
                    out.add("[table-rewrite] Adding NOT NULL field " + x.model() + "." + f.name() + " writes its value into every "
                            + "existing row in one statement, locking the table while it runs. Safer on a large table: add it "
                            + "nullable, fill it in batches (RunJava), then make it NOT NULL.");
                }
                if (f.unique()) {
                    out.add("[lock-table] Adding unique field " + x.model() + "." + f.name() + " builds its index while writes wait. "
                            + "Safer: add the field, then the unique index CONCURRENTLY (PostgreSQL) in its own migration.");
                }
            }
            case AlterField x -> {
                ModelState model = state.find(ProjectState.label(m.app(), x.model()));
                FieldState old = model == null ? null : model.field(x.field().name());
                if (old != null) {
                    FieldState f = x.field();
                    if (!f.type().equals(old.type()) || f.maxLength() < old.maxLength() || f.maxDigits() != old.maxDigits()
                            || f.decimalPlaces() != old.decimalPlaces()) {
                        out.add("[type-change] Changing the type of " + x.model() + "." + f.name() + " rewrites the table"
                                + d.ddl().typeChangeNote()
                                + " and can lose data that does not fit. Safer: add a new field of the new type, copy the data, switch over.");
                    }
                    if (old.nullable() && !f.nullable()) {
                        out.add("[not-null] Making " + x.model() + "." + f.name() + " NOT NULL scans the table under a lock and fails "
                                + "while rows hold NULL. Safer: fill the NULLs first; on PostgreSQL add a CHECK (... IS NOT NULL) NOT VALID, "
                                + "validate it, then set NOT NULL.");
                    }
                    if (!old.column().equals(f.column())) {
                        out.add("[rename-column] Changing the column of " + x.model() + "." + f.name() + " breaks code still running "
                                + "with the old column.");
                    }
                }
            }
            case AddIndex x -> {
                if (!x.concurrently() && d.ddl().buildsIndexesConcurrently()) {
                    out.add("[index-lock] Building index " + x.index().name() + " without CONCURRENTLY blocks writes to the table "
                            + "while it builds. Safer: \"concurrently\": true in a migration with \"atomic\": false.");
                }
            }
            case dev.covet.orm.migrate.operation.AddConstraint x when x.constraint().isCheck() -> {
                String advice = d.ddl().checkConstraintLockAdvice(x.constraint().name(), x.model());
                if (advice != null) {
                    out.add("[check-lock] " + advice);
                }
            }
            case dev.covet.orm.migrate.operation.AddConstraint x -> out.add("[lock-table] Adding unique constraint "
                    + x.constraint().name() + " builds a unique index while writes wait, and fails if rows already repeat. "
                    + "Safer: check for duplicates first; build the index CONCURRENTLY (PostgreSQL) with RunSQL.");
            case AlterUniqueTogether x -> out.add("[lock-table] Changing unique_together of " + x.model() + " builds a unique index "
                    + "while writes wait, and fails if rows already repeat. Safer: check for duplicates first; build the index "
                    + "CONCURRENTLY (PostgreSQL) with RunSQL.");
            case RunSql x -> {
                if (!x.reversible()) {
                    out.add("[irreversible] This RunSQL has no reverseSql: the migration cannot be unapplied. Safer: give reverseSql "
                            + "(an empty list when there is nothing to undo).");
                }
            }
            default -> {
            }
        }
        return out;
    }
}
