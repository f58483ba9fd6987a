package dev.covet.orm;

import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Product;
import dev.covet.orm.query.Sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncTest {
    @DbTest
    void aThousandConcurrentQueriesThroughTenConnectionsAllCompleteCorrectly() {
        List<Product> made = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            made.add(Fixtures.product("p" + i, "new", i + ".00", i, 0, null, null));
        }
        assertThat(Covet.database().settings().maxPoolSize()).isEqualTo(10);
        List<CompletableFuture<Product>> futures = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            futures.add(Product.objects.getAsync("id", made.get(i % 20).id));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        for (int i = 0; i < 1000; i++) {
            assertThat(futures.get(i).join().name).isEqualTo("p" + (i % 20));
        }
    }

    @DbTest
    void everyTerminalHasAnAsyncTwin() {
        Product p = Product.objects.createAsync(Map.of("name", "a", "quantity", 1)).join();
        assertThat(Product.objects.countAsync().join()).isEqualTo(1);
        assertThat(Product.objects.existsAsync().join()).isTrue();
        assertThat(Product.objects.listAsync().join()).hasSize(1);
        assertThat(Product.objects.firstAsync().join()).contains(p);
        assertThat(Product.objects.lastAsync().join()).contains(p);
        assertThat(Product.objects.aggregateAsync(Sum.of("quantity").as("q")).join()).containsEntry("q", 1L);
        assertThat(Product.objects.filter("id", p.id).updateAsync("quantity", 5).join()).isEqualTo(1);
        p.refreshFromDbAsync().join();
        assertThat(p.quantity).isEqualTo(5);
        p.name = "b";
        p.saveAsync().join();
        assertThat(Product.objects.get("id", p.id).name).isEqualTo("b");
        assertThat(Counter.objects.getOrCreateAsync(Map.of("name", "c"), Map.of()).join().created()).isTrue();
        assertThat(Counter.objects.updateOrCreateAsync(Map.of("name", "c"), Map.of("value", 2)).join().created()).isFalse();
        Product x1 = new Product();
        x1.name = "x1";
        Product x2 = new Product();
        x2.name = "x2";
        assertThat(Product.objects.bulkCreateAsync(List.of(x1, x2), 0).join()).allSatisfy(x -> assertThat(x.id).isNotNull());
        assertThat(Product.objects.inBulkAsync(List.of(p.id)).join()).containsKey(p.id);
        assertThat(p.deleteAsync().join().total()).isEqualTo(1);
        assertThat(Product.objects.filter("name", "").deleteAsync().join().total()).isEqualTo(0);
    }

    @DbTest
    void asyncWorkRunsOnTheConfiguredExecutor(TestDb db) {
        String thread = Product.objects.all().database().async(() -> Thread.currentThread().toString()).join();
        if (db.isSqlite()) {
            // SQLite's native driver would pin a virtual thread's carrier: it gets platform threads
            assertThat(thread).contains("covet-default-async").doesNotContain("VirtualThread");
        } else {
            assertThat(thread).contains("VirtualThread");
        }
    }

    @DbTest
    void aCustomExecutorCanBeConfigured() throws Exception {
        ExecutorService custom = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-executor"));
        CovetRuntime r = Covet.open(Config.builder().database("default", "sqlite::memory:", s -> s.executor(custom)).models(Counter.class).build());
        try {
            String thread = r.database(Config.DEFAULT).async(() -> Thread.currentThread().getName()).join();
            assertThat(thread).isEqualTo("my-executor");
        } finally {
            r.close();
            custom.shutdown();
        }
    }
}
