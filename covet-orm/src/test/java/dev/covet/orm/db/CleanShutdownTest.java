package dev.covet.orm.db;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.sql.Sql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a database, using it and closing it logs no warning, HikariCP's included (it once warned
 * "Timed-out waiting for add connection executor to shutdown" at every shutdown). Run in a JVM of
 * its own, so that the log levels given on its command line are the ones in force.
 */
class CleanShutdownTest {
    /** The child JVM: open, query (blocking and async), close. */
    public static void main(String[] args) {
        try (Database db = Database.open("clean", DatabaseSettings.builder(args[0]).minPoolSize(2).build())) {
            db.query(Sql.of("SELECT 1"), rs -> rs.getInt(1));
            db.async(() -> db.query(Sql.of("SELECT 2"), rs -> rs.getInt(1))).join();
        }
        System.out.println("opened, used and closed");
    }

    @DbTest
    void aCleanStartAndShutdownLogsNoWarning(TestDb t) throws Exception {
        String url = t.isSqlite() ? "sqlite:target/clean-shutdown-" + UUID.randomUUID() + ".db" : t.database().url().text();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn",
                CleanShutdownTest.class.getName(), url)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("opened, used and closed").doesNotContain("WARN").doesNotContain("Timed-out");
        assertThat(p.exitValue()).isZero();
    }
}
