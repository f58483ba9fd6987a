package dev.covet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command's help, its usage errors and where its settings come from; no database needed. */
class CommandLineTest {
    private static final List<String> SUBCOMMANDS = List.of("makemigrations", "migrate", "showmigrations", "sqlmigrate",
            "squashmigrations", "lintmigrations", "check", "inspectdb", "dbshell", "createtables");

    @TempDir
    Path dir;

    @Test
    void helpListsEverySubcommandTheSettingsAndTheExitCodes() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("--help");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage: covet", "DATABASE_URL", "COVET_MODELS", "covet.properties", "Exit codes");
        for (String sub : SUBCOMMANDS) {
            assertThat(r.out()).as(sub).contains(sub);
        }
    }

    @Test
    void everySubcommandHasHelp() throws Exception {
        for (String sub : SUBCOMMANDS) {
            CovetProcess.Result r = CovetProcess.in(dir).run(sub, "--help");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).as(r.toString()).contains("Usage: covet " + sub, "--database-url");
        }
    }

    @Test
    void noSubcommandIsAUsageError() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run();
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Name a subcommand");
    }

    @Test
    void anUnknownSubcommandExitsWithTwoAndPointsAtHelp() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("migrat3");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unmatched argument", "'migrat3'", "covet --help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownOptionExitsWithTwo() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("inspectdb", "--frobnicate");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unknown option", "--frobnicate", "covet inspectdb --help");
    }

    @Test
    void aMissingDatabaseUrlSaysTheThreePlacesToPutOne() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("inspectdb");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("No database URL", "--database-url", "DATABASE_URL", "database.url");
    }

    @Test
    void aBadUrlIsAUsageErrorNamingTheSchemes() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("inspectdb", "--database-url", "oracle://scott:tiger@db/x");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unknown database URL scheme 'oracle'", "sqlite, postgresql").doesNotContain("tiger");
    }

    @Test
    void anUnreachableServerExitsWithFourAndSaysWhatToCheck() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("inspectdb", "--database-url", "postgresql://postgres:hidden@127.0.0.1:1/nothing");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("Cannot connect", "127.0.0.1:1", "Check the database URL").doesNotContain("hidden");
    }

    @Test
    void modelsMissingFromTheirPackagesSayHowToFindThem() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("createtables", "--database-url", "sqlite:x.db", "--models", "com.example.nothing");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("No model classes", "com.example.nothing", "--classpath");
        r = CovetProcess.in(dir).run("createtables", "--database-url", "sqlite:x.db");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("No model packages", "COVET_MODELS", "models.packages");
    }

    @Test
    void optionsWinOverTheEnvironmentWhichWinsOverTheSettingsFile() throws Exception {
        Files.writeString(dir.resolve("covet.properties"), "database.url=sqlite:from-file.db\n");
        CovetProcess.Result r = CovetProcess.in(dir).run("dbshell", "--print");
        assertThat(r.out().trim()).as(r.toString()).isEqualTo("sqlite3 from-file.db");

        r = CovetProcess.in(dir).env("DATABASE_URL", "sqlite:from-env.db").run("dbshell", "--print");
        assertThat(r.out().trim()).as(r.toString()).isEqualTo("sqlite3 from-env.db");

        r = CovetProcess.in(dir).env("DATABASE_URL", "sqlite:from-env.db").run("dbshell", "--print", "--database-url", "sqlite:from-flag.db");
        assertThat(r.out().trim()).as(r.toString()).isEqualTo("sqlite3 from-flag.db");

        Files.writeString(dir.resolve("other.properties"), "database.url=sqlite:other.db\n");
        r = CovetProcess.in(dir).run("--settings", "other.properties", "dbshell", "--print");
        assertThat(r.out().trim()).as(r.toString()).isEqualTo("sqlite3 other.db");
    }

    @Test
    void aWrongSettingsFileIsAUsageError() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("dbshell", "--settings", "missing.properties");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("missing.properties does not exist");

        Files.writeString(dir.resolve("covet.properties"), "database.ur=sqlite:typo.db\n");
        r = CovetProcess.in(dir).run("dbshell", "--print");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unknown setting database.ur", "database.url, migrations.dir, models.packages");
    }

    @Test
    void dbshellPassesThePasswordInTheEnvironmentOnly() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("dbshell", "--print", "--database-url", "postgresql://app:s3cret@db.example:5433/shop");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().trim()).isEqualTo("psql --host db.example --port 5433 --username app --dbname shop");
        r = CovetProcess.in(dir).run("dbshell", "--print", "--database-url", "mariadb://app:s3cret@db.example/shop");
        assertThat(r.out().trim()).matches("(mariadb|mysql) --host=db.example --port=3306 --user=app shop");
    }

    @Test
    void aMissingClasspathEntryIsAUsageError() throws Exception {
        CovetProcess.Result r = CovetProcess.in(dir).run("createtables", "--database-url", "sqlite:x.db", "--models", "x",
                "--classpath", dir.resolve("no-such-dir").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("no-such-dir does not exist");
    }
}
