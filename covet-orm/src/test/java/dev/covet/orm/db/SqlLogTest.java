package dev.covet.orm.db;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.models.Account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code dev.covet.orm.sql} logger at DEBUG: statements with their parameters, sensitive ones
 * masked, transaction steps; and the slow-statement warning, which shortens long SQL. Run in a JVM
 * of its own, with the logger's level on its command line.
 */
class SqlLogTest {
    /** The child JVM: a few statements and transactions on {@code args[0]}, every statement counted as slow. */
    public static void main(String[] args) {
        Covet.setup(Config.builder().database(Config.DEFAULT, args[0], s -> s.slowQueryThreshold(Duration.ofNanos(1)))
                .models(Account.class).build());
        try {
            if (args[0].startsWith("sqlite")) {
                Covet.createTables();
            }
            Covet.atomic(() -> Account.objects.create(Map.of("username", "ann", "email", "ann@example.com", "password", "s3cret-pw")));
            Account.objects.filter("password", "s3cret-pw").count();
            try {
                Covet.atomic(() -> {
                    Account.objects.create(Map.of("username", "bob", "email", "bob@example.com", "password", "other-s3cret"));
                    throw new IllegalStateException("changed my mind");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            Account.objects.filter("id__in", LongStream.range(0, 3000).boxed().toList()).count();
        } finally {
            Covet.shutdown();
        }
        System.out.println("logged");
    }

    @DbTest
    void statementsAndTransactionsAreLoggedAtDebugWithSensitiveValuesMasked(TestDb t) throws Exception {
        String url = t.isSqlite() ? "sqlite:target/sql-log-" + UUID.randomUUID() + ".db" : t.database().url().text();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED",
                "-Dorg.slf4j.simpleLogger.log.dev.covet.orm.sql=debug", SqlLogTest.class.getName(), url))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("logged");
        List<String> lines = out.lines().toList();
        List<String> sql = lines.stream().filter(l -> l.contains("dev.covet.orm.sql")).toList();
        assertThat(sql).anySatisfy(l -> assertThat(l).contains("INSERT INTO").contains("'ann'").contains("'ann@example.com'").contains("***"));
        assertThat(sql).anySatisfy(l -> assertThat(l).contains("BEGIN"));
        assertThat(sql).anySatisfy(l -> assertThat(l).endsWith("COMMIT"));
        assertThat(sql).anySatisfy(l -> assertThat(l).endsWith("ROLLBACK"));
        assertThat(out).doesNotContain("s3cret");
        // the slow-statement warnings: every statement counted as slow here, the 3000-key one shortened
        List<String> slow = lines.stream().filter(l -> l.contains("Slow statement")).toList();
        assertThat(slow).isNotEmpty().allSatisfy(l -> assertThat(l.length()).isLessThan(1300));
        assertThat(slow).anySatisfy(l -> assertThat(l).contains("characters)"));
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThan(8000));
        assertThat(p.exitValue()).isZero();
    }

    @DbTest
    void aSensitiveFieldKeepsItsValueInTheDatabase(TestDb t) {
        Account a = Account.objects.create(Map.of("username", "ann", "email", "ann@example.com", "password", "s3cret-pw"));
        assertThat(Account.objects.get("password", "s3cret-pw").id).isEqualTo(a.id);
        assertThat(Account.objects.get("id", a.id).password).isEqualTo("s3cret-pw");
        assertThat(new ArrayList<>(Account.objects.filter("password", "s3cret-pw").toSql().lines().toList())).isNotEmpty();
        assertThatThrownBy(() -> Account.objects.get("password", "wrong")).isInstanceOf(DoesNotExist.class);
    }
}
