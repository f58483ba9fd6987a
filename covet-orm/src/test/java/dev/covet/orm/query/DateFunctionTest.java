package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Everything;
import dev.covet.orm.query.functions.Extract;
import dev.covet.orm.query.functions.ExtractDay;
import dev.covet.orm.query.functions.ExtractHour;
import dev.covet.orm.query.functions.ExtractIsoWeekDay;
import dev.covet.orm.query.functions.ExtractIsoYear;
import dev.covet.orm.query.functions.ExtractMinute;
import dev.covet.orm.query.functions.ExtractMonth;
import dev.covet.orm.query.functions.ExtractQuarter;
import dev.covet.orm.query.functions.ExtractSecond;
import dev.covet.orm.query.functions.ExtractWeek;
import dev.covet.orm.query.functions.ExtractWeekDay;
import dev.covet.orm.query.functions.ExtractYear;
import dev.covet.orm.query.functions.Now;
import dev.covet.orm.query.functions.Trunc;
import dev.covet.orm.query.functions.TruncDate;
import dev.covet.orm.query.functions.TruncDay;
import dev.covet.orm.query.functions.TruncHour;
import dev.covet.orm.query.functions.TruncMinute;
import dev.covet.orm.query.functions.TruncMonth;
import dev.covet.orm.query.functions.TruncQuarter;
import dev.covet.orm.query.functions.TruncSecond;
import dev.covet.orm.query.functions.TruncTime;
import dev.covet.orm.query.functions.TruncWeek;
import dev.covet.orm.query.functions.TruncYear;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Date transforms (quarter, week, iso_week_day, iso_year, time), Extract, Trunc and Now, in UTC, over:
 * a 2024-03-15T10:30:45.250Z (a Friday), b 2023-12-31T23:59:59Z (a Sunday, ISO week 52 of 2023),
 * c 2024-01-01T00:00:00Z (a Monday, ISO week 1), d 2021-01-01T12:00:00Z (a Friday in ISO week 53 of 2020).
 */
class DateFunctionTest {
    private static void rows() {
        row("a", "2024-03-15T10:30:45.250Z");
        row("b", "2023-12-31T23:59:59Z");
        row("c", "2024-01-01T00:00:00Z");
        row("d", "2021-01-01T12:00:00Z");
        new Everything().save();
    }

    private static void row(String name, String instant) {
        Everything e = new Everything();
        e.name = name;
        e.instant = Instant.parse(instant);
        e.date = LocalDate.ofInstant(e.instant, java.time.ZoneOffset.UTC);
        e.time = LocalTime.ofInstant(e.instant, java.time.ZoneOffset.UTC);
        e.save();
    }

    private static List<String> where(String lookup, Object value) {
        return Everything.objects.filter(lookup, value).orderBy("name").valuesList(String.class, "name").list();
    }

    private static Map<String, Object> by(Expression e) {
        Map<String, Object> out = new HashMap<>();
        for (Map<String, Object> row : Everything.objects.filter("name__isnull", false).annotate("v", e).values("name", "v").list()) {
            out.put((String) row.get("name"), row.get("v"));
        }
        return out;
    }

    @DbTest
    void newDateTransformsFilter() {
        rows();
        assertThat(where("instant__quarter", 1)).containsExactly("a", "c", "d");
        assertThat(where("instant__quarter", 4)).containsExactly("b");
        assertThat(where("date__quarter__gte", 2)).containsExactly("b");
        assertThat(where("instant__week", 11)).containsExactly("a");
        assertThat(where("instant__week", 52)).containsExactly("b");
        assertThat(where("instant__week", 53)).containsExactly("d");
        assertThat(where("date__week", 1)).containsExactly("c");
        assertThat(where("instant__iso_year", 2020)).containsExactly("d");
        assertThat(where("instant__iso_year__gte", 2024)).containsExactly("a", "c");
        assertThat(where("date__iso_year", 2023)).containsExactly("b");
        assertThat(where("instant__iso_week_day", 5)).containsExactly("a", "d");
        assertThat(where("instant__iso_week_day", 7)).containsExactly("b");
        assertThat(where("date__iso_week_day__lte", 1)).containsExactly("c");
        assertThat(where("instant__time", LocalTime.parse("10:30:45.250"))).containsExactly("a");
        assertThat(where("instant__time__lt", LocalTime.of(1, 0))).containsExactly("c");
        assertThat(where("instant__date", LocalDate.of(2023, 12, 31))).containsExactly("b");
        assertThat(where("instant__time__hour", 23)).containsExactly("b");
    }

