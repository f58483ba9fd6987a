package dev.covet.orm.routing;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.SeveralDatabases;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.RoutingError;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.models.Shipment;
import dev.covet.orm.testing.CaptureQueries;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A model spread over three throwaway databases of each kind by its customer key. */
class ShardRouterTest {
    private static final List<String> SHARDS = List.of("default", "s1", "s2");

    private static SeveralDatabases open(TestDb kind, ShardRouter router) {
        SeveralDatabases dbs = SeveralDatabases.open(kind, SHARDS, urls -> {
            Config.Builder b = Config.builder();
            SHARDS.forEach(alias -> b.database(alias, urls.get(alias), s -> s.maxPoolSize(3)));
            return b.routers(router).models(Shipment.class).build();
        });
        SHARDS.forEach(Covet::createTables);
        return dbs;
    }

    private static void ship(long customer, int total, String label) {
        Map<String, Object> values = new java.util.HashMap<>(Map.of("customerId", customer, "total", total));
        values.put("label", label);
        Shipment.objects.create(values);
    }

    @DbTest
    void savesAndKeyedQueriesGoToTheKeysShard(TestDb kind) {
        ShardRouter router = ShardRouter.hash("customerId", "default", "s1", "s2").models(Shipment.class);
        try (SeveralDatabases ignored = open(kind, router)) {
            for (long c = 1; c <= 12; c++) {
                ship(c, (int) c * 10, "c" + c);
            }
            long all = 0;
            for (String shard : SHARDS) {
                List<Shipment> rows = Shipment.objects.using(shard).list();
                all += rows.size();
                assertThat(rows).allSatisfy(s -> assertThat(router.shardFor(s.customerId)).isEqualTo(shard));
            }
            assertThat(all).isEqualTo(12);
            assertThat(SHARDS.stream().filter(s -> Shipment.objects.using(s).exists()).count()).as("every shard got rows").isEqualTo(3);

            try (CaptureQueries q = CaptureQueries.start()) {
                Shipment five = Shipment.objects.filter("customerId", 5L).get();
                assertThat(five.total).isEqualTo(50);
                assertThat(Instances.database(five)).isEqualTo(router.shardFor(5L));
                five.total = 55;
                five.save();
                assertThat(q.queries()).extracting(e -> e.database()).containsOnly(router.shardFor(5L));
            }
            assertThat(Shipment.objects.using(router.shardFor(5L)).get("customerId", 5L).total).isEqualTo(55);

            assertThat(Shipment.objects.filter("customerId", 7L).update(Map.of("total", F.of("total").plus(1)))).isEqualTo(1);
            assertThat(Shipment.objects.filter("customerId", 7L).get().total).isEqualTo(71);
            var made = Shipment.objects.getOrCreate(Map.of("customerId", 40L), Map.of("total", 400));
            assertThat(made.created()).isTrue();
            assertThat(Shipment.objects.using(router.shardFor(40L)).filter("customerId", 40L).count()).isEqualTo(1);
            Shipment.objects.filter("customerId", 40L).get().delete();
            assertThat(Shipment.objects.using(router.shardFor(40L)).filter("customerId", 40L).exists()).isFalse();
            assertThat(Shipment.objects.filter("customerId", 3L).delete().total()).isEqualTo(1);
        }
    }

    @DbTest
    void aQueryWithoutTheShardKeyIsRefusedUnlessItNamesAShard(TestDb kind) {
        ShardRouter router = ShardRouter.hash("customerId", "default", "s1", "s2").models(Shipment.class);
        try (SeveralDatabases ignored = open(kind, router)) {
            for (long c = 1; c <= 6; c++) {
                ship(c, 1, null);
            }
            assertThatThrownBy(() -> Shipment.objects.all().list())
                    .isInstanceOf(RoutingError.class)
                    .hasMessageContaining("sharded by 'customerId'")
                    .hasMessageContaining("fanOut");
            assertThatThrownBy(() -> Shipment.objects.filter("total", 1).count()).isInstanceOf(RoutingError.class);
            assertThatThrownBy(() -> Shipment.objects.all().update(Map.of("total", 2))).isInstanceOf(RoutingError.class);
            assertThatThrownBy(() -> Shipment.objects.all().delete()).isInstanceOf(RoutingError.class);
            long a = 1;
            long b = 2;
            while (router.shardFor(b).equals(router.shardFor(a))) {
                b++;
            }
            long spread = b;
            assertThatThrownBy(() -> Shipment.objects.filter("customerId__in", List.of(a, spread)).list())
                    .isInstanceOf(RoutingError.class)
                    .hasMessageContaining("several shards");
            long same = 100;
            while (!router.shardFor(same).equals(router.shardFor(a))) {
                same++;
            }
            ship(same, 1, null);
            assertThat(Shipment.objects.filter("customerId__in", List.of(a, same)).count()).isEqualTo(2);
            long everywhere = 0;
            for (String shard : SHARDS) {
                everywhere += Shipment.objects.using(shard).count();
            }
            assertThat(everywhere).isEqualTo(7);
        }
    }

