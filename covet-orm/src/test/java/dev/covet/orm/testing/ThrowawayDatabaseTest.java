package dev.covet.orm.testing;

import dev.covet.orm.exception.ConnectionLost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Throwaway databases on each kind of database: made, usable, and gone after close. (The whole suite
 * runs on them too: TestDatabases makes each run's databases with this class.)
 */
class ThrowawayDatabaseTest {
    private static final String PREFIX = "covet_throwaway_";

    private static List<String> serverDatabases(String jdbcUrl, String user, String list) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(list)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    @DisplayName("a new file that close deletes [sqlite]")
    void sqliteGetsANewFileThatCloseDeletes() throws Exception {
        Path file;
        try (ThrowawayDatabase db = ThrowawayDatabase.on("sqlite:target", PREFIX)) {
            assertThat(db.url()).startsWith("sqlite:").contains(PREFIX).endsWith(".db");
            file = Path.of(db.databaseUrl().path());
            try (Connection c = DriverManager.getConnection("jdbc:" + db.url()); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (x INTEGER)");
            }
            assertThat(file).exists();
        }
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    @DisplayName("two thousand made in the same moment never share a file [sqlite]")
    void sqliteThrowawaysMadeTogetherNeverShareAFile() throws Exception {
        List<ThrowawayDatabase> made = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 500; i++) {
                        made.add(ThrowawayDatabase.on("sqlite:target", PREFIX));
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(made).hasSize(2000);
            assertThat(made.stream().map(ThrowawayDatabase::url).distinct().count()).isEqualTo(2000);
            assertThat(made).allSatisfy(db -> assertThat(Path.of(db.databaseUrl().path())).exists());
        } finally {
            made.forEach(ThrowawayDatabase::close);
        }
        assertThat(made).noneSatisfy(db -> assertThat(Path.of(db.databaseUrl().path())).exists());
    }

    @Test
    @DisplayName("a new database that close drops [postgresql]")
    void postgresqlGetsANewDatabaseThatCloseDrops() throws Exception {
        String name;
        try (ThrowawayDatabase db = ThrowawayDatabase.on("postgresql://postgres@127.0.0.1:5432/postgres", PREFIX)) {
            name = db.databaseUrl().database();
            assertThat(name).startsWith(PREFIX);
            assertThat(serverDatabases("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "SELECT datname FROM pg_database")).contains(name);
        }
        assertThat(serverDatabases("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "SELECT datname FROM pg_database")).doesNotContain(name);
    }

    @Test
    @DisplayName("a new database that close drops [mariadb]")
    void mariadbGetsANewDatabaseThatCloseDrops() throws Exception {
        String name;
        String list = "SELECT schema_name FROM information_schema.schemata";
        try (ThrowawayDatabase db = ThrowawayDatabase.on("mariadb://root@127.0.0.1:3306/mysql", PREFIX)) {
            name = db.databaseUrl().database();
            assertThat(serverDatabases("jdbc:mariadb://127.0.0.1:3306/mysql", "root", list)).contains(name);
        }
        assertThat(serverDatabases("jdbc:mariadb://127.0.0.1:3306/mysql", "root", list)).doesNotContain(name);
    }

    @Test
    @DisplayName("databases crashed runs left behind are dropped, and only those [postgresql]")
    void staleDatabasesOfThePrefixAreDroppedAndNothingElse() throws Exception {
        String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
        String stale = PREFIX + "20000101000000_abcd";
        String notOurs = PREFIX + "1_important_data";
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + stale);
            s.execute("CREATE DATABASE " + notOurs);
        }
        try (ThrowawayDatabase db = ThrowawayDatabase.on("postgresql://postgres@127.0.0.1:5432/postgres", PREFIX)) {
            List<String> names = serverDatabases(admin, "postgres", "SELECT datname FROM pg_database");
            assertThat(names).doesNotContain(stale).contains(notOurs, db.databaseUrl().database());
        } finally {
            try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + stale);
                s.execute("DROP DATABASE IF EXISTS " + notOurs);
            }
        }
    }

    @Test
    void aBadPrefixOrAnUnreachableServerIsAClearError() {
        assertThatThrownBy(() -> ThrowawayDatabase.on("sqlite:target", "Bad-Prefix; DROP"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad-Prefix; DROP");
        assertThatThrownBy(() -> ThrowawayDatabase.on("postgresql://postgres@127.0.0.1:1/postgres", PREFIX))
                .isInstanceOf(ConnectionLost.class).hasMessageContaining("postgresql server at postgresql://postgres@127.0.0.1:1/postgres");
    }
}
