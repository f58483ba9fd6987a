package dev.covet.orm.db;

import dev.covet.orm.DbTest;
import dev.covet.orm.Fixtures;
import dev.covet.orm.QuerySet;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.DataError;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.exception.QueryCanceled;
import dev.covet.orm.models.Note;
import dev.covet.orm.models.User;
import dev.covet.orm.sql.mysql.MySqlDialect;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * User-supplied regular expressions with catastrophic backtracking, against a 1 MB value: each
 * database ends the query within its timeout (SQLite and PostgreSQL interrupt the engine; MariaDB's
 * PCRE is bounded before it starts and the value counts as not matching).
 */
class HostileValueTest {
    private static final String MEGABYTE = "a".repeat(1 << 20);

    private static void megabyteNote() {
        User owner = Fixtures.user("owner", true, false);
        Note.objects.create(Map.of("owner", owner, "text", MEGABYTE + "!"));
    }

    @DbTest
    void aCatastrophicRegexAgainstAMegabyteEndsWithinItsTimeout(TestDb t) {
        megabyteNote();
        for (String lookup : List.of("text__regex", "text__iregex")) {
            // backtracking over a backreference: quadratic per start position
            QuerySet<Note> backreference = Note.objects.filter(lookup, "(a+)\\1\\1!").timeout(Duration.ofSeconds(1));
            long start = System.nanoTime();
            if (t.isMariaDb()) {
                // refused before it is sent: MariaDB could neither bound nor interrupt it
                assertThatThrownBy(backreference::list).as(lookup).isInstanceOf(NotSupportedError.class)
                        .hasMessageContaining("backreferences");
                // (sent, it would run for seconds: the limits do not count a backreference's comparisons)
                assertThat(TimeoutTest.millisSince(start)).as(lookup).isLessThan(1000);
            } else {
                assertThatThrownBy(backreference::list).as(lookup).isInstanceOf(QueryCanceled.class);
                assertThat(TimeoutTest.millisSince(start)).as(lookup).isBetween(900L, 2000L);
            }
            // nested repetition, exponential for a backtracking engine
            QuerySet<Note> nested = Note.objects.filter(lookup, "(.*a){12}!x").timeout(Duration.ofSeconds(1));
            start = System.nanoTime();
            if (t.isSqlite()) {
                assertThatThrownBy(nested::list).as(lookup).isInstanceOf(QueryCanceled.class);
            } else {
                // PostgreSQL's engine sees at once that nothing can match; MariaDB's is bounded by its match limit
                assertThat(nested.list()).as(lookup).isEmpty();
            }
            assertThat(TimeoutTest.millisSince(start)).as(lookup).isLessThan(2000);
        }
        // the connection that ran them serves the next query, and ordinary patterns still match
        assertThat(Note.objects.filter("text__regex", "a{100}!$").timeout(Duration.ofSeconds(10)).count()).isEqualTo(1);
        assertThat(Note.objects.filter("text__iregex", "A!").timeout(Duration.ofSeconds(10)).count()).isEqualTo(1);
    }

    @DbTest
    void aPatternThatRecursesPastTheStackFailsQuicklyWithoutHarm(TestDb t) {
        megabyteNote();
        QuerySet<Note> deep = Note.objects.filter("text__regex", "(a|aa)+$").timeout(Duration.ofSeconds(1));
        long start = System.nanoTime();
        if (t.isSqlite()) {
            // Java's engine recurses once per repetition and runs out of stack long before the deadline
            assertThatThrownBy(deep::list).isInstanceOf(DataError.class).hasMessageContaining("too complex");
        } else {
            // PostgreSQL's engine needs no stack for it; MariaDB's stops at its depth limit
            assertThat(deep.list()).isEmpty();
        }
        assertThat(TimeoutTest.millisSince(start)).isLessThan(2000);
        assertThat(Note.objects.count()).isEqualTo(1);
    }

    @DbTest
    void escapedBackslashesAreNotBackreferences(TestDb t) {
        User owner = Fixtures.user("owner", true, false);
        Note.objects.create(Map.of("owner", owner, "text", "C:\\1"));
        assertThat(Note.objects.filter("text__regex", "C:\\\\1").count()).isEqualTo(1);
    }

    @DbTest
    void theMariaDbBoundIsInTheSqlOnlyThere(TestDb t) {
        String sql = Note.objects.filter("text__regex", "x").toSql();
        if (t.isMariaDb()) {
            assertThat(sql).contains("(*LIMIT_MATCH=" + MySqlDialect.REGEX_MATCH_LIMIT + ")");
        } else {
            assertThat(sql).doesNotContain("LIMIT_MATCH");
        }
    }
}
