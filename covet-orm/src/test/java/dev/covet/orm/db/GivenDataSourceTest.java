package dev.covet.orm.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.DbTest;
import dev.covet.orm.Fixtures;
import dev.covet.orm.SaveOptions;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.exception.ForeignKeyViolation;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.TestModels;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A runtime on a DataSource the application made, and on the transactions of a manager outside Covet. */
class GivenDataSourceTest {
    @DbTest
    void aGivenDataSourceServesEverythingCovetsOwnPoolDoes(TestDb db) throws SQLException {
        try (HikariDataSource ds = dataSource(db, Map.of())) {
            onRuntime(ds, settings -> {
            }, () -> {
                Database d = Covet.database();
                assertThat(d.dialect().name()).isEqualTo(db.database().dialect().name());
                assertThat(d.url()).isNull();
                assertThat(d.settings().dataSource()).isSameAs(ds);

                // the same statement again and again (SQLite keeps it prepared per connection)
                Product a = product("a");
                for (int i = 0; i < 3; i++) {
                    assertThat(Product.objects.get("id", a.id).name).isEqualTo("a");
                }
                // SQLite's Unicode-aware lower(), registered on a connection Covet did not open
                product("Ärger");
                assertThat(Product.objects.filter("name__iexact", "äRGER").count()).isEqualTo(1);

                List<String> hooks = new ArrayList<>();
                Covet.atomic(() -> {
                    product("b");
                    assertThatThrownBy(() -> Covet.atomic(() -> {
                        product("c");
                        throw new IllegalStateException("inner");
                    })).hasMessage("inner");
                    Covet.onCommit(() -> hooks.add("committed"));
                    assertThat(hooks).isEmpty();
                });
                assertThat(hooks).containsExactly("committed");
                assertThat(names()).containsExactly("a", "b", "Ärger");

                // a failed statement leaves the transaction usable (PostgreSQL: autosave, switched on for the session)
                counter("x");
                Covet.atomic(() -> {
                    assertThatThrownBy(() -> {
                        Counter dup = new Counter();
                        dup.name = "x";
                        dup.save(SaveOptions.skipValidation());
                    }).isInstanceOf(UniqueViolation.class);
                    counter("y");
                });
                assertThat(Counter.objects.count()).isEqualTo(2);

                // foreign keys are enforced (SQLite: the pragma, switched on for the session)
                assertThatThrownBy(() -> Covet.atomic(() -> {
                    Book b = new Book();
                    b.title = "Orphan";
                    b.author.setId(424242L);
                    b.save();
                })).isInstanceOf(ForeignKeyViolation.class);

                // cursors, outside a transaction and inside one
                try (Cursor<Product> rows = Product.objects.orderBy("name").iterator(1)) {
                    List<String> read = new ArrayList<>();
                    rows.forEachRemaining(p -> read.add(p.name));
                    assertThat(read).containsExactly("a", "b", "Ärger");
                }
                Covet.atomic(() -> {
                    try (Cursor<Product> rows = Product.objects.orderBy("-name").iterator(2)) {
                        assertThat(rows.next().name).isEqualTo("Ärger");
                    }
                    assertThat(Product.objects.selectForUpdate().filter("name", "a").count()).isEqualTo(1);
                    assertThatThrownBy(() -> Product.objects.countAsync()).isInstanceOf(TransactionManagementError.class);
                });
                assertThat(Product.objects.countAsync().join()).isEqualTo(3);
            });
            // closing Covet left the application's DataSource open and working
            assertThat(ds.isClosed()).isFalse();
            try (Connection c = ds.getConnection()) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @DbTest
    void covetJoinsTheTransactionsOfAnOuterManager(TestDb db) throws SQLException {
        // SQLite ignores PRAGMA foreign_keys inside a transaction, and the manager begins one before Covet meets the
        // connection: the DataSource opens its connections with foreign keys on, as Covet's own pool does
        try (HikariDataSource ds = dataSource(db, db.isSqlite() ? Map.of("foreign_keys", "true") : Map.of())) {
            ThreadTransactions manager = new ThreadTransactions(ds);
            onRuntime(ds, settings -> settings.outerTransactions(manager), () -> {
                List<String> hooks = new ArrayList<>();
                manager.begin();
                product("a");                                       // in the manager's transaction
                assertThat(Covet.database().inTransaction()).isTrue();
                assertThatThrownBy(() -> Product.objects.countAsync()).isInstanceOf(TransactionManagementError.class);
                Covet.atomic(() -> {                                // a savepoint in it
                    product("b");
                    Covet.onCommit(() -> hooks.add("b"));
                    assertThatThrownBy(() -> Covet.atomic(() -> {
                        product("c");
                        Covet.onCommit(() -> hooks.add("c"));
                        throw new IllegalStateException("inner");
                    })).hasMessage("inner");
                });
                Covet.onCommit(() -> hooks.add("a"));
                try (Cursor<Product> rows = Product.objects.orderBy("name").iterator(1)) {
                    assertThat(rows.next().name).isEqualTo("a");
                }
                assertThat(names()).containsExactly("a", "b");
                assertThat(hooks).isEmpty();                        // waiting for the manager's commit
                manager.commit();
                assertThat(hooks).containsExactly("b", "a");
                assertThat(Covet.database().inTransaction()).isFalse();
                assertThat(names()).containsExactly("a", "b");

                // the manager rolls back: Covet's work in its transaction goes too, and its hooks never run
                manager.begin();
                product("d");
                Covet.atomic(() -> {
                    product("e");
                    Covet.onCommit(() -> hooks.add("e"));
                });
                manager.rollback();
                assertThat(names()).containsExactly("a", "b");
                assertThat(hooks).containsExactly("b", "a");

                // a failing atomic rolls back to its savepoint; the manager's transaction goes on and commits
                manager.begin();
                product("f");
                assertThatThrownBy(() -> Covet.atomic(() -> {
                    product("g");
                    throw new IllegalStateException("fails");
                })).hasMessage("fails");
                manager.commit();
                assertThat(names()).containsExactly("a", "b", "f");
            });
            assertThat(ds.isClosed()).isFalse();
        }
    }

    @DbTest
    void aConnectionFirstMetInsideAnOuterTransactionIsPreparedOrRefused(TestDb db) throws SQLException {
        try (HikariDataSource ds = dataSource(db, Map.of())) {
            ThreadTransactions manager = new ThreadTransactions(ds);
            onRuntime(ds, settings -> settings.outerTransactions(manager), () -> {
                manager.begin();
                try {
                    if (db.isSqlite()) {
                        assertThatThrownBy(() -> product("a")).isInstanceOf(ImproperlyConfigured.class)
                                .hasMessageContaining("foreign keys off").hasMessageContaining("foreign_keys=true");
                        return;
                    }
                    counter("x");
                    assertThatThrownBy(() -> {
                        Counter dup = new Counter();
                        dup.name = "x";
                        dup.save(SaveOptions.skipValidation());
                    }).isInstanceOf(UniqueViolation.class);
                    counter("y");                                   // still usable (PostgreSQL: autosave)
                    manager.commit();
                    assertThat(Counter.objects.count()).isEqualTo(2);
                } finally {
                    manager.endIfOpen();
                }
            });
        }
    }

    /** The server ends a session of the application's pool mid-transaction: a ConnectionLost, and the next call works. */
    @DbTest
    void aLostConnectionOfAGivenDataSourceIsAConnectionLostAndTheNextCallWorks(TestDb db) throws SQLException {
        if (db.isSqlite()) {
            return;   // embedded: there is no server to lose the connection to
        }
        try (HikariDataSource ds = dataSource(db, Map.of())) {
            onRuntime(ds, settings -> {
            }, () -> {
                assertThatThrownBy(() -> Covet.atomic(() -> {
                    long backend = Covet.database().query(Sql.of(db.isPostgres() ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()"),
                            rs -> rs.getLong(1)).getFirst();
                    if (db.isPostgres()) {
                        db.database().query(new Sql("SELECT pg_terminate_backend(?)", List.of(Value.of((int) backend))), rs -> 1);
                    } else {
                        db.database().update(Sql.of("KILL CONNECTION " + backend));
                    }
                    Covet.database().query(Sql.of("SELECT 1"), rs -> rs.getInt(1));
                })).isInstanceOf(ConnectionLost.class);
                assertThat(Covet.database().query(Sql.of("SELECT 1"), rs -> rs.getInt(1))).containsExactly(1);
                counter("after");
                assertThat(Counter.objects.valuesList(String.class, "name").list()).containsExactly("after");
            });
        }
    }

    @DbTest
    void aDialectIsReadFromTheConnectionOrNamedAndChecked(TestDb db) {
        try (HikariDataSource ds = dataSource(db, Map.of())) {
            String mine = db.database().dialect().name();
            Config named = Config.builder().database(Config.DEFAULT, ds, s -> s.dialect(db.isMariaDb() ? "mariadb" : mine)).build();
            CovetRuntime r = Covet.open(named);
            try {
                assertThat(r.database(Config.DEFAULT).dialect().name()).isEqualTo(mine);
            } finally {
                r.close();
            }
            String other = db.isSqlite() ? "postgresql" : "sqlite";
            assertThatThrownBy(() -> Covet.open(Config.builder().database(Config.DEFAULT, ds, s -> s.dialect(other)).build()))
                    .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("'" + other + "'");
            assertThatThrownBy(() -> Covet.open(Config.builder().database(Config.DEFAULT, ds, s -> s.dialect("oracle")).build()))
                    .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("sqlite, postgresql, mysql, mariadb");
            assertThat(ds.isClosed()).isFalse();
        }
    }

    @Test
    void settingsThatDoNotFitAGivenDataSourceAreRefused() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        assertThatThrownBy(() -> Config.builder().database(Config.DEFAULT, ds, s -> s.maxPoolSize(3)))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("given DataSource");
        assertThatThrownBy(() -> Config.builder().database(Config.DEFAULT, "sqlite::memory:", s -> s.dialect("sqlite")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("given DataSource");
        assertThatThrownBy(() -> Config.builder().database(Config.DEFAULT, (DataSource) null))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("DataSource is required");
    }

    @Test
    void aDataSourceThatCannotConnectFailsSetupNamingTheDatabase() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{"127.0.0.1"});
        ds.setPortNumbers(new int[]{1});
        ds.setDatabaseName("nowhere");
        assertThatThrownBy(() -> Covet.open(Config.builder().database(Config.DEFAULT, ds).build()))
                .isInstanceOf(ConnectionLost.class).hasMessageContaining("'default'").hasMessageContaining("DataSource");
    }

    // ---------------------------------------------------------------- helpers

    /** A pool made the way an application makes one: the database's address and credentials, none of Covet's settings. */
    private static HikariDataSource dataSource(TestDb db, Map<String, String> properties) {
        DatabaseUrl url = db.database().url();
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("given-" + db.name());
        ds.setMaximumPoolSize(3);
        ds.setMinimumIdle(0);
        if (url.isSqlite()) {
            ds.setJdbcUrl("jdbc:sqlite:" + url.path());
        } else {
            ds.setJdbcUrl((url.isPostgres() ? "jdbc:postgresql://" : "jdbc:mariadb://") + url.host() + ":" + url.port() + "/" + url.database());
            ds.setUsername(url.user());
            ds.setPassword(url.password());
        }
        properties.forEach(ds::addDataSourceProperty);
        return ds;
    }

    /** Runs {@code work} with Covet on a runtime built on {@code ds}, then closes that runtime. */
    private static void onRuntime(DataSource ds, Consumer<DatabaseSettings.Builder> tune, Runnable work) {
        CovetRuntime r = Covet.open(Config.builder().database(Config.DEFAULT, ds, tune).models(TestModels.ALL).build());
        CovetRuntime.Binding bound = r.bind();
        try {
            work.run();
        } finally {
            bound.close();
            r.close();
        }
    }

    private static Product product(String name) {
        return Fixtures.product(name, "new", "1.00", 1, 0, null, null);
    }

    private static void counter(String name) {
        Counter c = new Counter();
        c.name = name;
        c.save();
    }

    private static List<String> names() {
        return Product.objects.orderBy("name").valuesList(String.class, "name").list();
    }

    /** A transaction manager of the simplest kind: one transaction per thread on a connection of its DataSource. */
    private static final class ThreadTransactions implements OuterTransactions {
        private final DataSource dataSource;
        private final ThreadLocal<Connection> open = new ThreadLocal<>();
        private final ThreadLocal<List<Runnable>> hooks = new ThreadLocal<>();

        ThreadTransactions(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        void begin() {
            try {
                Connection c = dataSource.getConnection();
                c.setAutoCommit(false);
                open.set(c);
                hooks.set(new ArrayList<>());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void commit() {
            List<Runnable> after = hooks.get();
            end(true);
            after.forEach(Runnable::run);
        }

        void rollback() {
            end(false);
        }

        void endIfOpen() {
            if (open.get() != null) {
                end(false);
            }
        }

        private void end(boolean commit) {
            Connection c = open.get();
            open.remove();
            hooks.remove();
            try (c) {
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                c.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Connection current(DataSource source) {
            return source == dataSource ? open.get() : null;
        }

        @Override
        public void afterCommit(Runnable hook) {
            hooks.get().add(hook);
        }
    }
}
