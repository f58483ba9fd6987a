package dev.covet.orm;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL and a MariaDB server of this test run's own, for the fault tests that kill server
 * processes (the shared servers are never touched): initdb / mariadb-install-db into a temporary
 * directory, started on a spare loopback port the first time a test asks, stopped and deleted when
 * the run ends. Running as root (as CI does), PostgreSQL runs as the {@code postgres} user.
 *
 * <p>Ports: {@code COVET_TEST_PRIVATE_PG_PORT} (default 15410) and {@code COVET_TEST_PRIVATE_MARIADB_PORT}
 * (default 15411). PostgreSQL's programs are looked up under {@code /usr/lib/postgresql/<version>/bin}
 * (the newest), else on the PATH.
 */
public final class PrivateServers implements AutoCloseable {
    private final List<Server> started = new ArrayList<>();
    private Server postgres;
    private Server mariadb;

    static PrivateServers get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PrivateServers.class, k -> new PrivateServers(), PrivateServers.class);
    }

    /** The URL of this run's own server for {@code name} ({@code postgresql} or {@code mariadb}), started on first use. */
    public synchronized Server server(String name) {
        try {
            if (name.equals("postgresql")) {
                if (postgres == null) {
                    postgres = startPostgres(port("COVET_TEST_PRIVATE_PG_PORT", 15410));
                }
                return postgres;
            }
            if (mariadb == null) {
                mariadb = startMariaDb(port("COVET_TEST_PRIVATE_MARIADB_PORT", 15411));
            }
            return mariadb;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a private " + name + " server for the fault tests: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting a private " + name + " server", e);
        }
    }

    /** Hands a test its run's {@link PrivateServers} as a parameter. */
    public static final class Resolver implements org.junit.jupiter.api.extension.ParameterResolver {
        @Override
        public boolean supportsParameter(org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PrivateServers.class;
        }

        @Override
        public Object resolveParameter(org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }

    /** One started server: where it answers, and how to stop it. */
    public record Server(String url, Path directory, Runnable stop) {
    }

    private static int port(String variable, int fallback) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private Server startPostgres(int port) throws IOException, InterruptedException {
        requireFree(port);
        Path bin = postgresBin();
        Path dir = Files.createTempDirectory("covet-pg-");
        Path data = dir.resolve("data");
        if (root()) {
            // PostgreSQL refuses to run as root
            run(List.of("chown", "postgres", dir.toString()));
        }
        run(asPostgres(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-sync", "--no-instructions")));
        run(asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=30", "start")));
        Server s = new Server("postgresql://postgres@127.0.0.1:" + port + "/postgres", dir, () -> {
            try {
                run(asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop")));
            } catch (IOException | InterruptedException e) {
                System.err.println("Stopping the private PostgreSQL failed: " + e.getMessage());
            }
            delete(dir);
        });
        started.add(s);
        return s;
    }

    static List<String> asPostgres(List<String> command) {
        if (!root()) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        out.addAll(command);
        return out;
    }

    static Path postgresBin() throws IOException {
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> number(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "initdb"))) {
                return Path.of(p);
            }
        }
        throw new IOException("initdb was not found under /usr/lib/postgresql/*/bin or on the PATH (install the postgresql package)");
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Server startMariaDb(int port) throws IOException, InterruptedException {
        requireFree(port);
        Path dir = Files.createTempDirectory("covet-mariadb-");
        Path data = dir.resolve("data");
        List<String> install = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        List<String> serve = new ArrayList<>(List.of(mariadbd(), "--no-defaults", "--datadir=" + data, "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + dir.resolve("sock"), "--pid-file=" + dir.resolve("pid"),
                "--skip-log-bin", "--innodb-buffer-pool-size=32M", "--innodb-log-file-size=8M", "--max-connections=30"));
        if (root()) {
            install.add("--user=root");
            serve.add("--user=root");
        }
        run(install);
        Process server = new ProcessBuilder(serve).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        Server s = new Server("mariadb://root@127.0.0.1:" + port + "/mysql", dir, () -> {
            server.destroy();
            try {
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delete(dir);
        });
        started.add(s);
        awaitPort(port, server, dir.resolve("log"));
        return s;
    }

    private static String mariadbd() {
        for (String candidate : List.of("/usr/sbin/mariadbd", "/usr/sbin/mysqld")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "mariadbd";
    }

    static void requireFree(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        } catch (IOException free) {
            return;
        }
        throw new IOException("port " + port + " on 127.0.0.1 is taken; a private server needs it free");
    }

    private static void awaitPort(int port, Process server, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException("the server exited with " + server.exitValue() + ": " + tail(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("the server did not answer on port " + port + " within 60 s: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    @Override
    public synchronized void close() {
        for (Server s : started.reversed()) {
            s.stop().run();
        }
        started.clear();
    }
}
