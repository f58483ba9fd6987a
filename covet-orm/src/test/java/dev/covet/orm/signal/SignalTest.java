package dev.covet.orm.signal;

import dev.covet.orm.DbTest;
import dev.covet.orm.Model;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalTest {
    @DbTest
    void preAndPostSaveWithCreated() {
        List<String> log = new ArrayList<>();
        Signal.Connection pre = Signals.PRE_SAVE.connect(Counter.class, e -> log.add("pre " + ((Counter) e.instance()).name));
        Signal.Connection post = Signals.POST_SAVE.connect(Counter.class, e -> log.add("post created=" + e.created()));
        try {
            Counter c = Counter.objects.create(Map.of("name", "a"));
            c.value = 2;
            c.save();
            Product.objects.create(Map.of("name", "not a counter"));
        } finally {
            pre.disconnect();
            post.disconnect();
        }
        assertThat(log).containsExactly("pre a", "post created=true", "pre a", "post created=false");
    }

    @DbTest
    void aPreSaveReceiverMayFillFieldsAndAThrowingOneLeavesNoRow() {
        Signal.Connection fill = Signals.PRE_SAVE.connect(Counter.class, e -> ((Counter) e.instance()).value = 42);
        try {
            Counter.objects.create(Map.of("name", "filled"));
        } finally {
            fill.disconnect();
        }
        assertThat(Counter.objects.get("name", "filled").value).isEqualTo(42);
        Signal.Connection veto = Signals.PRE_SAVE.connect(Counter.class, e -> {
            throw new IllegalStateException("no");
        });
        try {
            assertThatThrownBy(() -> Counter.objects.create(Map.of("name", "vetoed"))).hasMessage("no");
        } finally {
            veto.disconnect();
        }
        assertThat(Counter.objects.filter("name", "vetoed").exists()).isFalse();
    }

    @DbTest
    void aThrowingPostSaveReceiverUndoesTheWrite() {
        Signal.Connection boom = Signals.POST_SAVE.connect(Counter.class, e -> {
            throw new IllegalStateException("audit failed");
        });
        try {
            assertThatThrownBy(() -> Counter.objects.create(Map.of("name", "x"))).hasMessage("audit failed");
        } finally {
            boom.disconnect();
        }
        assertThat(Counter.objects.count()).isZero();
    }

    @DbTest
    void initSignalsFireForConstructedAndLoadedInstances() {
        Counter.objects.create(Map.of("name", "a"));
        List<String> log = new ArrayList<>();
        Signal.Connection pre = Signals.PRE_INIT.connect(Counter.class, e -> log.add("pre"));
        Signal.Connection post = Signals.POST_INIT.connect(Counter.class, (InitEvent e) -> log.add("post " + ((Counter) e.instance()).name));
        try {
            new Counter();
            Counter.objects.get("name", "a");
            Model.fromDict(Counter.class, Map.of("name", "d"));
        } finally {
            pre.disconnect();
            post.disconnect();
        }
        assertThat(log).containsExactly("pre", "pre", "post a", "pre", "post d");
    }

    @DbTest
    void updateSignalsAroundQuerySetUpdateButNoPerObjectSignals() {
        Counter.objects.create(Map.of("name", "a"));
        Counter.objects.create(Map.of("name", "b"));
        List<String> log = new ArrayList<>();
        Signal.Connection pre = Signals.PRE_UPDATE.connect(Counter.class, (UpdateEvent e) -> log.add("pre " + e.values() + " " + e.rowCount()));
        Signal.Connection post = Signals.POST_UPDATE.connect(Counter.class, (UpdateEvent e) -> log.add("post " + e.rowCount()));
        Signal.Connection saves = Signals.PRE_SAVE.connect(Counter.class, e -> log.add("save"));
        try {
            Counter.objects.update("value", 7);
            List<Counter> bulk = List.of(new Counter(), new Counter());
            bulk.get(0).name = "c";
            bulk.get(1).name = "d";
            Counter.objects.bulkCreate(bulk);
            Counter.objects.bulkUpdate(bulk, List.of("value"));
        } finally {
            pre.disconnect();
            post.disconnect();
            saves.disconnect();
        }
        assertThat(log).containsExactly("pre {value=7} -1", "post 2");
    }

    @DbTest
    void connectForAllSendersDisconnectAndHasListeners() {
        List<Class<?>> senders = new ArrayList<>();
        Consumer<SaveEvent> receiver = e -> senders.add(e.sender());
        assertThat(Signals.POST_SAVE.hasListeners(Counter.class)).isFalse();
        Signals.POST_SAVE.connect(receiver);
        assertThat(Signals.POST_SAVE.hasListeners(Counter.class)).isTrue();
        Counter.objects.create(Map.of("name", "a"));
        Product.objects.create(Map.of("name", "p"));
        assertThat(Signals.POST_SAVE.disconnect(receiver)).isTrue();
        assertThat(Signals.POST_SAVE.hasListeners(Counter.class)).isFalse();
        Counter.objects.create(Map.of("name", "b"));
        assertThat(senders).containsExactly(Counter.class, Product.class);
        assertThat(Signals.POST_SAVE.disconnect(receiver)).isFalse();
    }

    @DbTest
    void weakReceiversGoAwayWithTheirOwner() throws InterruptedException {
        List<String> log = new ArrayList<>();
        Object owner = new Object() {
            final Consumer<SaveEvent> receiver = e -> log.add("heard");
        };
        @SuppressWarnings("unchecked")
        Consumer<SaveEvent> held = (Consumer<SaveEvent>) readReceiver(owner);
        Signals.POST_SAVE.connectWeak(Counter.class, held);
        Counter.objects.create(Map.of("name", "a"));
        assertThat(log).containsExactly("heard");
        owner = null;
        held = null;
        for (int i = 0; i < 50 && Signals.POST_SAVE.hasListeners(Counter.class); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(Signals.POST_SAVE.hasListeners(Counter.class)).isFalse();
        Counter.objects.create(Map.of("name", "b"));
        assertThat(log).containsExactly("heard");
    }

    private static Object readReceiver(Object owner) {
        try {
            var f = owner.getClass().getDeclaredField("receiver");
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
