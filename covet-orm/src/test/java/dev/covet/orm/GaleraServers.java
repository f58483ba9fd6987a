package dev.covet.orm;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A three-node MariaDB Galera cluster of this test run's own (Debian {@code galera-4}): node 1 is
 * bootstrapped with {@code --wsrep-new-cluster} on a datadir made by {@code mariadb-install-db}, nodes 2
 * and 3 start on empty datadirs and join by rsync state transfer. Loopback only: mysqld on 15441-15443,
 * group communication on 15444-15446, IST on 15461-15463, SST on 15471-15473. The servers run as the
 * {@code mysql} user when the tests run as root (the rsync SST daemon must write the joiner's datadir).
 * Started the first time a test asks, shared by the run, stopped and deleted when the JVM exits.
 */
final class GaleraServers implements AutoCloseable {
    static final int NODES = 3;
    private static final int MYSQLD = 15441;
    private static final int GCOMM = 15444;
    private static final int IST = 15461;
    private static final int SST = 15471;

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();

    private GaleraServers(Path dir) {
        this.dir = dir;
    }

    static GaleraServers get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(GaleraServers.class, k -> start(), GaleraServers.class);
    }

    /** Hands a test the run's cluster as a parameter. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == GaleraServers.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }

    /** The Covet URL of node {@code n} (1 to 3), on the database {@code covet}. */
    String url(int n) {
        return "mariadb://root@127.0.0.1:" + (MYSQLD + n - 1) + "/covet";
    }

    private static GaleraServers start() {
        Path dir = null;
        GaleraServers s = null;
        try {
            for (int n = 1; n <= NODES; n++) {
                for (int port : List.of(MYSQLD, GCOMM, IST, SST)) {
                    PrivateServers.requireFree(port + n - 1);
                }
            }
            if (!Files.exists(Path.of("/usr/lib/galera/libgalera_smm.so"))) {
                throw new IOException("/usr/lib/galera/libgalera_smm.so is missing (install the galera-4 package)");
            }
            dir = Files.createTempDirectory("covet-galera-");
            s = new GaleraServers(dir);
            GaleraServers cluster = s;
            java.lang.Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
            for (int n = 1; n <= NODES; n++) {
                Files.createDirectories(dir.resolve("n" + n));
            }
            if (PrivateServers.root()) {
                PrivateServers.run(List.of("chown", "-R", "mysql:mysql", dir.toString()));
            }
            PrivateServers.run(asMysql(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("n1"),
                    "--auth-root-authentication-method=normal", "--skip-test-db")));
            s.startNode(1, true);
            s.awaitSynced(1, 1);
            try (Connection c = s.connect(1); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE covet");
            }
            s.startNode(2, false);
            s.startNode(3, false);
            for (int n = 2; n <= NODES; n++) {
                s.awaitSynced(n, NODES);
            }
            return s;
        } catch (IOException | SQLException e) {
            if (s != null) {
                s.close();
            }
            throw new IllegalStateException("Cannot start the private Galera cluster: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (s != null) {
                s.close();
            }
            throw new IllegalStateException("Interrupted while starting the private Galera cluster", e);
        }
    }

    private static List<String> asMysql(List<String> command) {
        if (!PrivateServers.root()) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", "mysql", "--"));
        out.addAll(command);
        return out;
    }

    private void startNode(int n, boolean bootstrap) throws IOException {
        Path data = dir.resolve("n" + n);
        List<String> serve = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + data,
                "--socket=" + dir.resolve("n" + n + ".sock"), "--pid-file=" + dir.resolve("n" + n + ".pid"),
                "--bind-address=127.0.0.1", "--port=" + (MYSQLD + n - 1), "--skip-name-resolve",
                "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--default-storage-engine=InnoDB",
                "--innodb-buffer-pool-size=32M", "--innodb-log-file-size=16M", "--innodb-flush-log-at-trx-commit=0",
                "--max-connections=40", "--wsrep-on=ON", "--wsrep-provider=/usr/lib/galera/libgalera_smm.so",
                "--wsrep-cluster-name=covet",
                "--wsrep-cluster-address=gcomm://127.0.0.1:" + GCOMM + ",127.0.0.1:" + (GCOMM + 1) + ",127.0.0.1:" + (GCOMM + 2),
                "--wsrep-node-address=127.0.0.1:" + (GCOMM + n - 1),
                "--wsrep-node-incoming-address=127.0.0.1:" + (MYSQLD + n - 1),
                "--wsrep-sst-receive-address=127.0.0.1:" + (SST + n - 1),
                "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + (GCOMM + n - 1)
                        + ";ist.recv_addr=127.0.0.1:" + (IST + n - 1) + ";gcache.size=16M",
                "--wsrep-sst-method=rsync"));
        if (bootstrap) {
            serve.add("--wsrep-new-cluster");
        }
        Path log = dir.resolve("n" + n + ".log");
        processes.add(new ProcessBuilder(asMysql(serve)).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    Connection connect(int n) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (MYSQLD + n - 1) + "/?user=root");
    }

    private void awaitSynced(int n, int size) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try (Connection c = connect(n); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size', 'wsrep_local_state_comment')")) {
                String state = "";
                int members = 0;
                while (rs.next()) {
                    if (rs.getString(1).equalsIgnoreCase("wsrep_cluster_size")) {
                        members = Integer.parseInt(rs.getString(2));
                    } else {
                        state = rs.getString(2);
                    }
                }
                last = "state " + state + ", cluster size " + members;
                if (state.equals("Synced") && members >= size) {
                    return;
                }
            } catch (SQLException notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(250);
        }
        throw new IOException("Galera node " + n + " was not synced within 180 s (" + last + "): "
                + tail(dir.resolve("n" + n + ".log")));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public synchronized void close() {
        // the servers run under runuser as root, so they are stopped by the pid each one wrote
        for (int n = NODES; n >= 1; n--) {
            Path pid = dir.resolve("n" + n + ".pid");
            try {
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroy);
                }
            } catch (IOException | NumberFormatException ignored) {
                // the process handle below still stops it
            }
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        PrivateServers.delete(dir);
    }
}
