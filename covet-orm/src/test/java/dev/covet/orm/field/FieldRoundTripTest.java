package dev.covet.orm.field;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Color;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.PgArrays;
import dev.covet.orm.schema.SchemaEditor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every field type of {@link Everything} comes back from the database exactly as it was saved. */
class FieldRoundTripTest {
    /** Saves a new instance set up by {@code setup} and reads it back through a fresh query. */
    private static Everything roundTrip(Consumer<Everything> setup) {
        Everything e = new Everything();
        setup.accept(e);
        e.save();
        assertThat(e.id).isNotNull();
        return Everything.objects.get("pk", e.id);
    }

    // ---------------------------------------------------------------- strings

    @DbTest
    void unicodeString() {
        assertThat(roundTrip(e -> e.name = "Zoë Ωmega 🚀").name).isEqualTo("Zoë Ωmega 🚀");
    }

    @DbTest
    void emptyStringStaysEmptyNotNull() {
        assertThat(roundTrip(e -> e.name = "").name).isNotNull().isEmpty();
        assertThat(roundTrip(e -> e.text = "").text).isNotNull().isEmpty();
    }

    @DbTest
    void charFieldAtItsMaxLength() {
        String ascii = "x".repeat(50);
        assertThat(roundTrip(e -> e.name = ascii).name).isEqualTo(ascii).hasSize(50);
        // max_length counts characters, not UTF-16 units or bytes: 50 emoji fit a CharField(50)
        String emoji = "🚀".repeat(50);
        assertThat(roundTrip(e -> e.name = emoji).name).isEqualTo(emoji);
    }

    @DbTest
    void whitespaceIsKeptAsIs() {
        String padded = "  leading and trailing  ";
        assertThat(roundTrip(e -> e.name = padded).name).isEqualTo(padded);
    }

