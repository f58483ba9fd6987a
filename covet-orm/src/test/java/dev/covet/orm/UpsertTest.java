package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.User;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bulkCreate with OnConflict: conflicting rows skipped or updated, on every database. */
class UpsertTest {
    private static Publisher publisher(String name) {
        Publisher p = new Publisher();
        p.name = name;
        return p;
    }

    private static User user(String username, String email, String firstName) {
        User u = new User();
        u.username = username;
        u.email = email;
        u.firstName = firstName;
        return u;
    }

    @DbTest
    void ignoreSkipsConflictingRows() {
        Publisher.objects.bulkCreate(List.of(publisher("Ace"), publisher("Bee")));
        Publisher.objects.bulkCreate(List.of(publisher("Ace"), publisher("Cee")), OnConflict.ignore());
        assertThat(Publisher.objects.orderBy("name").valuesList(String.class, "name").list()).containsExactly("Ace", "Bee", "Cee");
        assertThatThrownBy(() -> Publisher.objects.bulkCreate(List.of(publisher("Ace"))))
                .isInstanceOf(IntegrityError.class);
    }

    @DbTest
    void updateUpsertsOnTheUniqueField() {
        User.objects.bulkCreate(List.of(user("ann", "ann@a.example", "Ann")));
        List<User> batch = new ArrayList<>(List.of(user("ann", "ann@a.example", "Annie"), user("bob", "bob@b.example", "Bob")));
        User.objects.bulkCreate(batch, OnConflict.update(List.of("username"), List.of("firstName")));
        assertThat(User.objects.orderBy("username").valuesList(String.class, "firstName").list()).containsExactly("Annie", "Bob");
        assertThat(User.objects.count()).isEqualTo(2);
    }

    @DbTest
    void badFieldsAreClearErrors() {
        assertThatThrownBy(() -> User.objects.bulkCreate(List.of(user("x1", "x@x.example", "X")),
                OnConflict.update(List.of("username"), List.of("nope"))))
                .isInstanceOf(FieldError.class).hasMessageContaining("'nope'").hasMessageContaining("Choices are");
        assertThatThrownBy(() -> User.objects.bulkCreate(List.of(user("x1", "x@x.example", "X")),
                OnConflict.update(List.of("username\"); DROP TABLE users; --"), List.of("firstName"))))
                .isInstanceOf(FieldError.class).hasMessageContaining("is not a column");
        assertThatThrownBy(() -> OnConflict.update(List.of("username"), List.of())).isInstanceOf(FieldError.class);
        assertThat(User.objects.count()).isZero();
    }
}
