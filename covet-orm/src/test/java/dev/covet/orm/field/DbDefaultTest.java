package dev.covet.orm.field;

import dev.covet.orm.DbTest;
import dev.covet.orm.Model;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Ticket;
import dev.covet.orm.query.functions.Now;
import dev.covet.orm.sql.DdlCompiler;
import dev.covet.orm.testing.CaptureQueries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** @DbDefault: columns declared with DEFAULT, inserts that leave them to the database, the instance holding its values. */
class DbDefaultTest {
    @DbTest
    void aSaveLeavesNullFieldsToTheDatabaseAndHoldsItsValues() {
        Ticket t = new Ticket();
        t.title = "first";
        CaptureQueries q = CaptureQueries.start();
        t.save();
        q.close();
        assertThat(q.count()).as("one statement, values read back with it where RETURNING exists").isLessThanOrEqualTo(2);
        String insert = q.sql().getFirst();
        assertThat(insert.substring(0, insert.indexOf("VALUES"))).as("the columns sent").doesNotContain("status").contains("title");
        assertThat(t.status).isEqualTo("open");
        assertThat(t.priority).isEqualTo(3);
        assertThat(t.note).isEqualTo("it's a \\ 'quoted' note");
        assertThat(t.active).isTrue();
        assertThat(t.due).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(t.fee).isEqualByComparingTo("9.50");
        assertThat(Duration.between(t.openedAt, Instant.now()).abs()).isLessThan(Duration.ofMinutes(2));
        Ticket read = Ticket.objects.get("id", t.id);
        assertThat(read.status).isEqualTo("open");
        assertThat(read.openedAt).isEqualTo(t.openedAt);
        assertThat(read.note).isEqualTo(t.note);
        assertThat(Ticket.objects.filter("openedAt__lte", Now.of()).count()).isEqualTo(1);
    }

    @DbTest
    void givenValuesWinAndUpdatesSendThem() {
        Ticket t = new Ticket();
        t.title = "given";
        t.status = "closed";
        t.priority = 1;
        t.openedAt = Instant.parse("2020-05-05T10:00:00Z");
        t.save();
        Ticket read = Ticket.objects.get("id", t.id);
        assertThat(read.status).isEqualTo("closed");
        assertThat(read.priority).isEqualTo(1);
        assertThat(read.openedAt).isEqualTo(Instant.parse("2020-05-05T10:00:00Z"));
        assertThat(read.active).isTrue();
        read.status = "reopened";
        read.save();
        assertThat(Ticket.objects.get("id", t.id).status).isEqualTo("reopened");
        Ticket created = Ticket.objects.create(Map.of("title", "made"));
        assertThat(created.status).isEqualTo("open");
        assertThat(Ticket.objects.filter("status", "open").valuesList(String.class, "title").list()).containsExactly("made");
    }

    @DbTest
    void createTablesDeclaresTheDefaults(TestDb db) {
        String create = DdlCompiler.createTable(ModelRegistry.info(Ticket.class), Set.of(), db.database().dialect()).create();
        assertThat(create).contains("DEFAULT 'open'").contains("DEFAULT 3").contains("DEFAULT 9.50").contains("DEFAULT TRUE")
                .contains("DEFAULT '2024-01-31'").contains("DEFAULT (" + db.database().dialect().dates().now() + ")");
        assertThat(create).contains(db.isMariaDb() ? "'it''s a \\\\ ''quoted'' note'" : "'it''s a \\ ''quoted'' note'");
    }

    static class BadNumber extends Model {
        @DbDefault("many") @IntegerField public Integer n;
    }

    static class BadBoth extends Model {
        @DbDefault(value = "x", now = true) @dev.covet.orm.field.DateTimeField public Instant at;
    }

    static class NowOnADate extends Model {
        @DbDefault(now = true) @DateField public LocalDate day;
    }

    static class BadDate extends Model {
        @DbDefault("yesterday") @DateField public LocalDate day;
    }

    static class OnAKey extends Model {
        @DbDefault("x") @CharField(maxLength = 5, primaryKey = true) public String code;
    }

    @DbTest
    void badDefaultsAreRefusedWhenTheModelIsDeclared() {
        assertThatThrownBy(() -> ModelRegistry.register(List.of(BadNumber.class))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("'many' is not a INT value");
        assertThatThrownBy(() -> ModelRegistry.register(List.of(BadBoth.class))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("both a constant and now");
        assertThatThrownBy(() -> ModelRegistry.register(List.of(NowOnADate.class))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("now fits a datetime field only");
        assertThatThrownBy(() -> ModelRegistry.register(List.of(BadDate.class))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("yesterday");
        assertThatThrownBy(() -> ModelRegistry.register(List.of(OnAKey.class))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("cannot have a dbDefault");
        assertThat(Ticket.objects.count()).isZero();
    }
}
