package dev.covet.orm.field;

import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.covet.orm.DbTest;
import dev.covet.orm.models.Category;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Folder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Covet's own JSON mapper: java.time values in JSON fields, and no tree helper taken for a bean property. */
class JsonMapperTest {
    /** A typed JSON value with the java.time types an application is likely to keep there. */
    public record Stamp(Instant at, LocalDate day, LocalDateTime local, OffsetDateTime offset, Duration took) {
    }

    @DbTest
    void javaTimeValuesInAJsonFieldAreWrittenAsIsoText() {
        Instant at = Instant.parse("2026-11-28T10:15:30.123456Z");
        Counter c = new Counter();
        c.name = "c";
        c.settings = new HashMap<>(Map.of("at", at, "day", LocalDate.of(2026, 2, 28), "took", Duration.ofSeconds(90)));
        c.save();
        Counter back = Counter.objects.get("id", c.id);
        assertThat(back.settings).containsEntry("at", "2026-11-28T10:15:30.123456Z")
                .containsEntry("day", "2026-02-28").containsEntry("took", "PT1M30S");
        assertThat(Instant.parse((String) back.settings.get("at"))).isEqualTo(at);
    }

    @DbTest
    void typedJavaTimeValuesReadBackEqual() {
        Stamp s = new Stamp(Instant.parse("2026-11-28T10:15:30Z"), LocalDate.of(2026, 1, 2), LocalDateTime.of(2026, 1, 2, 3, 4, 5),
                OffsetDateTime.parse("2026-01-02T03:04:05+02:00"), Duration.ofMillis(1500));
        String text = Json.write(s);
        assertThat(text).contains("\"at\":\"2026-11-28T10:15:30Z\"").contains("\"offset\":\"2026-01-02T03:04:05+02:00\"");
        assertThat(Json.read(text, Json.type(Stamp.class))).isEqualTo(s);
    }

    @DbTest
    void treeHelpersAreNotBeanProperties() {
        for (Class<?> type : List.of(Category.class, Folder.class)) {
            List<String> properties = Json.mapper().getSerializationConfig().introspect(Json.type(type)).findProperties()
                    .stream().map(BeanPropertyDefinition::getName).toList();
            assertThat(properties).as(type.getSimpleName()).doesNotContain("root", "leaf");
        }
        // still there as methods
        Category c = new Category();
        c.name = "root";
        c.save();
        assertThat(c.isRoot()).isTrue();
        assertThat(c.isLeaf()).isTrue();
    }
}