    @DbTest
    void longText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 100_000; i++) {
            b.append("line ").append(i).append(" ünïcödé ✓\n");
        }
        String text = b.substring(0, 100_000);
        String back = roundTrip(e -> e.text = text).text;
        assertThat(back).hasSize(100_000);
        assertThat(back).isEqualTo(text);
    }

    @DbTest
    void emailAndUrl() {
        Everything back = roundTrip(e -> {
            e.email = "first.last+tag@sub.example.co.uk";
            e.url = "https://example.com/path/to?q=1&r=ü#frag";
        });
        assertThat(back.email).isEqualTo("first.last+tag@sub.example.co.uk");
        assertThat(back.url).isEqualTo("https://example.com/path/to?q=1&r=ü#frag");
    }

    // ---------------------------------------------------------------- numbers

    @DbTest
    void integerBounds() {
        assertThat(roundTrip(e -> e.integer = Integer.MIN_VALUE).integer).isEqualTo(Integer.MIN_VALUE);
        assertThat(roundTrip(e -> e.integer = Integer.MAX_VALUE).integer).isEqualTo(Integer.MAX_VALUE);
        assertThat(roundTrip(e -> e.integer = 0).integer).isZero();
    }

    @DbTest
    void longBounds() {
        assertThat(roundTrip(e -> e.bigInteger = Long.MIN_VALUE).bigInteger).isEqualTo(Long.MIN_VALUE);
        assertThat(roundTrip(e -> e.bigInteger = Long.MAX_VALUE).bigInteger).isEqualTo(Long.MAX_VALUE);
    }

    @DbTest
    void shortBounds() {
        assertThat(roundTrip(e -> e.smallInteger = Short.MIN_VALUE).smallInteger).isEqualTo(Short.MIN_VALUE);
        assertThat(roundTrip(e -> e.smallInteger = Short.MAX_VALUE).smallInteger).isEqualTo(Short.MAX_VALUE);
    }

    @DbTest
    void doublesAreExact() {
        for (double d : new double[]{0.1, -1e300, 1e-300, Math.PI, -0.5, Double.MAX_VALUE, Double.MIN_NORMAL}) {
            Double back = roundTrip(e -> e.doubleValue = d).doubleValue;
            assertThat(back).as("double %s", d).isEqualTo(d);
        }
    }

    @DbTest
    void floatsAreExact() {
        for (float f : new float[]{0.1f, 3.4e38f, -1.5f, 1.2345678f, 1e-30f, Float.MIN_VALUE, Float.MAX_VALUE}) {
            Float back = roundTrip(e -> e.floatValue = f).floatValue;
            assertThat(back).as("float %s", f).isEqualTo(f);
        }
    }

    @DbTest
    void decimalsComeBackAtTheDeclaredScale() {
        for (String text : List.of("12345678.1234", "-0.0001", "0", "99999999.9999", "-12.5")) {
            BigDecimal value = new BigDecimal(text);
            BigDecimal back = roundTrip(e -> e.decimal = value).decimal;
            assertThat(back.scale()).as("scale of %s", text).isEqualTo(4);
            assertThat(back.compareTo(value)).as("value of %s, read %s", text, back).isZero();
            assertThat(back).isEqualTo(value.setScale(4));
        }
        assertThat(roundTrip(e -> e.decimal = BigDecimal.ZERO).decimal).isEqualTo(new BigDecimal("0.0000"));
    }

    // ---------------------------------------------------------------- booleans

    @DbTest
    void booleansIncludingNull() {
        assertThat(roundTrip(e -> e.flag = true).flag).isTrue();
        assertThat(roundTrip(e -> e.flag = false).flag).isFalse();
        assertThat(roundTrip(e -> e.flag = null).flag).isNull();
    }

    // ---------------------------------------------------------------- dates and times

    @DbTest
    void instantWithMicroseconds() {
        Instant t = Instant.parse("2024-02-29T23:59:59.123456Z");
        assertThat(roundTrip(e -> e.instant = t).instant).isEqualTo(t);
        for (String text : List.of("1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999Z", "1900-01-01T00:00:00.000001Z",
                "2024-03-10T02:30:00Z", "2024-10-27T01:30:00.5Z", "9999-12-31T23:59:59.999999Z")) {
            // 2024-03-10T02:30 and 2024-10-27T01:30 are in daylight-saving gaps and overlaps of some zones:
            // the value is stored as UTC wall time, whatever the JVM's zone
            Instant i = Instant.parse(text);
            assertThat(roundTrip(e -> e.instant = i).instant).as(text).isEqualTo(i);
        }
    }

    @DbTest
    void instantWithNanosecondsIsTruncatedToMicroseconds() {
        Instant t = Instant.parse("2024-02-29T23:59:59.123456789Z");
        assertThat(roundTrip(e -> e.instant = t).instant).isEqualTo(Instant.parse("2024-02-29T23:59:59.123456Z"));
        // truncated, never rounded up into the next second
        Instant edge = Instant.parse("2024-12-31T23:59:59.999999999Z");
        assertThat(roundTrip(e -> e.instant = edge).instant).isEqualTo(Instant.parse("2024-12-31T23:59:59.999999Z"));
        // a filter on the nanosecond value finds the row it was saved as
        assertThat(Everything.objects.filter("instant", edge).count()).isEqualTo(1);
    }

    @DbTest
    void localDateTime() {
        for (String text : List.of("2031-07-04T12:34:56.654321", "2024-03-10T02:30:00", "2024-03-31T02:30:00.000001")) {
            LocalDateTime t = LocalDateTime.parse(text);
            assertThat(roundTrip(e -> e.localDateTime = t).localDateTime).as(text).isEqualTo(t);
        }
    }

    @DbTest
    void offsetDateTimeComesBackAsTheSameInstantInUtc() {
        OffsetDateTime t = OffsetDateTime.parse("2024-06-01T10:15:30.5+02:00");
        OffsetDateTime back = roundTrip(e -> e.offsetDateTime = t).offsetDateTime;
        assertThat(back.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(back.toInstant()).isEqualTo(t.toInstant());
        assertThat(back).isEqualTo(OffsetDateTime.parse("2024-06-01T08:15:30.5Z"));
    }

    @DbTest
    void dates() {
        for (LocalDate d : List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2099, 12, 31), LocalDate.of(2024, 2, 29),
                LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31))) {
            assertThat(roundTrip(e -> e.date = d).date).as("date %s", d).isEqualTo(d);
        }
    }

    @DbTest
    void theFirstDayOfTheCommonEra() {
        // All three databases accept year 1 (MariaDB documents 1000 as its lower bound but stores earlier dates).
        LocalDate first = LocalDate.of(1, 1, 1);
        assertThat(roundTrip(e -> e.date = first).date).isEqualTo(first);
    }

    @DbTest
    void timeWithMicroseconds() {
        for (LocalTime t : List.of(LocalTime.parse("13:45:07.123456"), LocalTime.MIDNIGHT, LocalTime.parse("23:59:59.999999"))) {
            assertThat(roundTrip(e -> e.time = t).time).as("time %s", t).isEqualTo(t);
        }
    }

    @DbTest
    void timeWithNanosecondsIsTruncatedToMicroseconds() {
        LocalTime t = LocalTime.parse("23:59:59.999999999");
        assertThat(roundTrip(e -> e.time = t).time).isEqualTo(LocalTime.parse("23:59:59.999999"));
    }

    // ---------------------------------------------------------------- JSON

    @DbTest
    void jsonObjectWithEveryKindOfValue() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("deep", List.of(1, 2, Map.of("deeper", "yes")));
        inner.put("empty", Map.of());
        inner.put("nothing", null);
        List<Object> mixed = new ArrayList<>(Arrays.asList(1, "two", 3.5, true, null, List.of()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("int", 42);
        json.put("negative", -7);
        json.put("long", 9_007_199_254_740_993L);
        json.put("double", 3.14159);
        json.put("true", true);
        json.put("false", false);
        json.put("null", null);
        json.put("unicode", "Zoë Ωmega 🚀 \"quoted\" \\ back\nslash");
        json.put("ünïcödé key", "v");
        json.put("list", mixed);
        json.put("nested", inner);
        json.put("emptyList", List.of());

        Map<String, Object> back = roundTrip(e -> e.json = json).json;
        assertThat(back).isEqualTo(json);
        assertThat(back).containsEntry("null", null).containsKey("null");
        assertThat(back.get("int")).isInstanceOf(Integer.class);
        assertThat(back.get("long")).isInstanceOf(Long.class).isEqualTo(9_007_199_254_740_993L);
        assertThat(back.get("double")).isInstanceOf(Double.class);
    }

    @DbTest
    void jsonDoublesStayDoubles() {
        // PostgreSQL's jsonb rewrites 2.5E10 as 25000000000, which would read back as a Long
        List<Object> numbers = new ArrayList<>(List.of(1.0, 1.0e7, 2.5e10, -3.0e15, 1.0e300, 1.5e-5, 1.0e-300, 12345.678,
                Double.MAX_VALUE, 0.5f, 1.0e10f, Integer.MAX_VALUE, Long.MIN_VALUE));
        List<Object> back = roundTrip(e -> e.jsonList = numbers).jsonList;
        assertThat(back).hasSameSizeAs(numbers);
        for (int i = 0; i < numbers.size(); i++) {
            Object sent = numbers.get(i);
            Object read = back.get(i);
            if (sent instanceof Float f) {
                // JSON has no single precision: a float comes back as the double it equals
                assertThat(read).as("float %s", f).isInstanceOf(Double.class);
                assertThat(((Double) read).floatValue()).as("float %s", f).isEqualTo(f);
            } else {
                assertThat(read).as("number %s", sent).isInstanceOf(sent.getClass()).isEqualTo(sent);
            }
        }
    }

    @DbTest
    void emptyJsonObjectIsNotNull() {
        assertThat(roundTrip(e -> e.json = new LinkedHashMap<>()).json).isNotNull().isEmpty();
    }

    @DbTest
    void jsonList() {
        List<Object> list = new ArrayList<>(Arrays.asList("a", 1, 2.5, false, null, Map.of("k", List.of("v")), List.of(1, 2)));
        assertThat(roundTrip(e -> e.jsonList = list).jsonList).isEqualTo(list);
        assertThat(roundTrip(e -> e.jsonList = new ArrayList<>()).jsonList).isNotNull().isEmpty();
    }

    // ---------------------------------------------------------------- binary, UUID, enum

    @DbTest
    void everyByteValue() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        assertThat(roundTrip(e -> e.binary = all.clone()).binary).isEqualTo(all);
        byte[] reversed = new byte[256];
        for (int i = 0; i < 256; i++) {
            reversed[i] = (byte) (255 - i);
        }
        assertThat(roundTrip(e -> e.binary = reversed.clone()).binary).isEqualTo(reversed);
    }

    @DbTest
    void emptyBinaryIsNotNull() {
        assertThat(roundTrip(e -> e.binary = new byte[0]).binary).isNotNull().isEmpty();
    }

    @DbTest
    void uuid() {
        UUID u = UUID.randomUUID();
        assertThat(roundTrip(e -> e.uuid = u).uuid).isEqualTo(u);
        UUID zero = new UUID(0, 0);
        assertThat(roundTrip(e -> e.uuid = zero).uuid).isEqualTo(zero);
    }

    @DbTest
    void enumByName() {
        for (Color c : Color.values()) {
            assertThat(roundTrip(e -> e.color = c).color).isEqualTo(c);
        }
    }

    // ---------------------------------------------------------------- all at once, nulls, updates

    private static void fill(Everything e) {
        e.name = "Zoë";
        e.text = "long text";
        e.email = "zoe@example.com";
        e.url = "https://example.com/";
        e.integer = 7;
        e.bigInteger = 1L << 40;
        e.smallInteger = (short) 300;
        e.doubleValue = 0.1;
        e.floatValue = 0.1f;
        e.decimal = new BigDecimal("1.5000");
        e.flag = true;
        e.instant = Instant.parse("2024-02-29T23:59:59.123456Z");
        e.localDateTime = LocalDateTime.parse("2024-01-02T03:04:05.000006");
        e.offsetDateTime = OffsetDateTime.parse("2024-01-02T03:04:05Z");
        e.date = LocalDate.of(2024, 2, 29);
        e.time = LocalTime.of(12, 0, 1, 2_000);
        e.json = new LinkedHashMap<>(Map.of("a", List.of(1, 2)));
        e.jsonList = new ArrayList<>(List.of("x"));
        e.binary = new byte[]{0, 1, -1};
        e.uuid = UUID.fromString("12345678-1234-5678-9abc-def012345678");
        e.color = Color.GREEN;
    }

    @DbTest
    void everyFieldAtOnce() {
        Everything original = new Everything();
        fill(original);
        original.save();
        Everything back = Everything.objects.get("pk", original.id);
        assertThat(back.toDict()).usingRecursiveComparison().isEqualTo(original.toDict());
        assertThat(back.binary).isEqualTo(original.binary);
    }

    @DbTest
    void everyNullableFieldSavedAsNullReadsBackNull() {
        Everything back = roundTrip(e -> {
        });
        Map<String, Object> values = back.toDict();
        assertThat(values.keySet()).hasSize(22).contains("id", "name", "json", "jsonList", "binary", "color");
        values.forEach((field, value) -> {
            if (!field.equals("id")) {
                assertThat(value).as(field).isNull();
            }
        });
    }

    @DbTest
    void updatingFromAValueToNullAndBack() {
        Everything e = new Everything();
        fill(e);
        e.save();
        Map<String, Object> filled = Everything.objects.get("pk", e.id).toDict();

        for (String field : filled.keySet()) {
            if (!field.equals("id")) {
                e.updateFromDict(java.util.Collections.singletonMap(field, null));
            }
        }
        e.save();
        assertThat(Everything.objects.count()).isEqualTo(1);
        Everything nulled = Everything.objects.get("pk", e.id);
        nulled.toDict().forEach((field, value) -> {
            if (!field.equals("id")) {
                assertThat(value).as(field).isNull();
            }
        });

        fill(e);
        e.save();
        Everything refilled = Everything.objects.get("pk", e.id);
        assertThat(refilled.toDict()).usingRecursiveComparison().isEqualTo(filled);
        assertThat(Everything.objects.count()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- PostgreSQL arrays

    @DbTest
    void arrayFieldsOnPostgresqlOnly(TestDb db) {
        ModelInfo<PgArrays> info = ModelRegistry.info(PgArrays.class);
        SchemaEditor schema = new SchemaEditor(Covet.database());
        if (!db.isPostgres()) {
            assertThatThrownBy(() -> schema.createTables(List.of(info)))
                    .isInstanceOf(NotSupportedError.class)
                    .hasMessageContaining("PgArrays.tags");
            assertThat(Covet.database().tableNames()).doesNotContain(info.table());
            return;
        }
        schema.createTables(List.of(info));
        try {
            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            PgArrays full = new PgArrays();
            full.tags = List.of("red", "Zoë 🚀", "", "with,comma", "with \"quotes\"", "{braces}", "NULL");
            full.numbers = List.of(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE);
            full.dates = List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2099, 12, 31));
            full.ids = List.of(a, b);
            full.save();

            PgArrays empty = new PgArrays();
            empty.tags = List.of();
            empty.numbers = List.of();
            empty.dates = List.of();
            empty.ids = List.of();
            empty.save();

            PgArrays nulls = new PgArrays();
            nulls.tags = List.of("only");
            nulls.numbers = List.of(5);
            nulls.dates = List.of(LocalDate.of(2000, 1, 1));
            nulls.save();

            PgArrays back = PgArrays.objects.get("pk", full.id);
            assertThat(back.tags).isEqualTo(full.tags);
            assertThat(back.numbers).isEqualTo(full.numbers);
            assertThat(back.dates).isEqualTo(full.dates);
            assertThat(back.ids).isEqualTo(full.ids);

            PgArrays backEmpty = PgArrays.objects.get("pk", empty.id);
            assertThat(backEmpty.tags).isNotNull().isEmpty();
            assertThat(backEmpty.numbers).isNotNull().isEmpty();
            assertThat(backEmpty.dates).isNotNull().isEmpty();
            assertThat(backEmpty.ids).isNotNull().isEmpty();

            PgArrays backNulls = PgArrays.objects.get("pk", nulls.id);
            assertThat(backNulls.ids).isNull();
            assertThat(backNulls.tags).containsExactly("only");

            // an update writes the new list
            back.numbers = List.of(3, 2, 1);
            back.save();
            assertThat(PgArrays.objects.get("pk", full.id).numbers).containsExactly(3, 2, 1);
            assertThat(PgArrays.objects.count()).isEqualTo(3);
        } finally {
            schema.dropTables(List.of(info));
        }
        assertThat(Covet.database().tableNames()).doesNotContain(info.table());
    }
}
