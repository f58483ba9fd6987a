package dev.covet.orm.sql;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQLite keeps timestamps as text: the hand-written reader and writer against java.time's. */
class CodecsTest {
    @Test
    void timestampsWrittenByCovetReadBackExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L), random.nextInt(1_000_000) * 1000L);
            String text = Codecs.timestampText(instant);
            assertThat(text).isEqualTo(Codecs.TIMESTAMP_TEXT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
            assertThat(Codecs.parseTimestamp(text)).isEqualTo(instant);
        }
        assertThat(Codecs.timestampText(Instant.parse("2024-05-01T09:30:00.123456789Z"))).isEqualTo("2024-05-01 09:30:00.123456");
        assertThat(Codecs.parseTimestamp("0001-01-01 00:00:00.000000")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(Codecs.parseTimestamp("9999-12-31 23:59:59.999999")).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999Z"));
    }

    @Test
    void otherIsoFormsAreReadLeniently() {
        assertThat(Codecs.parseTimestamp("2024-05-01T09:30:00Z")).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(Codecs.parseTimestamp("2024-05-01 09:30:00+02:00")).isEqualTo(Instant.parse("2024-05-01T07:30:00Z"));
        assertThat(Codecs.parseTimestamp("2024-05-01 09:30")).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(Codecs.parseTimestamp("2024-05-01")).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(Codecs.parseTimestamp("2024-05-01 09:30:00.5")).isEqualTo(Instant.parse("2024-05-01T09:30:00.500Z"));
        assertThat(Codecs.parseTimestamp(" 2024-05-01 09:30:00.000001 ")).isEqualTo(Instant.parse("2024-05-01T09:30:00.000001Z").truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void textThatIsNoTimestampIsRefused() {
        assertThatThrownBy(() -> Codecs.parseTimestamp("2024-05-0a 09:30:00.000000")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Codecs.parseTimestamp("2024-13-01 09:30:00.000000")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> Codecs.parseTimestamp("yesterday")).isInstanceOf(DateTimeParseException.class);
    }
}