    @DbTest
    void aFanOutReadMergesOrderedSlicesAcrossShards(TestDb kind) {
        ShardRouter router = ShardRouter.hash("customerId", "default", "s1", "s2").models(Shipment.class);
        try (SeveralDatabases ignored = open(kind, router)) {
            for (long c = 1; c <= 12; c++) {
                ship(c, (int) c * 10, c % 2 == 0 ? "even" : "odd");
            }
            List<Integer> totals = router.fanOut(Shipment.objects.orderBy("-total").slice(2, 7)).list().stream().map(s -> s.total).toList();
            assertThat(totals).containsExactly(100, 90, 80, 70, 60);
            assertThat(router.fanOut(Shipment.objects.orderBy("total").slice(10, 20)).list()).extracting(s -> s.total).containsExactly(110, 120);
            assertThat(router.fanOut(Shipment.objects.orderBy("label", "-customerId").limit(3)).list())
                    .extracting(s -> s.customerId).containsExactly(12L, 10L, 8L);
            assertThat(router.fanOut(Shipment.objects.filter("total__gte", 50)).count()).isEqualTo(8);
            assertThat(router.fanOut(Shipment.objects.orderBy("total").slice(3, 100)).count()).isEqualTo(9);
            assertThat(router.fanOut(Shipment.objects.filter("total", 999)).exists()).isFalse();
            assertThat(router.fanOut(Shipment.objects.filter("label", "odd")).list()).hasSize(6);
            assertThatThrownBy(() -> router.fanOut(Shipment.objects.orderBy("?")).list())
                    .isInstanceOf(RoutingError.class).hasMessageContaining("plain fields");
        }
    }

    @DbTest
    void rangesPutEachKeyOnItsRangesShard(TestDb kind) {
        ShardRouter router = ShardRouter.ranges("customerId").below(100L, "default").below(200L, "s1").rest("s2").models(Shipment.class);
        try (SeveralDatabases ignored = open(kind, router)) {
            ship(5, 1, null);
            ship(150, 1, null);
            ship(199, 1, null);
            ship(200, 1, null);
            ship(10_000, 1, null);
            assertThat(Shipment.objects.using("default").valuesList(Long.class, "customerId").list()).containsExactly(5L);
            assertThat(Shipment.objects.using("s1").orderBy("customerId").valuesList(Long.class, "customerId").list()).containsExactly(150L, 199L);
            assertThat(Shipment.objects.using("s2").orderBy("customerId").valuesList(Long.class, "customerId").list()).containsExactly(200L, 10_000L);
            assertThat(Shipment.objects.filter("customerId", 199L).get().customerId).isEqualTo(199L);
            assertThat(router.fanOut(Shipment.objects.orderBy("-customerId").limit(2)).list()).extracting(s -> s.customerId)
                    .containsExactly(10_000L, 200L);
        }
    }

    @DbTest
    void badShardConfigurationIsRefused(TestDb kind) {
        assertThatThrownBy(() -> ShardRouter.hash("customerId", "a", "a")).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> ShardRouter.hash(" ", "a")).isInstanceOf(ImproperlyConfigured.class);
        assertThatThrownBy(() -> ShardRouter.ranges("k").below(10, "a").below(5, "b")).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("grow");
        ShardRouter r = ShardRouter.hash("customerId", "a", "b");
        assertThatThrownBy(() -> r.shardFor(null)).isInstanceOf(RoutingError.class);
        assertThatThrownBy(() -> r.shardFor(1.5)).isInstanceOf(RoutingError.class).hasMessageContaining("integer, text or UUID");
        assertThat(r.shardFor(7)).as("an Integer and a Long of one value agree").isEqualTo(r.shardFor(7L));
    }
}
