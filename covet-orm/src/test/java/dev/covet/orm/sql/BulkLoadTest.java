package dev.covet.orm.sql;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.internal.persist.BulkWrites;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Color;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.PgArrays;
import dev.covet.orm.models.User;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.testing.CaptureQueries;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code bulkCreate} of many rows without a batch size: PostgreSQL loads them with one COPY after taking
 * their keys from the sequence, the others send multi-row INSERTs. Either way every value reads back as
 * the INSERT path stores it, every instance knows its key, and a failure leaves nothing behind.
 */
class BulkLoadTest {
    private static final int ROWS = BulkWrites.LOAD_FROM + 200;

    private static final List<String> STRINGS = List.of("tab\there", "new\nline", "cr\rreturn", "back\\slash", "\\N", "\\\\N",
            "", "'quote\"", "Zoë Ωmega 🚀", "\\.", "end\\", "a\t\n\r\\b");

    @DbTest
    void aLargeLoadStoresEveryValueAsInsertsDo(TestDb db) {
        List<Everything> loaded = everything(ROWS);
        List<Everything> inserted = everything(ROWS);
        try (CaptureQueries q = CaptureQueries.start()) {
            Everything.objects.bulkCreate(loaded);
            if (db.isPostgres()) {
                // the keys in one query, the rows in one COPY
                assertThat(q.sql()).hasSize(2);
                assertThat(q.sql().get(0)).startsWith("SELECT nextval(");
                assertThat(q.sql().get(1)).startsWith("COPY \"everything\" (\"id\", \"name\"").endsWith("FROM STDIN");
            } else {
                assertThat(q.sql()).allMatch(s -> s.startsWith("INSERT"));
            }
        }
        try (CaptureQueries q = CaptureQueries.start()) {
            // a batch size asks for INSERTs of that many rows, on every database
            Everything.objects.bulkCreate(inserted, 500);
            assertThat(q.sql()).hasSize(3).allMatch(s -> s.startsWith("INSERT"));
        }
        assertThat(Everything.objects.count()).isEqualTo(2L * ROWS);
        assertThat(loaded).allSatisfy(e -> assertThat(e.id).isNotNull());
        assertThat(loaded.stream().map(e -> e.id).distinct()).hasSize(ROWS);
        Map<Object, Everything> back = Everything.objects.inBulk();
        for (int i = 0; i < ROWS; i++) {
            Everything viaLoad = back.get(loaded.get(i).id);
            Everything viaInsert = back.get(inserted.get(i).id);
            assertThat(fingerprint(viaLoad)).as("row %d", i).isEqualTo(fingerprint(viaInsert));
        }
        // the values themselves, not only their agreement: a hostile string and the bytes come back as given
        Everything third = back.get(loaded.get(3).id);
        assertThat(third.name).isEqualTo(STRINGS.get(3));
        assertThat(third.binary).isEqualTo(bytes(3));
        assertThat(third.json).containsEntry("s", STRINGS.get(3));
        Everything nulls = back.get(loaded.get(0).id);
        assertThat(fingerprint(nulls).split(" ")).allMatch(part -> part.endsWith("=vnull"));
    }

    @DbTest
    void givenKeysAndTakenKeysLiveSideBySide(TestDb db) {
        List<Everything> rows = everything(ROWS);
        for (int i = 0; i < 10; i++) {
            rows.get(100 * i + 1).id = 9_000_000L + i;
        }
        Everything.objects.bulkCreate(rows);
        assertThat(rows.stream().map(e -> e.id).distinct()).hasSize(ROWS);
        for (int i = 0; i < 10; i++) {
            assertThat(Everything.objects.get("pk", 9_000_000L + i).name).isEqualTo(rows.get(100 * i + 1).name);
        }
        // the sequence moved past the keys it handed out: a save takes a fresh one
        Everything next = new Everything();
        next.save();
        assertThat(rows.stream().map(e -> e.id)).doesNotContain(next.id);
        assertThat(Everything.objects.count()).isEqualTo(ROWS + 1L);
    }

