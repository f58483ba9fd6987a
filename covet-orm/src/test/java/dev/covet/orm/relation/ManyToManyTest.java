package dev.covet.orm.relation;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Group;
import dev.covet.orm.models.Library;
import dev.covet.orm.models.Membership;
import dev.covet.orm.models.Person;
import dev.covet.orm.models.Tag;
import dev.covet.orm.signal.M2MChangedEvent;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.sql.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManyToManyTest {
    private static Tag tag(String name) {
        return Tag.objects.create(Map.of("name", name));
    }

    private static Book book(String title) {
        Author a = Author.objects.getOrCreate(Map.of("name", "A"), Map.of()).object();
        return Book.objects.create(Map.of("title", title, "author", a));
    }

    private static long junctionRows(String table) {
        return Covet.database().query(Sql.of("SELECT COUNT(*) FROM " + Covet.database().dialect().quote(table)), rs -> rs.getLong(1)).getFirst();
    }

    private static List<String> names(Iterable<Tag> tags) {
        List<String> out = new ArrayList<>();
        tags.forEach(t -> out.add(t.name));
        return out.stream().sorted().toList();
    }

    @DbTest
    void addRemoveClearSetFromTheForwardSide() {
        Book b = book("Dune");
        Tag sf = tag("sf");
        Tag classic = tag("classic");
        Tag long_ = tag("long");
        b.tags.add(sf, classic);
        assertThat(names(b.tags.list())).containsExactly("classic", "sf");
        b.tags.add(sf);
        assertThat(junctionRows("book_tags")).isEqualTo(2);
        b.tags.remove(classic);
        assertThat(names(b.tags)).containsExactly("sf");
        b.tags.set(List.of(classic, long_));
        assertThat(names(b.tags)).containsExactly("classic", "long");
        assertThat(b.tags.count()).isEqualTo(2);
        assertThat(b.tags.filter("name__startswith", "c").count()).isEqualTo(1);
        Tag made = b.tags.create(Map.of("name", "new"));
        assertThat(names(b.tags)).containsExactly("classic", "long", "new");
        assertThat(made.id).isNotNull();
        b.tags.clear();
        assertThat(b.tags.count()).isZero();
        assertThat(Tag.objects.count()).isEqualTo(4);
        assertThat(ModelRegistry.info(Book.class).field("tags").relation().junction().table()).isEqualTo("book_tags");
    }

    @DbTest
    void theReverseSideWorksToo() {
        Book dune = book("Dune");
        Book emma = book("Emma");
        Tag sf = tag("sf");
        sf.related("books").add(dune, emma);
        assertThat(dune.tags.list()).extracting(t -> t.name).containsExactly("sf");
        assertThat(sf.<Book>related("books").list()).extracting(x -> x.title).containsExactlyInAnyOrder("Dune", "Emma");
        sf.related("books").remove(emma);
        assertThat(emma.tags.count()).isZero();
        assertThat(Tag.objects.filter("books__title", "Dune").count()).isEqualTo(1);
    }

    @DbTest
    void unsavedObjectsCannotBeRelated() {
        Book b = book("B");
        Tag t = new Tag();
        t.name = "unsaved";
        assertThatThrownBy(() -> b.tags.add(t)).isInstanceOf(ValidationError.class).hasMessageContaining("unsaved");
        Book unsaved = new Book();
        assertThatThrownBy(() -> unsaved.tags.list()).isInstanceOf(IllegalStateException.class).hasMessageContaining("save it first");
    }

    @DbTest
    void aCustomJunctionTableName() {
        Library lib = Library.objects.create(Map.of("name", "Central"));
        Book b = book("B");
        lib.holdings.add(b);
        assertThat(junctionRows("library_holdings")).isEqualTo(1);
        assertThat(b.related("libraries").count()).isEqualTo(1);
    }

    @DbTest
    void throughModelsCarryExtraFields() {
        Group g = Group.objects.create(Map.of("name", "chess"));
        Person ann = Person.objects.create(Map.of("name", "ann"));
        Person ben = Person.objects.create(Map.of("name", "ben"));
        g.members.add(List.of(ann), Map.of("role", "admin"));
        g.members.add(ben);
        assertThat(Membership.objects.get(Map.of("group", g, "person", ann)).role).isEqualTo("admin");
        Membership benship = Membership.objects.get(Map.of("group", g, "person", ben));
        assertThat(benship.role).isEqualTo("member");
        assertThat(benship.joined).isNotNull();
        assertThat(g.members.list()).extracting(p -> p.name).containsExactlyInAnyOrder("ann", "ben");
        assertThat(ann.groups.list()).extracting(x -> x.name).containsExactly("chess");
        assertThat(Person.objects.filter("groups__name", "chess").count()).isEqualTo(2);
        assertThat(Group.objects.filter("members__name", "ann").count()).isEqualTo(1);
        g.members.add(ann);
        assertThat(Membership.objects.count()).isEqualTo(2);
        Group other = Group.objects.create(Map.of("name", "go"));
        Person cal = Person.objects.create(Map.of("name", "cal"));
        assertThatThrownBy(() -> g.members.add(List.of(cal), Map.of("group", other)))
                .isInstanceOf(FieldError.class).hasMessageContaining("Membership.group");
        assertThat(Membership.objects.count()).isEqualTo(2);
        g.members.remove(ann);
        assertThat(Membership.objects.count()).isEqualTo(1);
        g.members.clear();
        assertThat(Membership.objects.count()).isZero();
    }

    @DbTest
    void symmetricalFriendsGoBothWays() {
        Person alice = Person.objects.create(Map.of("name", "alice"));
        Person bob = Person.objects.create(Map.of("name", "bob"));
        Person carol = Person.objects.create(Map.of("name", "carol"));
        alice.friends.add(bob, carol);
        assertThat(bob.friends.list()).extracting(p -> p.name).containsExactly("alice");
        assertThat(alice.friends.list()).extracting(p -> p.name).containsExactlyInAnyOrder("bob", "carol");
        assertThat(junctionRows("person_friends")).isEqualTo(4);
        bob.friends.remove(alice);
        assertThat(alice.friends.list()).extracting(p -> p.name).containsExactly("carol");
        carol.friends.clear();
        assertThat(alice.friends.count()).isZero();
        assertThat(junctionRows("person_friends")).isZero();
    }

    @DbTest
    void m2mChangedIsSentAroundEachChange() {
        Book b = book("B");
        Tag x = tag("x");
        Tag y = tag("y");
        List<String> log = new ArrayList<>();
        Signal.Connection c = Signals.M2M_CHANGED.connect(Book.class, (M2MChangedEvent e) ->
                log.add(e.action() + (e.reverse() ? "(reverse)" : "") + " " + e.pkSet().size() + " " + e.model().getSimpleName()));
        try {
            b.tags.add(x, y);
            b.tags.add(x);
            b.tags.remove(y);
            b.tags.clear();
            x.related("books").add(b);
        } finally {
            c.disconnect();
        }
        assertThat(log).containsExactly("PRE_ADD 2 Tag", "POST_ADD 2 Tag", "PRE_REMOVE 1 Tag", "POST_REMOVE 1 Tag",
                "PRE_CLEAR 0 Tag", "POST_CLEAR 0 Tag", "PRE_ADD(reverse) 1 Book", "POST_ADD(reverse) 1 Book");
        Set<Object> captured = new java.util.HashSet<>();
        Signal.Connection c2 = Signals.M2M_CHANGED.connect(e -> captured.addAll(e.pkSet()));
        try {
            b.tags.add(y);
        } finally {
            c2.disconnect();
        }
        assertThat(captured).containsExactly(y.id);
    }

    @DbTest
    void aFailingPreAddReceiverAddsNothing() {
        Book b = book("B");
        Tag x = tag("x");
        Signal.Connection c = Signals.M2M_CHANGED.connect(Book.class, e -> {
            throw new IllegalStateException("vetoed");
        });
        try {
            assertThatThrownBy(() -> b.tags.add(x)).hasMessage("vetoed");
        } finally {
            c.disconnect();
        }
        assertThat(b.tags.count()).isZero();
    }

    @DbTest
    void deletingEitherSideRemovesItsJunctionRows() {
        Book b = book("B");
        Book c = book("C");
        Tag x = tag("x");
        Tag y = tag("y");
        b.tags.add(x, y);
        c.tags.add(x);
        DeleteResult r = b.delete();
        assertThat(r.perModel()).containsEntry("Book", 1L).containsEntry("Book_tags", 2L);
        assertThat(junctionRows("book_tags")).isEqualTo(1);
        x.delete();
        assertThat(junctionRows("book_tags")).isZero();
        assertThat(Tag.objects.count()).isEqualTo(1);
    }
}
