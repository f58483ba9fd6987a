package dev.covet.orm.migrate;

import dev.covet.orm.exception.CheckViolation;
import dev.covet.orm.DbTest;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.Model;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.migrate.operation.AddConstraint;
import dev.covet.orm.migrate.operation.RemoveConstraint;
import dev.covet.orm.migrate.store.C1;
import dev.covet.orm.migrate.store.C2;
import dev.covet.orm.migrate.store.C3;
import dev.covet.orm.migrate.store.C4;
import dev.covet.orm.migrate.store.Partial;
import dev.covet.orm.query.Value;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.sql.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.covet.orm.migrate.MigrationWalkTest.count;
import static dev.covet.orm.migrate.MigrationWalkTest.infos;
import static dev.covet.orm.migrate.MigrationWalkTest.kinds;
import static dev.covet.orm.migrate.MigrationWalkTest.migrations;
import static dev.covet.orm.migrate.MigrationWalkTest.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks a model through constraints: a check constraint added, a unique constraint added, both
 * removed. At each step the file says what it does, migrate keeps every row, backwards undoes it, and
 * makemigrations then finds nothing; the database enforces each constraint while it is there.
 */
class ConstraintWalkTest {

    static void insert(Database db, String name, String sku, int price) {
        var d = db.dialect();
        db.executeStatement(new Sql("INSERT INTO " + d.quote("product") + " (" + d.quote("name") + ", " + d.quote("sku") + ", "
                + d.quote("price") + ", " + d.quote("active") + ") VALUES (?, ?, ?, ?)",
                List.of(Value.of(name), Value.of(sku), Value.of(price), Value.of(true))));
    }

    static MakeResult step(Database db, Path dir, List<Class<? extends Model>> models, String previous, Runnable check, Runnable checkPrevious) {
        Migrations m = migrations(db, models, dir);
        MakeResult made = m.makeMigrations(MakeOptions.standard());
        assertThat(made.changes()).isTrue();
        assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(1);
        assertThat(count(db, "product")).isEqualTo(2);
        check.run();
        if (previous != null) {
            assertThat(m.migrate(MigrateOptions.to("store", previous)).unapplied()).containsExactly("store." + made.files().getFirst().name());
            assertThat(count(db, "product")).isEqualTo(2);
            checkPrevious.run();
            assertThat(m.migrate(MigrateOptions.latest()).applied()).hasSize(1);
            check.run();
        }
        assertThat(strings(db, "SELECT name FROM product ORDER BY id")).containsExactly("Pen", "Ink");
        assertThat(m.makeMigrations(MakeOptions.standard().withCheck(true)).changes()).as("models and migrations agree").isFalse();
        return made;
    }

    /** Inserting a negative price fails with CheckViolation, and the transaction goes on. */
    static void checkEnforced(Database db) {
        db.atomic(() -> {
            assertThatThrownBy(() -> db.atomic(() -> insert(db, "Bad", "B-1", -5))).isInstanceOf(CheckViolation.class)
                    .isInstanceOf(IntegrityError.class);
            assertThatThrownBy(() -> db.atomic(() -> insert(db, "", "B-2", 5))).isInstanceOf(CheckViolation.class);
            insert(db, "Good", "G-1", 5);
            db.executeStatement(Sql.of("DELETE FROM product WHERE sku = 'G-1'"));
        });
    }

    static void checkAbsent(Database db) {
        insert(db, "Bad", "B-1", -5);
        db.executeStatement(Sql.of("DELETE FROM product WHERE sku = 'B-1'"));
    }

    static void uniqueEnforced(Database db) {
        db.atomic(() -> {
            assertThatThrownBy(() -> db.atomic(() -> insert(db, "Pen", "P-1", 3))).isInstanceOf(IntegrityError.class);
            insert(db, "Pen", "P-2", 3);
            db.executeStatement(Sql.of("DELETE FROM product WHERE sku = 'P-2'"));
        });
    }

    static void uniqueAbsent(Database db) {
        insert(db, "Pen", "P-1", 3);
        db.executeStatement(Sql.of("DELETE FROM product WHERE id = (SELECT m FROM (SELECT MAX(id) AS m FROM product) AS x)"));
    }