    @DbTest
    void aConflictLoadsNothingAndLeavesTheInstancesWithoutKeys(TestDb db) {
        List<User> users = users(ROWS);
        users.getLast().username = users.getFirst().username;
        assertThatThrownBy(() -> User.objects.bulkCreate(users)).isInstanceOf(IntegrityError.class);
        assertThat(User.objects.count()).isZero();
        assertThat(users).allSatisfy(u -> assertThat(u.id).isNull());
        // inside a transaction the failure leaves it usable, and a corrected load then succeeds
        Covet.atomic(() -> {
            assertThatThrownBy(() -> User.objects.bulkCreate(users)).isInstanceOf(IntegrityError.class);
            assertThat(User.objects.count()).isZero();
            users.getLast().username = "last-one";
            User.objects.bulkCreate(users);
        });
        assertThat(User.objects.count()).isEqualTo(ROWS);
        assertThat(User.objects.get("username", "last-one").id).isEqualTo(users.getLast().id);
    }

    @DbTest
    void aValueTooLongIsRefusedBeforeAnythingIsLoaded(TestDb db) {
        List<User> users = users(ROWS);
        users.get(700).username = "x".repeat(101);
        assertThatThrownBy(() -> User.objects.bulkCreate(users)).hasMessageContaining("username");
        assertThat(User.objects.count()).isZero();
        assertThat(users).allSatisfy(u -> assertThat(u.id).isNull());
    }

    @DbTest
    void farDatesCrossCopyAsInsertsCarryThem(TestDb db) {
        if (!db.isPostgres()) {
            return; // years outside 1000..9999 are PostgreSQL's alone among the three
        }
        List<Everything> loaded = new ArrayList<>();
        List<Everything> inserted = new ArrayList<>();
        for (List<Everything> list : List.of(loaded, inserted)) {
            for (int i = 0; i < ROWS; i++) {
                Everything e = new Everything();
                int year = switch (i % 5) {
                    case 0 -> 1;
                    case 1 -> 10_000;
                    case 2 -> 0; // 1 BC
                    case 3 -> 99;
                    default -> 2026;
                };
                e.date = LocalDate.of(year, 2, 28);
                e.instant = LocalDateTime.of(year, 12, 31, 23, 59, 58, 123_456_789).toInstant(ZoneOffset.UTC);
                list.add(e);
            }
        }
        Everything.objects.bulkCreate(loaded);
        Everything.objects.bulkCreate(inserted, 500);
        Map<Object, Everything> back = Everything.objects.inBulk();
        for (int i = 0; i < ROWS; i++) {
            assertThat(fingerprint(back.get(loaded.get(i).id))).as("row %d", i).isEqualTo(fingerprint(back.get(inserted.get(i).id)));
        }
        assertThat(back.get(loaded.get(2).id).date).isEqualTo(LocalDate.of(0, 2, 28));
        assertThat(back.get(loaded.get(1).id).instant).isEqualTo(LocalDateTime.of(10_000, 12, 31, 23, 59, 58, 123_456_000).toInstant(ZoneOffset.UTC));
    }

