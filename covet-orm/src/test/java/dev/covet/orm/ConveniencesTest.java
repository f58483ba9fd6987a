package dev.covet.orm;

import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.Tag;
import dev.covet.orm.signal.M2MChangedEvent;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small conveniences of Django's API, each as its documentation describes it. */
class ConveniencesTest {
    @DbTest
    void aggregateOfNothingIsAnEmptyMapWithoutAQuery() {
        Fixtures.products();
        Map<String, Object> r = CaptureQueries.assertNumQueries(0, () -> Product.objects.aggregate());
        assertThat(r).isEmpty();
    }

    @DbTest
    void decimalAggregatesComeBackAtTheFieldsScaleEverywhere() {
        for (int i = 0; i < 3; i++) {
            Fixtures.product("p" + i, "new", "0.10", 1, 1, null, null);
        }
        Fixtures.product("q", "used", "0.20", 1, 1, null, null);
        // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in the doubles SQLite sums: Django's converter quantizes it
        Map<String, Object> r = Product.objects.filter("condition", "new").aggregate(
                dev.covet.orm.query.Sum.of("price").as("s"), dev.covet.orm.query.Max.of("price").as("m"));
        assertThat(r).containsEntry("s", new java.math.BigDecimal("0.30")).containsEntry("m", new java.math.BigDecimal("0.10"));
        List<Map<String, Object>> grouped = Product.objects.values("condition").annotate("s", dev.covet.orm.query.Sum.of("price"))
                .orderBy("condition").list();
        assertThat(grouped).containsExactly(Map.of("condition", "new", "s", new java.math.BigDecimal("0.30")),
                Map.of("condition", "used", "s", new java.math.BigDecimal("0.20")));
    }

    @DbTest
    void inBulkWithoutKeysReturnsEveryObjectByKey() {
        List<Product> all = Fixtures.products();
        Map<Object, Product> byKey = Product.objects.filter("condition", "new").inBulk();
        assertThat(byKey).hasSize(3);
        for (Product p : all) {
            if (p.condition.equals("new")) {
                assertThat(byKey.get(p.id)).isEqualTo(p);
            }
        }
        assertThat(Product.objects.none().inBulk()).isEmpty();
        // on the manager itself, as Django's Model.objects.in_bulk()
        Map<Object, Product> every = Product.objects.inBulk();
        assertThat(every).hasSize(all.size());
        assertThat(every.get(all.getLast().id).name).isEqualTo(all.getLast().name);
        assertThat(Product.objects.filter("id__in", List.of()).inBulk(List.of())).isEmpty();
        assertThatThrownBy(() -> Product.objects.all().slice(0, 2).inBulk()).isInstanceOf(IllegalStateException.class);
    }

    @DbTest
    void aDispatchUidConnectsOnce() {
        List<String> log = new ArrayList<>();
        Signal.Connection first = Signals.POST_SAVE.connect(Counter.class, "audit", e -> log.add("first"));
        Signal.Connection again = Signals.POST_SAVE.connect(Counter.class, "audit", e -> log.add("again"));
        Consumer<dev.covet.orm.signal.SaveEvent> same = e -> log.add("same");
        Signals.POST_SAVE.connect(Counter.class, same);
        Signals.POST_SAVE.connect(Counter.class, same);
        try {
            Counter c = new Counter();
            c.name = "c";
            c.save();
            assertThat(log).containsExactly("first", "same");
            // a uid is per sender: the same uid for another sender is another receiver
            assertThat(Signals.POST_SAVE.disconnect(Counter.class, "audit")).isTrue();
            assertThat(Signals.POST_SAVE.disconnect(Counter.class, "audit")).isFalse();
            log.clear();
            c.save();
            assertThat(log).containsExactly("same");
        } finally {
            first.disconnect();
            again.disconnect();
            Signals.POST_SAVE.disconnect(same);
        }
        assertThatThrownBy(() -> Signals.POST_SAVE.connect(Counter.class, "", e -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @DbTest
    void manyToManyAddIsOneInsertThatSkipsExistingLinks() {
        Author a = Author.objects.create(Map.of("name", "a"));
        Book b = Book.objects.create(Map.of("title", "b", "author", a, "pages", 1));
        Tag sf = Tag.objects.create(Map.of("name", "sf"));
        Tag classic = Tag.objects.create(Map.of("name", "classic"));
        Tag data = Tag.objects.create(Map.of("name", "data"));
        b.tags.add(sf);
        try (CaptureQueries q = CaptureQueries.start()) {
            b.tags.add(sf, classic);
            assertThat(q.sql()).singleElement().asString().startsWith("INSERT");
        }
        assertThat(b.tags.all().orderBy("name").list()).containsExactly(classic, sf);

        // with m2m_changed receivers the new pairs are found first: they are the event's key set
        List<Object> added = new ArrayList<>();
        Signal.Connection c = Signals.M2M_CHANGED.connect(e -> {
            if (e.action() == M2MChangedEvent.Action.POST_ADD) {
                added.addAll(e.pkSet());
            }
        });
        try {
            b.tags.add(sf, data);
        } finally {
            c.disconnect();
        }
        assertThat(added).containsExactly(data.id);
        assertThat(b.tags.count()).isEqualTo(3);
        // skipping duplicates skips nothing else: a key that points nowhere still fails
        assertThatThrownBy(() -> b.tags.add(List.of(999_999L), Map.of())).isInstanceOf(IntegrityError.class);
        assertThat(b.tags.count()).isEqualTo(3);
    }

    @DbTest
    void manyToManyManagersTakeKeysAndSetCanClearFirst() {
        Author a = Author.objects.create(Map.of("name", "a"));
        Book b = Book.objects.create(Map.of("title", "b", "author", a, "pages", 1));
        Tag sf = Tag.objects.create(Map.of("name", "sf"));
        Tag classic = Tag.objects.create(Map.of("name", "classic"));
        Tag data = Tag.objects.create(Map.of("name", "data"));
        b.tags.add(List.of(sf.id, classic.id), Map.of());
        assertThat(b.tags.all().orderBy("name").list()).containsExactly(classic, sf);
        b.tags.remove(List.of(sf.id));
        assertThat(b.tags.all().list()).containsExactly(classic);
        b.tags.set(List.of(data.id, String.valueOf(sf.id)));
        assertThat(b.tags.all().orderBy("name").list()).containsExactly(data, sf);

        List<String> actions = new ArrayList<>();
        Signal.Connection c = Signals.M2M_CHANGED.connect(e -> actions.add(((M2MChangedEvent) e).action().name()));
        try {
            b.tags.set(List.of(data, classic), true);
        } finally {
            c.disconnect();
        }
        assertThat(b.tags.all().orderBy("name").list()).containsExactly(classic, data);
        // clear=true removes everything and adds everything again, as Django's set(clear=True)
        assertThat(actions).containsExactly("PRE_CLEAR", "POST_CLEAR", "PRE_ADD", "POST_ADD");

        assertThatThrownBy(() -> b.tags.add(List.of("not a key"), Map.of())).isInstanceOf(ValidationError.class);
        assertThatThrownBy(() -> a.books.add(List.of(b.id), Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a many-to-many takes key values");
    }
}
