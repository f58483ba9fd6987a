package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.Fixtures;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ForeignKeyViolation;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Note;
import dev.covet.orm.models.Profile;
import dev.covet.orm.models.Protector;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.Review;
import dev.covet.orm.models.User;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.testing.CaptureQueries;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForeignKeyTest {
    static Author author(String name) {
        return Author.objects.create(Map.of("name", name));
    }

    static Book book(String title, Author author, int pages) {
        return Book.objects.create(Map.of("title", title, "author", author, "pages", pages));
    }

    @DbTest
    void refKnowsItsKeyWithoutAQueryAndLoadsOnce() {
        Author alice = author("Alice");
        book("Dune", alice, 500);
        Book b = Book.objects.get("title", "Dune");
        CaptureQueries.assertNumQueries(0, () -> assertThat(b.author.<Long>id()).isEqualTo(alice.id));
        assertThat(b.author.isLoaded()).isFalse();
        Author loaded = CaptureQueries.assertNumQueries(1, () -> b.author.get());
        assertThat(loaded).isEqualTo(alice);
        assertThat(loaded.name).isEqualTo("Alice");
        CaptureQueries.assertNumQueries(0, () -> assertThat(b.author.get()).isSameAs(loaded));
        assertThat(b.<Author>get("author")).isSameAs(loaded);
        assertThat(b.<Long>get("authorId")).isEqualTo(alice.id);
    }

    @DbTest
    void assignByObjectOrByKey() {
        Author alice = author("Alice");
        Author bob = author("Bob");
        Book b = new Book();
        b.title = "T";
        b.author.set(alice);
        b.save();
        assertThat(Book.objects.get("id", b.id).author.<Long>id()).isEqualTo(alice.id);
        b.author.setId(bob.id);
        assertThat(b.author.isLoaded()).isFalse();
        b.save();
        assertThat(Book.objects.get("id", b.id).author.get().name).isEqualTo("Bob");
        Book viaKey = Book.objects.create(Map.of("title", "K", "authorId", alice.id));
        assertThat(viaKey.author.get()).isEqualTo(alice);
        Book viaString = Book.objects.create(Map.of("title", "S", "author", String.valueOf(bob.id)));
        assertThat(Book.objects.get("id", viaString.id).author.<Long>id()).isEqualTo(bob.id);
    }

    @DbTest
    void anUnsavedRelatedObjectCannotBeSavedThrough() {
        Author ghost = new Author();
        ghost.name = "Ghost";
        Book b = new Book();
        b.title = "Lost";
        b.author.set(ghost);
        assertThatThrownBy(b::save).isInstanceOf(ValidationError.class).hasMessageContaining("unsaved related object 'author'");
        ghost.save();
        b.save();
        assertThat(Book.objects.get("id", b.id).author.<Long>id()).isEqualTo(ghost.id);
    }

    @DbTest
    void filteringByObjectKeyOrNull() {
        Author alice = author("Alice");
        Author bob = author("Bob");
        book("A1", alice, 1);
        book("A2", alice, 2);
        book("B1", bob, 3);
        Publisher p = Publisher.objects.create(Map.of("name", "P"));
        Book.objects.filter("title", "B1").update("publisher", p);
        assertThat(Book.objects.filter("author", alice).count()).isEqualTo(2);
        assertThat(Book.objects.filter("authorId", bob.id).count()).isEqualTo(1);
        assertThat(Book.objects.filter("author__in", List.of(alice, bob)).count()).isEqualTo(3);
        assertThat(Book.objects.filter("author__id", bob.id).toSql()).doesNotContain("JOIN");
        assertThat(Book.objects.filter("publisher__isnull", true).count()).isEqualTo(2);
        assertThat(Book.objects.filter("publisher", p).valuesList(String.class, "title").list()).containsExactly("B1");
        assertThat(Book.objects.filter("publisher", null).count()).isEqualTo(2);
        assertThatThrownBy(() -> Book.objects.filter("author", p)).isInstanceOf(ValidationError.class).hasMessageContaining("is not a Author");
    }

    @DbTest
    void reverseSideHasAManagerByRelatedNameOrDefaultName() {
        Author alice = author("Alice");
        Book dune = book("Dune", alice, 500);
        book("Emma", alice, 300);
        book("Other", author("Bob"), 10);
        assertThat(alice.books.list()).extracting(b -> b.title).containsExactlyInAnyOrder("Dune", "Emma");
        assertThat(alice.related("books").count()).isEqualTo(2);
        assertThat(alice.books.filter("pages__gt", 400).list()).extracting(b -> b.title).containsExactly("Dune");
        assertThat(alice.books.exclude("title", "Dune").count()).isEqualTo(1);
        assertThat(alice.books.exists()).isTrue();
        Book made = alice.books.create(Map.of("title", "New", "pages", 1));
        assertThat(made.author.<Long>id()).isEqualTo(alice.id);
        assertThat(alice.books.count()).isEqualTo(3);

        Review.objects.create(Map.of("book", dune, "stars", 5));
        RelatedManager<Review> reviews = dune.related("reviewSet");
        assertThat(reviews.count()).isEqualTo(1);
        assertThat(Book.objects.filter("review__stars", 5).valuesList(String.class, "title").list()).containsExactly("Dune");
        assertThat(dune.<RelatedManager<Review>>get("reviewSet").count()).isEqualTo(1);
        assertThatThrownBy(() -> dune.related("nope")).isInstanceOf(FieldError.class).hasMessageContaining("reviewSet");
    }

    @DbTest
    void nullableReverseSideCanAddRemoveClearAndSet() {
        Author alice = author("Alice");
        Book a = book("A", alice, 1);
        Book b = book("B", alice, 2);
        Book c = book("C", alice, 3);
        Publisher p = Publisher.objects.create(Map.of("name", "P"));
        p.books.add(a, b);
        assertThat(p.books.list()).extracting(x -> x.title).containsExactlyInAnyOrder("A", "B");
        assertThat(a.publisher.<Long>id()).isEqualTo(p.id);
        p.books.remove(a);
        assertThat(Book.objects.get("id", a.id).publisher.<Long>id()).isNull();
        p.books.set(List.of(c));
        assertThat(p.books.list()).extracting(x -> x.title).containsExactly("C");
        p.books.clear();
        assertThat(p.books.count()).isZero();
        assertThat(Book.objects.count()).isEqualTo(3);
        assertThatThrownBy(() -> alice.books.remove(a)).isInstanceOf(IllegalStateException.class).hasMessageContaining("nullable");
        assertThatThrownBy(() -> p.books.remove(a)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not related");
    }

    @DbTest
    void oneToOneIsUniqueAndItsReverseIsOneObject() {
        User u = Fixtures.user("ann", true, false);
        User v = Fixtures.user("ben", true, false);
        Profile.objects.create(Map.of("user", u, "bio", "hi"));
        assertThat(u.<Profile>get("profile").bio).isEqualTo("hi");
        assertThatThrownBy(() -> v.get("profile")).isInstanceOf(DoesNotExist.class);
        assertThatThrownBy(() -> Profile.objects.create(Map.of("user", u))).isInstanceOf(UniqueViolation.class);
        assertThat(User.objects.filter("profile__bio", "hi").valuesList(String.class, "username").list()).containsExactly("ann");
        assertThat(User.objects.filter("profile__isnull", true).valuesList(String.class, "username").list()).containsExactly("ben");
        assertThatThrownBy(() -> u.related("profile")).isInstanceOf(FieldError.class).hasMessageContaining("one object");
    }

    @DbTest
    void toFieldPointsAtAUniqueNonKeyColumn() {
        User u = Fixtures.user("ann", true, false);
        Note n = Note.objects.create(Map.of("owner", u, "text", "x"));
        assertThat(n.owner.<String>id()).isEqualTo("ann");
        Note fresh = Note.objects.get("id", n.id);
        assertThat(fresh.owner.<String>id()).isEqualTo("ann");
        assertThat(fresh.owner.get()).isEqualTo(u);
        assertThat(Note.objects.filter("owner__email", "ann@example.com").count()).isEqualTo(1);
        assertThat(u.related("notes").count()).isEqualTo(1);
        assertThat(ModelRegistry.info(Note.class).field("owner").column()).isEqualTo("owner_username");
        u.delete();
        assertThat(Note.objects.count()).isZero();
    }

    @DbTest
    void foreignKeysAreIndexedAndConstrainedUnlessToldOtherwise(TestDb db) {
        List<String> ddl = new SchemaEditor(Covet.database()).createStatements(List.of(ModelRegistry.info(Book.class)));
        String all = String.join("\n", ddl);
        assertThat(all).contains("FOREIGN KEY");
        if (!db.isMariaDb()) {
            assertThat(all).contains("book_author_id_idx");     // InnoDB indexes its foreign keys itself
        }
        String protector = String.join("\n", new SchemaEditor(Covet.database()).createStatements(List.of(ModelRegistry.info(Protector.class))));
        assertThat(protector).doesNotContain("\"ignored_id\") REFERENCES").doesNotContain("`ignored_id`) REFERENCES");
        // dbConstraint = false: a dangling key is accepted
        Protector p = new Protector();
        p.ignored.setId(987654L);
        p.save();
        assertThat(Protector.objects.get("id", p.id).ignored.<Long>id()).isEqualTo(987654L);
        // with a constraint, a dangling key is an IntegrityError (at commit on PostgreSQL and SQLite, whose keys are deferred)
        assertThatThrownBy(() -> Covet.atomic(() -> {
            Book b = new Book();
            b.title = "Orphan";
            b.author.setId(424242L);
            b.save();
        })).isInstanceOf(ForeignKeyViolation.class);
        assertThat(Book.objects.count()).isZero();
        assertThat(Covet.database().query(Sql.of("SELECT 1"), rs -> rs.getInt(1))).containsExactly(1);
    }
}
