package dev.covet.orm;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.User;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Django's {@code get_next_by_FOO()} / {@code get_previous_by_FOO()}: by a non-null date field, ties by primary key. */
class NeighboursTest {
    private static User user(String name, boolean active, String createdAt) {
        User u = Fixtures.user(name, active, false);
        User.objects.filter("id", u.id).update("createdAt", Instant.parse(createdAt));
        return User.objects.get("id", u.id);
    }

    @DbTest
    void nextAndPreviousByADateTimeField() {
        User u1 = user("u1", true, "2026-01-01T00:00:00Z");
        User u2 = user("u2", false, "2026-01-02T00:00:00Z");
        User u3 = user("u3", true, "2026-01-02T00:00:00Z");     // the same time as u2: after it by key
        User u4 = user("u4", true, "2026-01-03T00:00:00Z");
        assertThat(u1.<User>getNextBy("createdAt")).isEqualTo(u2);
        assertThat(u2.<User>getNextBy("createdAt")).isEqualTo(u3);
        assertThat(u3.<User>getNextBy("createdAt")).isEqualTo(u4);
        assertThatThrownBy(() -> u4.getNextBy("createdAt")).isInstanceOf(DoesNotExist.class);
        assertThat(u4.<User>getPreviousBy("createdAt")).isEqualTo(u3);
        assertThat(u3.<User>getPreviousBy("createdAt")).isEqualTo(u2);
        assertThat(u2.<User>getPreviousBy("createdAt")).isEqualTo(u1);
        assertThatThrownBy(() -> u1.getPreviousBy("createdAt")).isInstanceOf(DoesNotExist.class);
        // extra filters narrow the candidates, as get_next_by_FOO(**kwargs)
        assertThat(u1.<User>getNextBy("createdAt", Q.of("isActive", true))).isEqualTo(u3);
    }

    @DbTest
    void onlyForNonNullDateFieldsOfSavedObjects() {
        User u = user("solo", true, "2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> u.getNextBy("username")).isInstanceOf(FieldError.class)
                .hasMessageContaining("Choices are: createdAt, updatedAt");
        assertThatThrownBy(() -> u.getNextBy("nope")).isInstanceOf(FieldError.class);
        User unsaved = Model.fromDict(User.class, Map.of("username", "x", "email", "x@example.com"));
        assertThatThrownBy(() -> unsaved.getNextBy("createdAt")).isInstanceOf(IllegalStateException.class);
    }
}
