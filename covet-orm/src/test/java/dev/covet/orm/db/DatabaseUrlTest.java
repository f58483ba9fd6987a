package dev.covet.orm.db;

import dev.covet.orm.exception.ImproperlyConfigured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** Database URLs: percent-decoding, no smuggled parameters, and malformed ones told apart without the password. */
class DatabaseUrlTest {
    @Test
    void userPasswordAndDatabaseArePercentDecoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ad%40min:p%2Fa%3Fs%40s+w%25rd@db:5433/sh%C3%B6p%20data");
        assertThat(url.user()).isEqualTo("ad@min");
        assertThat(url.password()).isEqualTo("p/a?s@s+w%rd");
        assertThat(url.database()).isEqualTo("shöp data");
        assertThat(DatabaseUrl.parse(url.text())).isEqualTo(url);
        // a raw '@', '?' or '/' in the password: the credentials end at the last '@'
        DatabaseUrl raw = DatabaseUrl.parse("mariadb://app:se?cr/et@x@db/shop?useSsl=true");
        assertThat(raw.password()).isEqualTo("se?cr/et@x");
        assertThat(raw.host()).isEqualTo("db");
        assertThat(raw.options()).containsExactly(java.util.Map.entry("useSsl", "true"));
        assertThat(DatabaseUrl.parse(raw.text())).isEqualTo(raw);
    }

    @Test
    void parametersCannotBeSmuggledThroughTheDatabaseName() {
        for (String name : List.of("shop%3Fsslmode%3Ddisable", "shop%26sslmode%3Ddisable", "shop%3Bx%3Dy", "shop%23x", "a%2Fb", "a%00b")) {
            assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@db/" + name)).as(name)
                    .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("the database name may not hold");
        }
        assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://u@db/a/b")).isInstanceOf(ImproperlyConfigured.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://u@address=(host=evil)/db"))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("the host may hold only");
    }

    @Test
    void malformedUrlsAreImproperlyConfiguredAndNeverShowThePassword() {
        String secret = "Hunter2Secret";
        List<String> bad = List.of(
                "postgresql://u:" + secret + "@db:99999/x", "postgresql://u:" + secret + "@db:port/x",
                "postgresql://u:" + secret + "/@db:1x/x", "postgresql://u:" + secret + "?@db:-1/x",
                "postgresql://u:" + secret + "@@db:70000/x", "postgresql://u:" + secret + "%zz@db/x",
                "postgresql://u:" + secret + "%C3@db/x", "mysql://u:" + secret + "@db/", "mysql://u:" + secret + "@/x",
                "postgresql://u:" + secret + "/x", "postgresql://u:" + secret, "mysql://u:" + secret + "@db/x?novalue",
                "mysql://u:" + secret + "@db/x?%zz=1", "postgresql//u:" + secret + "@db/x", "oracle://u:" + secret + "@db/x",
                "u:" + secret + "@db/x", "postgresql://u:" + secret + "@db/x%3Fa%3Db", "postgresql://u:" + secret + "@d b/x");
        for (String url : bad) {
            try {
                DatabaseUrl.parse(url);
                fail("accepted " + url);
            } catch (ImproperlyConfigured e) {
                assertThat(e.getMessage()).as(url).doesNotContain(secret).containsAnyOf("Malformed database URL", "Unknown database URL scheme");
            } catch (RuntimeException e) {
                fail(url + " raised " + e);
            }
        }
    }

    @Test
    void randomUrlsAreParsedOrRefusedWithoutShowingThePassword() {
        Random random = new Random(16);
        String alphabet = "abAB09:/@?&=%#;.-_[] \\+\0é";
        for (int i = 0; i < 20_000; i++) {
            String password = "PW" + random(random, alphabet, 1 + random.nextInt(12)) + "ZQ";
            String url = List.of("postgresql", "mysql", "mariadb", "postgres", "sqlite", "pg").get(random.nextInt(6)) + ":"
                    + (random.nextBoolean() ? "//" : "") + random(random, alphabet, random.nextInt(4)) + ":" + password
                    + "@" + random(random, alphabet, random.nextInt(16));
            try {
                DatabaseUrl parsed = DatabaseUrl.parse(url);
                if (!parsed.isSqlite()) {   // an SQLite URL is a file name, with no password
                    assertThat(parsed.toString()).as(url).doesNotContain(password);
                }
            } catch (ImproperlyConfigured e) {
                assertThat(e.getMessage()).as(url).doesNotContain(password);
            } catch (RuntimeException e) {
                fail(url.replace("\0", "\\0") + " raised " + e);
            }
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
