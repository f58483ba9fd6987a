package dev.covet.cli;

import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** createtables, inspectdb and dbshell, run as processes on each database. */
class DatabaseCommandsTest {
    private static final String SHOP = "dev.covet.cli.shop";

    @TempDir
    Path dir;

    @EveryDatabase
    void createtablesMakesTheMissingTablesOnce(String database) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            CovetProcess.Result r = CovetProcess.in(dir).run("createtables", "--database-url", db.url(), "--models", SHOP);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Created table customer", "Created table purchase");

            r = CovetProcess.in(dir).env("DATABASE_URL", db.url()).env("COVET_MODELS", SHOP).run("createtables");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("nothing to do").doesNotContain("Created");
        }
    }

    @EveryDatabase
    void inspectdbWritesClassesThatCompileAndMakeTheSameTables(String database) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.make(database, dir);
             ThrowawayDatabase copy = TestDatabases.make(database, dir.resolve("copy"))) {
            assertThat(CovetProcess.in(dir).run("createtables", "--database-url", db.url(), "--models", SHOP).exitCode()).isZero();

            CovetProcess.Result r = CovetProcess.in(dir).run("inspectdb", "--database-url", db.url(), "--output", "src",
                    "--package", "gen.shop");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Customer.java (table customer)", "Purchase.java (table purchase)");
            String purchase = Files.readString(dir.resolve("src/gen/shop/Purchase.java"));
            assertThat(purchase).contains("package gen.shop;",
                    "@ForeignKey(onDelete = OnDelete.DO_NOTHING) public Ref<Customer> customer;",
                    "@TextField(nullable = true) public String note;",
                    "@FloatField public Double amount;",
                    "@IntegerField(dbIndex = true) public Integer quantity;",
                    "@Index(fields = {\"amount\", \"quantity\"}, name = \"purchase_by_amount\")",
                    "@Unique({\"customer\", \"quantity\"})");
            assertThat(Files.readString(dir.resolve("src/gen/shop/Customer.java")))
                    .contains("@IntegerField(unique = true) public Integer number;", "@TextField public String name;")
                    .doesNotContain(" id;");
            JavaSources.compile(dir.resolve("src"), dir.resolve("classes"));

            // the generated classes, found on --classpath, make tables that inspect to the same classes
            r = CovetProcess.in(dir).run("createtables", "--database-url", copy.url(), "--models", "gen.shop",
                    "--classpath", dir.resolve("classes").toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Created table customer", "Created table purchase");
            r = CovetProcess.in(dir).run("inspectdb", "--database-url", copy.url(), "--package", "gen.shop", "purchase");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).isEqualTo("// Purchase.java\n" + purchase + "\n");
        }
    }

    @EveryDatabase
    void inspectdbOfAnUnknownTableNamesTheTablesThereAre(String database) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            assertThat(CovetProcess.in(dir).run("createtables", "--database-url", db.url(), "--models", SHOP).exitCode()).isZero();
            CovetProcess.Result r = CovetProcess.in(dir).run("inspectdb", "--database-url", db.url(), "customer", "invoice");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("No table invoice", "customer, purchase");
            assertThat(r.out()).isEmpty();
        }
    }

    @EveryDatabase
    void dbshellRunsTheDatabasesOwnClient(String database) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.make(database, dir)) {
            assertThat(CovetProcess.in(dir).run("createtables", "--database-url", db.url(), "--models", SHOP).exitCode()).isZero();
            String query = "SELECT count(*) + 42 FROM customer";
            String[] client = switch (database) {
                case "sqlite" -> new String[]{query + ";"};
                case "postgresql" -> new String[]{"-At", "-c", query};
                default -> new String[]{"-N", "-e", query};
            };
            String[] args = new String[client.length + 4];
            args[0] = "dbshell";
            args[1] = "--database-url";
            args[2] = db.url();
            args[3] = "--";
            System.arraycopy(client, 0, args, 4, client.length);
            CovetProcess.Result r = CovetProcess.in(dir).run(args);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out().trim()).as(r.toString()).isEqualTo("42");

            // the client's own failure is the command's exit code
            args[args.length - 1] = "SELECT * FROM no_such_table" + (database.equals("sqlite") ? ";" : "");
            r = CovetProcess.in(dir).run(args);
            assertThat(r.exitCode()).as(r.toString()).isNotZero();
            assertThat(r.err()).containsIgnoringCase("no_such_table");
        }
    }
}
