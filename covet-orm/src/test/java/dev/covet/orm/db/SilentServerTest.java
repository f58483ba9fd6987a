package dev.covet.orm.db;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.TestModels;
import dev.covet.orm.sql.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A server that accepts connections and never answers, and one that stops answering mid-statement. */
@Isolated("sets the default runtime up, and times a shutdown to the millisecond")
class SilentServerTest {
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void setupAgainstASilentServerFailsInBoundedTimeAndNeverBlocksShutdown(String scheme) throws Exception {
        try (SilentServer server = new SilentServer()) {
            Config config = Config.builder().database(Config.DEFAULT, scheme + "://u:pw@127.0.0.1:" + server.port() + "/app?connectTimeout=1s")
                    .models(Counter.class).build();
            long start = System.nanoTime();
            CompletableFuture<Void> setup = CompletableFuture.runAsync(() -> Covet.setup(config));
            assertThat(server.accepted.await(10, TimeUnit.SECONDS)).as("the driver connected").isTrue();

            long shutdownStart = System.nanoTime();
            Covet.shutdown();
            assertThat(Duration.ofNanos(System.nanoTime() - shutdownStart)).isLessThan(Duration.ofMillis(500));

            assertThatThrownBy(() -> setup.get(15, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ConnectionLost.class)
                    .hasMessageContaining("Cannot connect to database 'default' at " + scheme.replace("mariadb", "mysql") + "://u:***@127.0.0.1:" + server.port())
                    .hasMessageContaining("connectTimeout 1000 ms")
                    .hasMessageNotContaining("pw@");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            assertThat(Covet.isSetup()).isFalse();
        }
    }

    @DbTest
    void aStatementTheServerDoesNotAnswerEndsAtTheSocketTimeout(TestDb db) {
        if (db.isSqlite()) {
            // embedded: there is no socket to time out, and no driver property for one
            assertThat(db.database().dialect().connection().timeoutProperties(Duration.ofSeconds(1), Duration.ofSeconds(1))).isEmpty();
            return;
        }
        CovetRuntime tight = Covet.open(Config.builder()
                .database(Config.DEFAULT, db.database().url().text() + (db.database().url().options().isEmpty() ? "?" : "&") + "socketTimeout=1s")
                .models(TestModels.ALL).build());
        try {
            String sleep = db.isPostgres() ? "SELECT pg_sleep(5)" : "SELECT SLEEP(5)";
            long start = System.nanoTime();
            assertThatThrownBy(() -> tight.database(Config.DEFAULT).query(Sql.of(sleep), rs -> 1))
                    .isInstanceOf(ConnectionLost.class).hasMessageContaining("socket timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            // the pool replaces the lost connection
            assertThat(tight.database(Config.DEFAULT).query(Sql.of("SELECT 1"), rs -> rs.getInt(1))).containsExactly(1);
        } finally {
            tight.close();
        }
    }

    @Test
    void timeoutsHaveBoundedDefaultsAndComeFromTheUrlOrTheBuilder() {
        DatabaseSettings defaults = DatabaseSettings.builder("postgresql://u@h/db").build();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.socketTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.connectionTimeout()).isEqualTo(Duration.ofSeconds(30));

        DatabaseSettings fromUrl = DatabaseSettings.builder("mariadb://u@h/db?connectTimeout=1500ms&socketTimeout=2m&useSsl=true").build();
        assertThat(fromUrl.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(fromUrl.socketTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(fromUrl.url().options()).containsOnlyKeys("useSsl");
        assertThat(DatabaseSettings.builder("postgresql://u@h/db?socketTimeout=2.5").build().socketTimeout()).isEqualTo(Duration.ofMillis(2500));

        DatabaseSettings built = DatabaseSettings.builder("postgresql://u@h/db").connectTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(30)).build();
        assertThat(built.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(built.socketTimeout()).isEqualTo(Duration.ofSeconds(30));

        assertThatThrownBy(() -> DatabaseSettings.builder("postgresql://u@h/db?socketTimeout=soon"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("socketTimeout=soon is not a duration");
        assertThatThrownBy(() -> DatabaseSettings.builder("postgresql://u@h/db?connectTimeout=0"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("connectTimeout must be a positive duration");
        assertThatThrownBy(() -> DatabaseSettings.builder("postgresql://u@h/db").socketTimeout(Duration.ZERO))
                .isInstanceOf(ImproperlyConfigured.class);
    }

    /** Listens on a free port of 16400-16499, accepts every connection and never sends a byte. */
    private static final class SilentServer implements AutoCloseable {
        final CountDownLatch accepted = new CountDownLatch(1);
        private final ServerSocket socket;
        private final List<Socket> clients = new ArrayList<>();

        SilentServer() throws IOException {
            socket = bind();
            Thread.ofPlatform().daemon().name("silent-server").start(() -> {
                try {
                    while (true) {
                        Socket client = socket.accept();
                        synchronized (clients) {
                            clients.add(client);
                        }
                        accepted.countDown();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
        }

        private static ServerSocket bind() throws IOException {
            IOException last = null;
            for (int port = 16400; port < 16500; port++) {
                try {
                    return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
                } catch (IOException busy) {
                    last = busy;
                }
            }
            throw last;
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (clients) {
                for (Socket c : clients) {
                    c.close();
                }
            }
        }
    }
}