    @DbTest
    void checkAndUniqueConstraintsComeAndGo(TestDb kind) throws Exception {
        Path dir = Files.createTempDirectory("covet-constraints");
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            Migrations m1 = migrations(db, C1.MODELS, dir);
            m1.makeMigrations(MakeOptions.standard());
            m1.migrate(MigrateOptions.latest());
            insert(db, "Pen", "P-1", 2);
            insert(db, "Ink", "I-1", 0);

            MakeResult add = step(db, dir, C2.MODELS, "0001_initial", () -> checkEnforced(db), () -> checkAbsent(db));
            assertThat(add.files().getFirst().name()).isEqualTo("0002_product_product_price_gte_0");
            assertThat(kinds(add)).containsExactly(AddConstraint.class);
            assertThat(add.files().getFirst().json()).contains("\"check\"").contains("\"price__gte\" : 0").contains("\"not\" : true");

            MakeResult unique = step(db, dir, C3.MODELS, add.files().getFirst().name(), () -> {
                uniqueEnforced(db);
                checkEnforced(db);
            }, () -> {
                uniqueAbsent(db);
                checkEnforced(db);
            });
            assertThat(kinds(unique)).containsExactly(AddConstraint.class);
            assertThat(unique.files().getFirst().json()).contains("\"name\" : \"product_name_sku_uniq\"").containsPattern("\"unique\" : \\[\\s*\"name\",\\s*\"sku\"\\s*]");

            MakeResult removed = step(db, dir, C4.MODELS, unique.files().getFirst().name(), () -> {
                checkAbsent(db);
                uniqueAbsent(db);
            }, () -> {
                uniqueEnforced(db);
                checkEnforced(db);
            });
            assertThat(kinds(removed)).containsExactly(RemoveConstraint.class, RemoveConstraint.class);

            // sqlmigrate shows the constraint's DDL, its value written in
            Migrations m = migrations(db, C4.MODELS, dir);
            String sql = String.join("\n", m.sql("store", add.files().getFirst().name(), false));
            assertThat(sql).containsIgnoringCase("CHECK").contains(">= 0").doesNotContain("?");
            String back = String.join("\n", m.sql("store", add.files().getFirst().name(), true));
            assertThat(back).containsIgnoringCase(kind.isSqlite() ? "DROP TABLE" : "DROP CONSTRAINT");
        }
    }

    @DbTest
    void createTablesMakesTheConstraints(TestDb kind) {
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            new SchemaEditor(db).createTables(infos(C3.MODELS));
            insert(db, "Pen", "P-1", 2);
            checkEnforced(db);
            uniqueEnforced(db);
        }
    }

    @DbTest
    void aUniqueConstraintWithAConditionIsAPartialIndex(TestDb kind) throws Exception {
        Path dir = Files.createTempDirectory("covet-constraints");
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            Migrations m = migrations(db, Partial.MODELS, dir);
            if (kind.isMariaDb()) {
                assertThatThrownBy(() -> m.makeMigrations(MakeOptions.standard())).isInstanceOf(NotSupportedError.class)
                        .hasMessageContaining("product_active_sku_uniq").hasMessageContaining("partial unique");
                assertThat(dir).isEmptyDirectory();
                assertThatThrownBy(() -> new SchemaEditor(db).createTables(infos(Partial.MODELS))).isInstanceOf(NotSupportedError.class);
                return;
            }
            MakeResult made = m.makeMigrations(MakeOptions.standard());
            assertThat(made.files().getFirst().json()).contains("\"condition\"");
            m.migrate(MigrateOptions.latest());
            insert(db, "Pen", "P-1", 2);
            db.executeStatement(Sql.of("UPDATE product SET active = " + db.dialect().ddl().literal(false)));
            insert(db, "Pen", "P-1", 2);
            assertThatThrownBy(() -> insert(db, "Pen", "P-1", 2)).isInstanceOf(IntegrityError.class);
            assertThat(count(db, "product")).isEqualTo(2);
            assertThat(m.makeMigrations(MakeOptions.standard().withCheck(true)).changes()).isFalse();
            m.migrate(MigrateOptions.to("store", "zero"));
            assertThat(db.introspect()).doesNotContainKey("product");
        }
    }

    @DbTest
    void aConditionNamingNoFieldFailsWithTheChoices(TestDb kind) throws Exception {
        Path dir = Files.createTempDirectory("covet-constraints");
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            assertThatThrownBy(() -> migrations(fresh.db, Partial.BAD, dir).makeMigrations(MakeOptions.standard()))
                    .isInstanceOf(FieldError.class).hasMessageContaining("cost").hasMessageContaining("price");
        }
    }

    @DbTest
    void valuesThatCannotBeWrittenSafelyAreRefused(TestDb kind) {
        var d = kind.database().dialect();
        assertThat(d.ddl().literal("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(d.ddl().literal(java.time.LocalDate.of(2024, 1, 31))).isEqualTo("'2024-01-31'");
        assertThat(d.ddl().literal(new java.math.BigDecimal("1.50"))).isEqualTo("1.50");
        assertThatThrownBy(() -> d.ddl().literal(Double.NaN)).isInstanceOf(NotSupportedError.class);
        assertThatThrownBy(() -> d.ddl().literal(new Object())).isInstanceOf(NotSupportedError.class);
        if (kind.isMariaDb()) {
            assertThatThrownBy(() -> d.ddl().literal("a\\b")).isInstanceOf(NotSupportedError.class);
        } else {
            assertThat(d.ddl().literal("a\\b")).isEqualTo("'a\\b'");
        }
    }

    @DbTest
    void checkDatabaseReportsADroppedAndAHandMadeCheck(TestDb kind) throws Exception {
        Path dir = Files.createTempDirectory("covet-constraints");
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Database db = fresh.db;
            Migrations m = migrations(db, C2.MODELS, dir);
            m.makeMigrations(MakeOptions.standard());
            m.migrate(MigrateOptions.latest());
            insert(db, "Pen", "P-1", 2);
            assertThat(m.checkDatabase()).isEmpty();
            var d = db.dialect();
            // the migration's check dropped, and another added, by hand
            if (kind.isSqlite()) {
                String create = strings(db, "SELECT sql FROM sqlite_master WHERE name = 'product'").getFirst();
                String by = create.replaceAll("(?is)CONSTRAINT\\s+\"product_price_gte_0\"\\s+CHECK\\s*\\((.*)\\)\\s*\\)\\s*$",
                        "CONSTRAINT \"hand_made\" CHECK (\"price\" < 1000))");
                assertThat(by).isNotEqualTo(create);
                db.execute(List.of(by.replaceFirst("\"product\"", "\"product_by_hand\""),
                        "INSERT INTO product_by_hand SELECT * FROM product", "DROP TABLE product",
                        "ALTER TABLE product_by_hand RENAME TO product"));
            } else {
                db.execute(List.of(d.ddl().dropConstraint("product", "product_price_gte_0", dev.covet.orm.sql.DdlSpelling.ConstraintKind.CHECK),
                        "ALTER TABLE " + d.quote("product") + " ADD CONSTRAINT " + d.quote("hand_made") + " CHECK (" + d.quote("price") + " < 1000)"));
            }
            assertThat(m.checkDatabase()).containsExactlyInAnyOrder(
                    "check constraint product_price_gte_0 on product: missing from the database",
                    "check constraint hand_made on product: in the database, in no migration");
            assertThat(count(db, "product")).isEqualTo(1);
        }
    }

    @DbTest
    void theLinterFlagsAddingACheck(TestDb kind) throws Exception {
        Path dir = Files.createTempDirectory("covet-constraints");
        try (FreshDatabase fresh = FreshDatabase.of(kind)) {
            Migrations m1 = migrations(fresh.db, C1.MODELS, dir);
            m1.makeMigrations(MakeOptions.standard());
            migrations(fresh.db, C3.MODELS, dir).makeMigrations(MakeOptions.standard());
            List<String> findings = migrations(fresh.db, C3.MODELS, dir).lint("store");
            if (kind.isSqlite()) {
                assertThat(findings).noneMatch(f -> f.contains("[check-lock]"));
            } else {
                assertThat(findings).anyMatch(f -> f.contains("[check-lock]") && f.contains("product_price_gte_0")
                        && f.contains(kind.isPostgres() ? "NOT VALID" : "copies table"));
            }
            assertThat(findings).anyMatch(f -> f.contains("unique constraint product_name_sku_uniq"));
        }
    }
}