    @DbTest
    void arraysAreInsertedNotCopied(TestDb db) {
        if (!db.isPostgres()) {
            return; // array fields are PostgreSQL's
        }
        ModelInfo<PgArrays> info = ModelRegistry.info(PgArrays.class);
        SchemaEditor schema = new SchemaEditor(Covet.database());
        schema.createTables(List.of(info));
        try {
            List<PgArrays> rows = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                PgArrays a = new PgArrays();
                a.tags = List.of("t" + i, "x\ty");
                a.numbers = List.of(i);
                a.dates = List.of();
                rows.add(a);
            }
            try (CaptureQueries q = CaptureQueries.start()) {
                PgArrays.objects.bulkCreate(rows);
                assertThat(q.sql()).allMatch(s -> s.startsWith("INSERT"));
            }
            assertThat(PgArrays.objects.get("pk", rows.get(7).id).tags).containsExactly("t7", "x\ty");
        } finally {
            schema.dropTables(List.of(info));
        }
    }

    private static List<User> users(int n) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            User u = new User();
            u.username = "user" + i;
            u.email = "user" + i + "@example.com";
            users.add(u);
        }
        return users;
    }

    /** Row 0 has every field null; the others cycle through hostile and extreme values of each type. */
    private static List<Everything> everything(int n) {
        List<Everything> rows = new ArrayList<>();
        rows.add(new Everything());
        for (int i = 1; i < n; i++) {
            Everything e = new Everything();
            e.name = STRINGS.get(i % STRINGS.size());
            e.text = "line " + i + "\n" + STRINGS.get((i + 1) % STRINGS.size()) + "\tünïcödé ✓";
            e.email = "u" + i + "@example.com";
            e.url = "https://example.com/" + i + "?q=a\\b";
            e.integer = i % 3 == 0 ? Integer.MIN_VALUE : i % 3 == 1 ? Integer.MAX_VALUE : -i;
            e.bigInteger = i % 2 == 0 ? Long.MAX_VALUE - i : Long.MIN_VALUE + i;
            e.smallInteger = (short) (i % 2 == 0 ? Short.MIN_VALUE : Short.MAX_VALUE);
            e.doubleValue = i % 4 == 0 ? 0.1 : i % 4 == 1 ? -1.5e300 : i % 4 == 2 ? 1.0 / 3 : 4.9e-300;
            e.floatValue = i % 3 == 0 ? 0.1f : i % 3 == 1 ? -3.4e38f : 1.0f / 3;
            e.decimal = new BigDecimal(i % 2 == 0 ? "-12345678.1234" : "0.0001").add(BigDecimal.valueOf(i));
            e.flag = i % 2 == 0;
            e.instant = Instant.parse("2026-11-29T04:00:00Z").plusNanos(123_456_789L * i);
            e.localDateTime = LocalDateTime.of(2001, 2, 3, 4, 5, 6, 789_000_000).plusSeconds(i);
            e.offsetDateTime = OffsetDateTime.of(2020, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(i % 2 == 0 ? 5 : -8));
            e.date = LocalDate.of(1999, 12, 31).plusDays(i);
            e.time = LocalTime.of(i % 24, 15, 30, 123_456_000);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("s", e.name);
            json.put("n", i);
            e.json = json;
            e.jsonList = List.of("a\tb", i, Map.of("k", "\\"));
            e.binary = bytes(i);
            e.uuid = new UUID(i, -i);
            e.color = Color.values()[i % 3];
            rows.add(e);
        }
        return rows;
    }

    /** Bytes including tab, newline, backslash, NUL and 0xFF. */
    private static byte[] bytes(int i) {
        return new byte[]{(byte) i, 0, 9, 10, 13, 0x5c, (byte) 0xff, 'N', (byte) (i >> 8)};
    }

    /** Every field's value as text (bytes in hex), the key left out. */
    private static String fingerprint(Everything e) {
        return "name=v" + e.name + " text=v" + e.text + " email=v" + e.email + " url=v" + e.url
                + " integer=v" + e.integer + " bigInteger=v" + e.bigInteger + " smallInteger=v" + e.smallInteger
                + " double=v" + e.doubleValue + " float=v" + e.floatValue
                + " decimal=v" + (e.decimal == null ? null : e.decimal.stripTrailingZeros().toPlainString())
                + " flag=v" + e.flag + " instant=v" + e.instant + " localDateTime=v" + e.localDateTime
                + " offsetDateTime=v" + (e.offsetDateTime == null ? null : e.offsetDateTime.toInstant())
                + " date=v" + e.date + " time=v" + e.time + " json=v" + e.json + " jsonList=v" + e.jsonList
                + " binary=v" + (e.binary == null ? null : HexFormat.of().formatHex(e.binary)) + " uuid=v" + e.uuid
                + " color=v" + e.color;
    }
}
