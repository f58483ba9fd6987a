package dev.covet.orm;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A PostgreSQL primary and a hot standby streaming from it, of this test run's own: initdb into a
 * temporary directory (port {@code COVET_TEST_PRIMARY_PORT}, default 15430, {@code wal_level=replica},
 * replication allowed from the loopback), then {@code pg_basebackup -R -X stream} into another (port
 * {@code COVET_TEST_STANDBY_PORT}, default 15431, {@code hot_standby=on}), both run as the
 * {@code postgres} user. Started the first time a test asks, shared by every test class of the run,
 * stopped and deleted when the run ends.
 */
public final class StandbyServers implements AutoCloseable {
    private final Path dir;
    private final Path bin;
    private final int primaryPort;
    private final int standbyPort;

    private StandbyServers(Path dir, Path bin, int primaryPort, int standbyPort) {
        this.dir = dir;
        this.bin = bin;
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
    }

    static StandbyServers get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StandbyServers.class, k -> start(), StandbyServers.class);
    }

    /** Hands a test the run's primary and standby as a parameter. */
    public static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == StandbyServers.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }

    /** The URL of the primary's {@code postgres} database. */
    public String primaryUrl() {
        return "postgresql://postgres@127.0.0.1:" + primaryPort + "/postgres";
    }

    /** The URL of the standby's {@code postgres} database. */
    public String standbyUrl() {
        return "postgresql://postgres@127.0.0.1:" + standbyPort + "/postgres";
    }

    private static StandbyServers start() {
        int primaryPort = port("COVET_TEST_PRIMARY_PORT", 15430);
        int standbyPort = port("COVET_TEST_STANDBY_PORT", 15431);
        Path dir = null;
        try {
            PrivateServers.requireFree(primaryPort);
            PrivateServers.requireFree(standbyPort);
            Path bin = PrivateServers.postgresBin();
            dir = Files.createTempDirectory("covet-standby-");
            StandbyServers s = new StandbyServers(dir, bin, primaryPort, standbyPort);
            if (PrivateServers.root()) {
                PrivateServers.run(List.of("chown", "postgres", dir.toString()));
            }
            Path primary = dir.resolve("primary");
            PrivateServers.run(PrivateServers.asPostgres(List.of(bin.resolve("initdb").toString(), "-D", primary.toString(),
                    "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions")));
            Files.writeString(primary.resolve("pg_hba.conf"), "\nhost replication postgres 127.0.0.1/32 trust\n",
                    StandardOpenOption.APPEND);
            s.pgCtl("primary", primaryPort, "start", "-c wal_level=replica -c max_wal_senders=5");
            PrivateServers.run(PrivateServers.asPostgres(List.of(bin.resolve("pg_basebackup").toString(), "-h", "127.0.0.1",
                    "-p", String.valueOf(primaryPort), "-U", "postgres", "-D", dir.resolve("standby").toString(), "-R", "-X", "stream",
                    "--no-sync")));
            s.startStandby();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the private PostgreSQL primary and standby: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the private PostgreSQL primary and standby", e);
        }
    }

    /** Starts the standby again after {@link #stopStandby()}, as a hot standby. */
    public void startStandby() throws IOException, InterruptedException {
        pgCtl("standby", standbyPort, "start", "-c hot_standby=on");
    }

    /** Stops the standby (a fast shutdown); the primary keeps running. */
    public void stopStandby() throws IOException, InterruptedException {
        PrivateServers.run(PrivateServers.asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D",
                dir.resolve("standby").toString(), "-m", "fast", "-w", "stop")));
    }

    private void pgCtl(String name, int port, String action, String extra) throws IOException, InterruptedException {
        PrivateServers.run(PrivateServers.asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve(name).toString(),
                "-l", dir.resolve(name + ".log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40 " + extra, action)));
    }

    private static int port(String variable, int fallback) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    @Override
    public void close() {
        for (String name : List.of("standby", "primary")) {
            if (Files.exists(dir.resolve(name).resolve("postmaster.pid"))) {
                try {
                    PrivateServers.run(PrivateServers.asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D",
                            dir.resolve(name).toString(), "-m", "immediate", "-w", "stop")));
                } catch (IOException | InterruptedException e) {
                    System.err.println("Stopping the private PostgreSQL " + name + " failed: " + e.getMessage());
                }
            }
        }
        PrivateServers.delete(dir);
    }
}
