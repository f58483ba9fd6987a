package dev.covet.orm;

import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Legacy;
import dev.covet.orm.models.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Isolated("sets the default runtime up and asserts when there is none")
class SetupTest {
    @Test
    void parsesEveryScheme() {
        DatabaseUrl sqlite = DatabaseUrl.parse("sqlite:blog.db");
        assertThat(sqlite.isSqlite()).isTrue();
        assertThat(sqlite.path()).isEqualTo("blog.db");
        assertThat(DatabaseUrl.parse("sqlite:///var/data/app.db").path()).isEqualTo("/var/data/app.db");
        assertThat(DatabaseUrl.parse("sqlite::memory:").isMemory()).isTrue();

        DatabaseUrl pg = DatabaseUrl.parse("postgresql://app:s%40cret@db.example.com:6543/shop?sslmode=require");
        assertThat(pg.scheme()).isEqualTo("postgresql");
        assertThat(pg.user()).isEqualTo("app");
        assertThat(pg.password()).isEqualTo("s@cret");
        assertThat(pg.host()).isEqualTo("db.example.com");
        assertThat(pg.port()).isEqualTo(6543);
        assertThat(pg.database()).isEqualTo("shop");
        assertThat(pg.options()).containsEntry("sslmode", "require");
        assertThat(DatabaseUrl.parse("postgres://localhost/x").port()).isEqualTo(5432);

        assertThat(DatabaseUrl.parse("mysql://root@localhost/app").scheme()).isEqualTo("mysql");
        assertThat(DatabaseUrl.parse("mariadb://root@localhost:3307/app").port()).isEqualTo(3307);
        assertThat(DatabaseUrl.parse("mariadb://root@localhost/app").port()).isEqualTo(3306);
    }

    @Test
    void malformedUrlsSayWhatIsWrongWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("oracle://u@h/db"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("Unknown database URL scheme 'oracle'")
                .hasMessageContaining("sqlite, postgresql, postgres, mysql, mariadb");
        assertThatThrownBy(() -> DatabaseUrl.parse("blog.db"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("must start with a scheme");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:hunter2@host:port/db"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("port 'port' is not a number")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:hunter2@host:5432"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("database name is missing")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql:localhost/db"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("expected mysql://");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@:5432/db"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("host is missing");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@h:70000/db"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite:"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("SQLite needs a file");
        assertThatThrownBy(() -> DatabaseUrl.parse(""))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("A database URL is required");
        assertThat(DatabaseUrl.redact("postgresql://app:hunter2@db/x")).isEqualTo("postgresql://app:***@db/x");
    }

    @Test
    void configNeedsADefaultDatabaseAndSanePools() {
        assertThatThrownBy(() -> Config.builder().build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("at least one database");
        assertThatThrownBy(() -> Config.builder().database("other", "sqlite::memory:").build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("database named 'default'");
        assertThatThrownBy(() -> Config.builder().database("sqlite:a.db").database("sqlite:b.db"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("configured twice");
        assertThatThrownBy(() -> DatabaseSettings.builder("sqlite:a.db").maxPoolSize(0))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("maxPoolSize");
        assertThatThrownBy(() -> DatabaseSettings.builder("sqlite:a.db").minPoolSize(5).maxPoolSize(2).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("larger than maxPoolSize");
        assertThatThrownBy(() -> DatabaseSettings.builder("sqlite:a.db").connectionTimeout(Duration.ZERO))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("connectionTimeout");
        DatabaseSettings s = DatabaseSettings.builder("postgresql://u@h/db").minPoolSize(2).maxPoolSize(7)
                .connectionTimeout(Duration.ofSeconds(3)).idleTimeout(Duration.ofMinutes(1)).maxLifetime(Duration.ofMinutes(5)).build();
        assertThat(s.minPoolSize()).isEqualTo(2);
        assertThat(s.maxPoolSize()).isEqualTo(7);
        assertThat(s.connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void anUnreachableServerFailsSetupWithItsAddress() {
        Config config = Config.builder().database("default", "postgresql://nobody@127.0.0.1:1/nothing",
                db -> db.connectionTimeout(Duration.ofSeconds(2))).build();
        assertThatThrownBy(() -> Covet.open(config))
                .isInstanceOf(ConnectionLost.class)
                .hasMessageContaining("Cannot connect to database 'default'")
                .hasMessageContaining("127.0.0.1:1");
    }

    @Test
    void setupCreatesTablesAndShutsDownOnSqlite(@TempDir Path dir) {
        try {
            Covet.setup(Config.builder().database("sqlite:" + dir.resolve("app.db"))
                    .models(Counter.class, User.class, Legacy.class).build());
            assertThatThrownBy(() -> Covet.setup("sqlite::memory:", Counter.class))
                    .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("already set up");
            Covet.createTables();
            Covet.createTables();  // existing tables are left alone
            Database db = Covet.database();
            assertThat(db.tableNames()).contains("counter", "user").doesNotContain("legacy_thing");
            Counter.objects.create(Map.of("name", "n", "value", 3));
            assertThat(Counter.objects.get("name", "n").value).isEqualTo(3);
            Covet.dropTables();
            assertThat(db.tableNames()).doesNotContain("counter", "user");
            assertThatThrownBy(() -> Covet.database("replica"))
                    .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("No database is configured under 'replica'");
        } finally {
            Covet.shutdown();
        }
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void inMemorySqliteKeepsItsDataAcrossConnections() {
        try {
            Covet.setup("sqlite::memory:", Counter.class);
            Covet.createTables();
            Counter.objects.create(Map.of("name", "kept"));
            assertThat(Counter.objects.count()).isEqualTo(1);
            assertThat(Counter.objects.countAsync().join()).isEqualTo(1);
        } finally {
            Covet.shutdown();
        }
    }

    @Test
    void callsBeforeSetupSaySo() {
        assertThatThrownBy(() -> Counter.objects.count())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("Covet is not set up");
    }
}
