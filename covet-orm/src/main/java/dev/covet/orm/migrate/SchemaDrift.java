package dev.covet.orm.migrate;

import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.ddl.ConstraintDef;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.LiveTable;
import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;
import dev.covet.orm.sql.RecorderSql;
import dev.covet.orm.sql.ddl.ColumnDef;
import dev.covet.orm.sql.ddl.IndexDef;
import dev.covet.orm.sql.ddl.TableDef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the models, the migrations and the live database ({@code covet check --database}): models
 * the migrations do not describe, and tables, columns, nullability, types, indexes and foreign keys
 * and check constraints that differ between what the migrations build and what the database holds. One line per drift.
 */
final class SchemaDrift {
    private SchemaDrift() {
    }

    static List<String> check(MigrationGraph graph, ProjectState models, Database db) {
        List<String> out = new ArrayList<>();
        ProjectState built = graph.state(graph.nodes().keySet());
        for (ModelState m : models.models()) {
            ModelState b = built.find(m.label());
            if (b == null) {
                out.add("model " + m.label() + ": no migration creates it (run makemigrations)");
            } else if (!b.equals(m)) {
                out.add("model " + m.label() + ": the models and the migrations differ (run makemigrations)");
            }
        }
        for (ModelState b : built.models()) {
            if (models.find(b.label()) == null) {
                out.add("model " + b.label() + ": the migrations have it, the models do not (run makemigrations)");
            }
        }
        Map<String, LiveTable> live = db.introspect();
        Set<String> expected = new HashSet<>();
        expected.add(RecorderSql.TABLE);
        for (ModelState m : built.models()) {
            TableDef t = TableDefs.of(m, built, db.dialect());
            expected.add(t.name().toLowerCase(Locale.ROOT));
            for (IndexDef i : t.indexes()) {
                if (i.search()) {
                    expected.addAll(db.dialect().search().tables(i));
                }
            }
            compare(t, live.get(t.name().toLowerCase(Locale.ROOT)), db, out);
            for (FieldState f : m.fields()) {
                if (f.isManyToMany() && f.relation().dbTable() != null) {
                    TableDef j = TableDefs.junction(m, f, built, db.dialect());
                    expected.add(j.name().toLowerCase(Locale.ROOT));
                    compare(j, live.get(j.name().toLowerCase(Locale.ROOT)), db, out);
                }
            }
        }
        for (String t : live.keySet()) {
            if (!expected.contains(t)) {
                out.add("table " + t + ": in the database, in no migration");
            }
        }
        return out;
    }

    private static void compare(TableDef t, LiveTable live, Database db, List<String> out) {
        if (live == null) {
            out.add("table " + t.name() + ": the migrations create it, the database does not have it (run migrate)");
            return;
        }
        for (ColumnDef c : t.columns()) {
            LiveTable.Column lc = live.column(c.name());
            if (lc == null) {
                out.add("column " + t.name() + "." + c.name() + ": missing from the database");
                continue;
            }
            if (!c.primaryKey() && lc.nullable() != c.nullable()) {
                out.add("column " + t.name() + "." + c.name() + ": " + (c.nullable() ? "NOT NULL in the database, nullable in the migrations"
                        : "nullable in the database, NOT NULL in the migrations"));
            }
            if (!c.primaryKey()) {
                String want = db.dialect().ddl().columnType(c.type());
                if (!sameType(want, lc)) {
                    out.add("column " + t.name() + "." + c.name() + ": type " + describe(lc) + " in the database, " + want + " in the migrations");
                }
            }
        }
        for (LiveTable.Column lc : live.columns()) {
            if (t.column(lc.name()) == null && t.columns().stream().noneMatch(c -> c.name().equalsIgnoreCase(lc.name()))) {
                out.add("column " + t.name() + "." + lc.name() + ": in the database, in no migration");
            }
        }
        for (IndexDef i : t.indexes()) {
            // a search index is an expression index or an FTS5 table, not an index on the columns
            if (!i.search() && live.indexesOn(i.columns()).isEmpty()) {
                out.add("index " + i.name() + " on " + t.name() + " (" + String.join(", ", i.columns()) + "): missing from the database");
            }
        }
        checks(t, live, db, out);
        for (var fk : t.foreignKeys()) {
            if (live.foreignKeysOf(fk.column()).isEmpty()) {
                out.add("foreign key " + t.name() + "." + fk.column() + " -> " + fk.targetTable() + ": missing from the database");
            }
        }
    }

    /** Named CHECK constraints: each the migrations make must be there, and no other (but MariaDB's own JSON column checks). */
    private static void checks(TableDef t, LiveTable live, Database db, List<String> out) {
        Dialect d = db.dialect();
        Set<String> have = new HashSet<>();
        for (String n : d.ddl().checkNames(db.query(d.ddl().checkConstraintsQuery(t.name()), rs -> rs.getString(1)))) {
            if (live.column(n) == null) {
                have.add(n.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> want = new HashSet<>();
        for (ConstraintDef c : t.constraints()) {
            if (c.isCheck()) {
                want.add(c.name().toLowerCase(Locale.ROOT));
                if (!have.contains(c.name().toLowerCase(Locale.ROOT))) {
                    out.add("check constraint " + c.name() + " on " + t.name() + ": missing from the database");
                }
            }
        }
        for (String n : have) {
            if (!want.contains(n)) {
                out.add("check constraint " + n + " on " + t.name() + ": in the database, in no migration");
            }
        }
    }

    private static String describe(LiveTable.Column c) {
        return c.typeName() + (c.size() > 0 && c.size() < 65536 ? "(" + c.size() + ")" : "");
    }

    /** Does the database's description of a column match the type the dialect declares? */
    private static boolean sameType(String declared, LiveTable.Column live) {
        String want = declared.toUpperCase(Locale.ROOT);
        String base = want.contains("(") ? want.substring(0, want.indexOf('(')).trim() : want;
        String have = live.typeName().toUpperCase(Locale.ROOT);
        if (!aliases(base).contains(have) && !have.startsWith(base)) {
            return false;
        }
        if (want.startsWith("VARCHAR(") || want.startsWith("CHAR(")) {
            int size = Integer.parseInt(want.substring(want.indexOf('(') + 1, want.indexOf(')')));
            return live.size() == size;
        }
        return true;
    }

    private static Set<String> aliases(String type) {
        return switch (type) {
            case "INTEGER", "INT", "SERIAL" -> Set.of("INTEGER", "INT", "INT4", "SERIAL");
            case "BIGINT", "BIGSERIAL" -> Set.of("BIGINT", "INT8", "BIGSERIAL");
            case "SMALLINT" -> Set.of("SMALLINT", "INT2");
            case "DOUBLE PRECISION", "DOUBLE" -> Set.of("DOUBLE PRECISION", "FLOAT8", "DOUBLE");
            case "REAL" -> Set.of("REAL", "FLOAT4", "FLOAT");
            case "BOOLEAN" -> Set.of("BOOLEAN", "BOOL");
            case "DECIMAL" -> Set.of("DECIMAL", "NUMERIC");
            case "TIMESTAMP" -> Set.of("TIMESTAMP");
            case "TINYINT" -> Set.of("TINYINT", "BIT", "BOOLEAN");
            case "JSON" -> Set.of("JSON", "LONGTEXT");
            default -> Set.of(type);
        };
    }
}
