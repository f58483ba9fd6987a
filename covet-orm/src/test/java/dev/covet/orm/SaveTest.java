package dev.covet.orm;

import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Isbn;
import dev.covet.orm.models.Measurement;
import dev.covet.orm.models.Token;
import dev.covet.orm.models.User;
import dev.covet.orm.testing.CaptureQueries;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaveTest {
    private static User user(String name) {
        User u = new User();
        u.username = name;
        u.email = name + "@example.com";
        return u;
    }

    @DbTest
    void firstSaveInsertsAndLaterSavesUpdate() {
        User u = user("alice");
        assertThat(u.id).isNull();
        try (CaptureQueries q = CaptureQueries.start()) {
            u.save();
            assertThat(q.sql()).singleElement().asString().startsWith("INSERT");
        }
        assertThat(u.id).isNotNull();

        u.email = "alice@example.org";
        try (CaptureQueries q = CaptureQueries.start()) {
            u.save();
            assertThat(q.sql()).singleElement().asString().startsWith("UPDATE");
        }
        User fresh = User.objects.get("id", u.id);
        assertThat(fresh.email).isEqualTo("alice@example.org");
        assertThat(User.objects.count()).isEqualTo(1);
    }

    @DbTest
    void autoTimestampsAreSetOnInsertAndSave() throws InterruptedException {
        User u = user("bob");
        u.save();
        assertThat(u.createdAt).isNotNull();
        assertThat(u.updatedAt).isNotNull();
        var created = u.createdAt;
        var updated = u.updatedAt;
        Thread.sleep(5);
        u.firstName = "Bob";
        u.save();
        assertThat(u.createdAt).isEqualTo(created);
        assertThat(u.updatedAt).isAfter(updated);
        User fresh = User.objects.get("username", "bob");
        assertThat(fresh.createdAt).isEqualTo(created);
        assertThat(fresh.updatedAt).isEqualTo(u.updatedAt);
    }

    @DbTest
    void uuidPrimaryKeyWithDefaultInsertsDirectly() {
        Token t = new Token();
        t.label = "api";
        UUID key = t.key;
        try (CaptureQueries q = CaptureQueries.start()) {
            t.save();
            assertThat(q.sql()).singleElement().asString().startsWith("INSERT");
        }
        assertThat(t.secret).isNotNull();
        Token fresh = Token.objects.get("pk", key);
        assertThat(fresh.label).isEqualTo("api");
        assertThat(fresh.secret).isEqualTo(t.secret);
    }

    @DbTest
    void charPrimaryKeyUpdatesExistingRowOnSaveOfNewInstance() {
        Isbn a = new Isbn();
        a.isbn = "9780441013593";
        a.title = "Dune";
        a.save();
        Isbn b = new Isbn();
        b.isbn = "9780441013593";
        b.title = "Dune (2nd)";
        b.save();
        assertThat(Isbn.objects.count()).isEqualTo(1);
        assertThat(Isbn.objects.get("isbn", "9780441013593").title).isEqualTo("Dune (2nd)");
    }

    @DbTest
    void bigAutoKeyUnderAnotherName() {
        Measurement m = new Measurement();
        m.temperature = 21.5;
        m.save();
        assertThat(m.measurementId).isNotNull();
        assertThat(m.pk()).isEqualTo(m.measurementId);
        assertThat(Measurement.objects.get("pk", m.measurementId).temperature).isEqualTo(21.5);
    }

    @DbTest
    void primitiveFieldsAndInitializerDefaults() {
        Counter c = Counter.objects.create(Map.of("name", "hits"));
        Counter fresh = Counter.objects.get("name", "hits");
        assertThat(fresh.value).isZero();
        assertThat(fresh.enabled).isTrue();
        assertThat(fresh.settings).isEmpty();
        assertThat(c.id).isEqualTo(fresh.id);
    }

    @DbTest
    void forceInsertOfExistingKeyIsAnIntegrityError() {
        Isbn a = new Isbn();
        a.isbn = "1";
        a.title = "One";
        a.save();
        Isbn b = new Isbn();
        b.isbn = "1";
        b.title = "Again";
        assertThatThrownBy(() -> b.save(SaveOptions.forceInsert())).isInstanceOf(UniqueViolation.class);
        assertThat(Isbn.objects.get("isbn", "1").title).isEqualTo("One");
    }

    @DbTest
    void updateFieldsWritesOnlyThoseColumns() {
        User u = user("carol");
        u.save();
        u.firstName = "Carol";
        u.lastName = "Changed-but-not-saved";
        try (CaptureQueries q = CaptureQueries.start()) {
            u.save(SaveOptions.updateFields("firstName"));
            assertThat(q.sql()).singleElement().asString().contains("first_name").doesNotContain("last_name");
        }
        User fresh = User.objects.get("id", u.id);
        assertThat(fresh.firstName).isEqualTo("Carol");
        assertThat(fresh.lastName).isEmpty();
    }

    @DbTest
    void listReturnsWhatWasSaved() {
        user("a1").save();
        user("a2").save();
        List<String> names = User.objects.orderBy("username").list().stream().map(x -> x.username).toList();
        assertThat(names).containsExactly("a1", "a2");
    }
}
