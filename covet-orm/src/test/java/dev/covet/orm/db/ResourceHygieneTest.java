package dev.covet.orm.db;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.ProgrammingError;
import dev.covet.orm.sql.Sql;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing and failing leave nothing behind: pools, connections and statements. */
class ResourceHygieneTest {
    private static String urlOf(TestDb t) {
        DatabaseUrl u = t.database().url();
        return t.isSqlite() ? "sqlite:" + u.path() : u.text();
    }

    @DbTest
    void closeWaitsForTheAsyncCallsStillRunningAndRefusesNewOnes(TestDb t) throws Exception {
        Database db = Database.open("closing", DatabaseSettings.builder(urlOf(t)).build());
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Integer> call = db.async(() -> {
            running.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return db.query(Sql.of("SELECT 1"), rs -> rs.getInt(1)).getFirst();
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        db.close();
        // the call ran to its end on an open pool before close returned
        assertThat(call.isDone()).isTrue();
        assertThat(call.get()).isEqualTo(1);
        assertThatThrownBy(() -> db.async(() -> 1)).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("closed");
    }

    @DbTest
    void aCursorThatFailsToOpenInsideATransactionLeavesTheTransactionUsable(TestDb t) {
        Database db = t.database();
        Covet.atomic(() -> {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> db.cursor(Sql.of("SELECT no_such_column FROM no_such_table"), 10, rs -> 1))
                        .isInstanceOf(ProgrammingError.class);
            }
            try (Cursor<Integer> c = db.cursor(Sql.of("SELECT 1"), 10, rs -> rs.getInt(1))) {
                assertThat(c.next()).isEqualTo(1);
            }
        });
        assertThat(db.query(Sql.of("SELECT 2"), rs -> rs.getInt(1))).containsExactly(2);
    }

    @DbTest
    void aCursorClosedEarlyGivesItsConnectionBack(TestDb t) {
        Database db = Database.open("cursor", DatabaseSettings.builder(urlOf(t)).maxPoolSize(1).connectionTimeout(java.time.Duration.ofSeconds(2)).build());
        try (db) {
            for (int i = 0; i < 5; i++) {
                Cursor<Integer> c = db.cursor(Sql.of("SELECT 1 UNION ALL SELECT 2"), 1, rs -> rs.getInt(1));
                assertThat(c.next()).isEqualTo(1);
                c.close();
                c.close();   // twice is harmless
            }
            // the only connection is free again
            assertThat(db.query(Sql.of("SELECT 3"), rs -> rs.getInt(1))).containsExactly(3);
        }
    }
}
