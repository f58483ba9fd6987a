package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Restaurant;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.testing.CaptureQueries;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Django's "Updating attributes based on existing fields": {@code reporter.stories_filed = F("stories_filed") + 1;
 * reporter.save()} is computed by the database, so a concurrent change is not lost. Django leaves the
 * expression in the attribute until {@code refresh_from_db()}; a Java field cannot hold one, so Covet reads it back.
 */
class InstanceExpressionTest {
    private static Counter counter(String name, int value) {
        Counter c = new Counter();
        c.name = name;
        c.value = value;
        c.save();
        return c;
    }

    @DbTest
    void theDatabaseComputesTheValueAndTheFieldIsReadBack() {
        Counter mine = counter("hits", 10);
        Counter theirs = Counter.objects.get("id", mine.id);
        mine.setExpression("value", F.of("value").plus(1));
        theirs.setExpression("value", F.of("value").plus(1));
        try (CaptureQueries q = CaptureQueries.start()) {
            mine.save();
            assertThat(q.sql()).anySatisfy(sql -> assertThat(sql.toString()).startsWith("UPDATE").contains("value").contains(" + "));
        }
        theirs.save();
        assertThat(mine.value).isEqualTo(11);
        assertThat(theirs.value).as("no lost update: the second save added to the first").isEqualTo(12);
        assertThat(Counter.objects.get("id", mine.id).value).isEqualTo(12);
        // the expression is applied once: the next save writes the plain value
        mine.save();
        assertThat(Counter.objects.get("id", mine.id).value).isEqualTo(11);
    }

    @DbTest
    void otherFieldsAreSavedAsUsualAndUpdateFieldsWorks() {
        Counter c = counter("c", 1);
        c.enabled = false;
        c.setExpression("value", F.of("value").times(5));
        c.save(SaveOptions.updateFields("value"));
        Counter fresh = Counter.objects.get("id", c.id);
        assertThat(fresh.value).isEqualTo(5);
        assertThat(fresh.enabled).as("not in updateFields").isTrue();
    }

    @DbTest
    void aMultiTableChildUpdatesTheTableThatHoldsTheField() {
        Restaurant r = Restaurant.objects.create(Map.of("name", "Luigi's", "servesPizza", true, "rating", 3));
        r.setExpression("rating", F.of("rating").plus(2));
        r.name = "Luigi's II";
        r.save();
        assertThat(r.rating).isEqualTo(5);
        Restaurant fresh = Restaurant.objects.get("id", r.id);
        assertThat(fresh.rating).isEqualTo(5);
        assertThat(fresh.name).isEqualTo("Luigi's II");
    }

    @DbTest
    void onlyASavedObjectAndAColumnFieldTakeAnExpression() {
        Counter c = new Counter();
        c.name = "new";
        c.setExpression("value", F.of("value").plus(1));
        assertThatThrownBy(c::save).isInstanceOf(ValidationError.class)
                .hasMessageContaining("F() expressions can only be used to update, not to insert");
        assertThat(Counter.objects.count()).isZero();
        assertThatThrownBy(() -> c.setExpression("nope", F.of("value"))).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> c.setExpression("id", F.of("value"))).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> c.setExpression("value", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @DbTest
    void anExpressionSavedToAnotherDatabaseIsReadBackFromThatDatabase(TestDb kind) {
        try (SeveralDatabases ignored = SeveralDatabases.open(kind, List.of("default", "other"), urls -> Config.builder()
                .database("default", urls.get("default"), s -> s.maxPoolSize(4))
                .database("other", urls.get("other"), s -> s.maxPoolSize(4))
                .models(Counter.class).build())) {
            Covet.createTables("default");
            Covet.createTables("other");
            Counter here = counter("c", 1);
            Counter there = new Counter();
            there.name = "c";
            there.value = 100;
            there.save(SaveOptions.using("other"));
            assertThat(there.id).isEqualTo(here.id);
            Counter c = Counter.objects.get("name", "c");   // loaded from default
            c.setExpression("value", F.of("value").plus(1));
            c.save(SaveOptions.using("other"));
            assertThat(Counter.objects.using("other").get("id", c.id).value).isEqualTo(101);
            assertThat(c.value).as("read back from the database written, not the one it came from").isEqualTo(101);
        }
    }

    @DbTest
    void readingBackMakesNoInstanceOfItsOwn() {
        Counter c = counter("x", 1);
        AtomicInteger inits = new AtomicInteger();
        Signal.Connection connection = Signals.POST_INIT.connect(Counter.class, e -> inits.incrementAndGet());
        try {
            c.setExpression("value", F.of("value").plus(1));
            c.save();
        } finally {
            connection.disconnect();
        }
        assertThat(c.value).isEqualTo(2);
        assertThat(inits.get()).as("post_init sent while saving with an expression").isZero();
    }
}
