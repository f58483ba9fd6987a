package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Everything;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QuerySet.dates() and datetimes(): distinct truncated values in UTC, NULLs left out, kinds and order checked. */
class DateListsTest {
    private static void rows() {
        for (String at : new String[] {"2024-03-15T10:30:45Z", "2024-03-15T10:59:00Z", "2024-03-02T23:00:00Z",
                "2023-12-31T23:59:59Z", "2024-01-01T00:00:00Z"}) {
            Everything e = new Everything();
            e.name = at;
            e.instant = Instant.parse(at);
            e.date = LocalDate.ofInstant(e.instant, ZoneOffset.UTC);
            e.save();
        }
        new Everything().save();
    }

    @DbTest
    void datesAreDistinctAndOrdered() {
        rows();
        assertThat(Everything.objects.all().dates("instant", "year").list())
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(Everything.objects.all().dates("instant", "month", "DESC").list())
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 1));
        assertThat(Everything.objects.all().dates("date", "week").list())
                .containsExactly(LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 11));
        assertThat(Everything.objects.all().dates("date", "day").list()).containsExactly(LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 15));
        assertThat(Everything.objects.filter("instant__year", 2024).dates("instant", "day", "DESC").list())
                .containsExactly(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 2), LocalDate.of(2024, 1, 1));
    }

    @DbTest
    void datetimesAreDistinctAndOrdered() {
        rows();
        assertThat(Everything.objects.all().datetimes("instant", "hour").list()).containsExactly(
                Instant.parse("2023-12-31T23:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-03-02T23:00:00Z"), Instant.parse("2024-03-15T10:00:00Z"));
        assertThat(Everything.objects.all().datetimes("instant", "minute", "DESC").list().subList(0, 2))
                .containsExactly(Instant.parse("2024-03-15T10:59:00Z"), Instant.parse("2024-03-15T10:30:00Z"));
        assertThat(Everything.objects.all().datetimes("instant", "year").list())
                .containsExactly(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(Everything.objects.all().datetimes("instant", "second").count()).isEqualTo(5);
    }

    @DbTest
    void badKindsOrdersAndFieldsAreClearErrors() {
        rows();
        assertThatThrownBy(() -> Everything.objects.all().dates("instant", "hour")).isInstanceOf(FieldError.class)
                .hasMessageContaining("dates() kind must be one of year, month, week, day");
        assertThatThrownBy(() -> Everything.objects.all().datetimes("instant", "quarter")).isInstanceOf(FieldError.class)
                .hasMessageContaining("datetimes() kind must be one of");
        assertThatThrownBy(() -> Everything.objects.all().dates("instant", "day", "up")).isInstanceOf(FieldError.class)
                .hasMessageContaining("'ASC' or 'DESC'");
        assertThatThrownBy(() -> Everything.objects.all().dates("name", "day")).isInstanceOf(FieldError.class)
                .hasMessageContaining("not a DateField or DateTimeField");
        assertThatThrownBy(() -> Everything.objects.all().datetimes("date", "day")).isInstanceOf(FieldError.class)
                .hasMessageContaining("use dates()");
        assertThatThrownBy(() -> Everything.objects.all().dates("nosuch", "day")).isInstanceOf(FieldError.class)
                .hasMessageContaining("nosuch");
        assertThatThrownBy(() -> Everything.objects.all().dates("time", "day")).isInstanceOf(FieldError.class);
    }
}
