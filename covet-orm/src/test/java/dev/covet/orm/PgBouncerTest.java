package dev.covet.orm;

import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.db.Database;
import dev.covet.orm.models.Counter;
import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Covet through pgbouncer in transaction pooling mode, in front of the shared PostgreSQL: pgbouncer
 * (Debian's package) is started on 127.0.0.1:15450 ({@code COVET_TEST_PGBOUNCER_PORT}) with its own
 * configuration in a temporary directory, with one server connection per database so that every
 * client shares it, and stopped afterwards. PostgreSQL only: pgbouncer speaks its protocol alone.
 */
@ResourceLock("private database servers")   // their bootstraps share /tmp and loopback ports
class PgBouncerTest {
    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("COVET_TEST_PGBOUNCER_PORT", "15450"));
    private static Path dir;
    private static Process bouncer;
    private static ThrowawayDatabase database;

    @BeforeAll
    static void start() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 200);
            throw new IllegalStateException("port " + PORT + " on 127.0.0.1 is taken; the pgbouncer tests need it free");
        } catch (IOException free) {
            // as it should be
        }
        database = ThrowawayDatabase.on("postgresql://postgres@127.0.0.1:5432/postgres", "covet_pgb");
        CovetRuntime direct = Covet.open(Config.builder().database(Config.DEFAULT, database.url()).models(Counter.class).build());
        try {
            new dev.covet.orm.schema.SchemaEditor(direct.database(Config.DEFAULT)).createTables(direct.models());
        } finally {
            direct.close();
        }
        dir = Files.createTempDirectory("covet-pgbouncer-");
        Files.writeString(dir.resolve("users.txt"), "\"postgres\" \"\"\n");
        Files.writeString(dir.resolve("pgbouncer.ini"), """
                [databases]
                * = host=127.0.0.1 port=5432
                [pgbouncer]
                listen_addr = 127.0.0.1
                listen_port = %d
                unix_socket_dir =
                auth_type = trust
                auth_file = %s
                pool_mode = transaction
                default_pool_size = 1
                max_client_conn = 100
                ignore_startup_parameters = extra_float_digits,options
                """.formatted(PORT, dir.resolve("users.txt")));
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        for (Path p : List.of(dir.resolve("users.txt"), dir.resolve("pgbouncer.ini"))) {
            p.toFile().setReadable(true, false);
        }
        List<String> command = new ArrayList<>(List.of(pgbouncer(), dir.resolve("pgbouncer.ini").toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            // pgbouncer refuses to run as root
            command.addAll(0, List.of("runuser", "-u", "postgres", "--"));
        }
        bouncer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", PORT), 200);
                return;
            } catch (IOException notYet) {
                if (!bouncer.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("pgbouncer did not start on " + PORT + ": " + Files.readString(dir.resolve("log")));
                }
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (bouncer != null) {
            bouncer.destroy();
            if (!bouncer.waitFor(10, TimeUnit.SECONDS)) {
                bouncer.destroyForcibly();
            }
        }
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static String pgbouncer() {
        for (String candidate : List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "pgbouncer";
    }

    private static CovetRuntime throughBouncer(String options) {
        String url = "postgresql://postgres@127.0.0.1:" + PORT + "/" + database.databaseUrl().database() + options;
        return Covet.open(Config.builder().database(Config.DEFAULT, url, s -> s.maxPoolSize(4).connectionTimeout(Duration.ofSeconds(20)))
                .models(Counter.class).build());
    }

    /** Four threads repeating one query over four connections that pgbouncer serves from one server connection. */
    private static List<Throwable> repeatFromFourThreads(CovetRuntime r) {
        CovetRuntime.Binding bound = r.bind();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try {
            List<CompletableFuture<Void>> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(CompletableFuture.runAsync(() -> r.run(() -> {
                    for (int i = 0; i < 20; i++) {
                        try {
                            Counter.objects.filter("name", "x").count();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }), r.database(Config.DEFAULT).executor()));
            }
            threads.forEach(CompletableFuture::join);
        } finally {
            bound.close();
        }
        return failures;
    }

    @Test
    void withoutPrepareThresholdZeroTheDriversNamedStatementsCollideOnTheSharedServerConnection() {
        CovetRuntime r = throughBouncer("");
        try {
            List<Throwable> failures = repeatFromFourThreads(r);
            assertThat(failures).isNotEmpty();
            assertThat(failures).allSatisfy(e -> assertThat(e).isInstanceOf(DatabaseError.class)
                    .hasMessageContaining("prepared statement"));
        } finally {
            r.close();
        }
    }

    @Test
    void withPrepareThresholdZeroQueriesTransactionsAndAtomicWork() {
        CovetRuntime r = throughBouncer("?prepareThreshold=0");
        try (CovetRuntime.Binding bound = r.bind()) {
            assertThat(repeatFromFourThreads(r)).isEmpty();
            Counter.objects.all().delete();
            Covet.atomic(() -> {
                Counter.objects.create(Map.of("name", "a", "value", 1));
                assertThatThrownBy(() -> Covet.atomic(() -> {
                    Counter.objects.create(Map.of("name", "b"));
                    throw new IllegalStateException("inner");
                })).isInstanceOf(IllegalStateException.class);
                Counter.objects.filter("name", "a").update("value", F.of("value").plus(1));
            });
            assertThatThrownBy(() -> Covet.atomic(() -> {
                Counter.objects.create(Map.of("name", "c"));
                Counter.objects.create(Map.of("name", "a"));
            })).isInstanceOf(UniqueViolation.class);
            assertThat(Counter.objects.orderBy("name").valuesList(String.class, "name").list()).containsExactly("a");
            assertThat(Counter.objects.get("name", "a").value).isEqualTo(2);
            assertThat(Covet.atomicAsync(tx -> Counter.objects.count()).join()).isEqualTo(1);
            Database db = Covet.database();
            assertThat(db.statistics().isIdle()).isTrue();
        } finally {
            r.close();
        }
    }
}