    @DbTest
    void transformsInValuesAndBadSources() {
        rows();
        List<Map<String, Object>> values = Everything.objects.filter("name", "b").values("instant__quarter", "instant__week", "instant__iso_year", "instant__time").list();
        assertThat(((Number) values.getFirst().get("instant__quarter")).intValue()).isEqualTo(4);
        assertThat(((Number) values.getFirst().get("instant__week")).intValue()).isEqualTo(52);
        assertThat(((Number) values.getFirst().get("instant__iso_year")).intValue()).isEqualTo(2023);
        assertThat(values.getFirst().get("instant__time")).isEqualTo(LocalTime.of(23, 59, 59));
        assertThatThrownBy(() -> Everything.objects.filter("date__time", LocalTime.NOON))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported transform 'time'");
        assertThatThrownBy(() -> Everything.objects.filter("time__quarter", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported transform 'quarter'");
    }

    @DbTest
    void extractGivesNumbers() {
        rows();
        Map<String, Expression> parts = new java.util.LinkedHashMap<>();
        parts.put("year", ExtractYear.of("instant"));
        parts.put("iso_year", ExtractIsoYear.of("instant"));
        parts.put("quarter", ExtractQuarter.of("instant"));
        parts.put("month", ExtractMonth.of("instant"));
        parts.put("week", ExtractWeek.of("instant"));
        parts.put("day", ExtractDay.of("instant"));
        parts.put("week_day", ExtractWeekDay.of("instant"));
        parts.put("iso_week_day", ExtractIsoWeekDay.of("instant"));
        parts.put("hour", ExtractHour.of("instant"));
        parts.put("minute", ExtractMinute.of("instant"));
        parts.put("second", ExtractSecond.of("instant"));
        Map<String, List<Integer>> expected = Map.ofEntries(
                Map.entry("year", List.of(2024, 2023, 2024, 2021)), Map.entry("iso_year", List.of(2024, 2023, 2024, 2020)),
                Map.entry("quarter", List.of(1, 4, 1, 1)), Map.entry("month", List.of(3, 12, 1, 1)),
                Map.entry("week", List.of(11, 52, 1, 53)), Map.entry("day", List.of(15, 31, 1, 1)),
                Map.entry("week_day", List.of(6, 1, 2, 6)), Map.entry("iso_week_day", List.of(5, 7, 1, 5)),
                Map.entry("hour", List.of(10, 23, 0, 12)), Map.entry("minute", List.of(30, 59, 0, 0)),
                Map.entry("second", List.of(45, 59, 0, 0)));
        for (var part : parts.entrySet()) {
            Map<String, Object> got = by(part.getValue());
            List<Integer> numbers = List.of("a", "b", "c", "d").stream().map(n -> ((Number) got.get(n)).intValue()).toList();
            assertThat(numbers).as(part.getKey()).isEqualTo(expected.get(part.getKey()));
        }
        assertThat(((Number) by(Extract.of("date", "quarter")).get("b")).intValue()).isEqualTo(4);
        assertThat(((Number) by(Extract.of("time", "minute")).get("a")).intValue()).isEqualTo(30);
        assertThat(Everything.objects.annotate("q", ExtractQuarter.of("instant")).filter("q", 4)
                .valuesList(String.class, "name").list()).containsExactly("b");
        assertThatThrownBy(() -> Extract.of("instant", "fortnight")).isInstanceOf(FieldError.class)
                .hasMessageContaining("Unknown extract kind 'fortnight'").hasMessageContaining("iso_week_day");
        assertThatThrownBy(() -> by(Extract.of("name", "year"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot extract 'year'");
        assertThatThrownBy(() -> by(ExtractHour.of("date"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot extract 'hour'");
        assertThatThrownBy(() -> by(ExtractYear.of("nosuch"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("nosuch");
    }

    @DbTest
    void truncKeepsDatetimesAndDates() {
        rows();
        assertThat(by(TruncYear.of("instant")).get("a")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(by(TruncQuarter.of("instant")).get("b")).isEqualTo(Instant.parse("2023-10-01T00:00:00Z"));
        assertThat(by(TruncMonth.of("instant")).get("a")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        Map<String, Object> weeks = by(TruncWeek.of("instant"));
        assertThat(weeks.get("a")).isEqualTo(Instant.parse("2024-03-11T00:00:00Z"));
        assertThat(weeks.get("b")).isEqualTo(Instant.parse("2023-12-25T00:00:00Z"));
        assertThat(weeks.get("c")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(by(TruncDay.of("instant")).get("a")).isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
        assertThat(by(TruncHour.of("instant")).get("a")).isEqualTo(Instant.parse("2024-03-15T10:00:00Z"));
        assertThat(by(TruncMinute.of("instant")).get("a")).isEqualTo(Instant.parse("2024-03-15T10:30:00Z"));
        assertThat(by(TruncSecond.of("instant")).get("a")).isEqualTo(Instant.parse("2024-03-15T10:30:45Z"));
        assertThat(by(TruncDate.of("instant")).get("b")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(by(TruncTime.of("instant")).get("a")).isEqualTo(LocalTime.parse("10:30:45.250"));
        assertThat(by(TruncYear.of("date")).get("b")).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(by(TruncQuarter.of("date")).get("a")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(by(TruncMonth.of("date")).get("a")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(by(TruncWeek.of("date")).get("b")).isEqualTo(LocalDate.of(2023, 12, 25));
        assertThat(by(Trunc.of("date", "day")).get("d")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Everything.objects.annotate("m", TruncMonth.of("instant")).filter("m", Instant.parse("2024-01-01T00:00:00Z"))
                .orderBy("name").valuesList(String.class, "name").list()).containsExactly("c");
        assertThat(Everything.objects.annotate("w", TruncWeek.of("date")).filter("w__gte", LocalDate.of(2023, 12, 25))
                .orderBy("name").valuesList(String.class, "name").list()).containsExactly("a", "b", "c");
    }

    @DbTest
    void truncRefusesBadKindsAndSources() {
        rows();
        assertThatThrownBy(() -> Trunc.of("instant", "fortnight")).isInstanceOf(FieldError.class)
                .hasMessageContaining("Unknown truncation kind 'fortnight'").hasMessageContaining("quarter");
        assertThatThrownBy(() -> by(TruncHour.of("date"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot truncate a date to 'hour'");
        assertThatThrownBy(() -> by(TruncMonth.of("name"))).isInstanceOf(FieldError.class)
                .hasMessageContaining("Trunc applies to a date or a datetime");
        assertThatThrownBy(() -> by(TruncMonth.of("time"))).isInstanceOf(FieldError.class);
    }

    @DbTest
    void nowIsTheDatabasesUtcTime() {
        rows();
        assertThat(Everything.objects.filter("instant__lt", Now.of()).count()).isEqualTo(4);
        Instant now = (Instant) by(Now.of()).get("a");
        assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(by(ExtractYear.of(Now.of())).get("a")).isNotNull();
    }
}
