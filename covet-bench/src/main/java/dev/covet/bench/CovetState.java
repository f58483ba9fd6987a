package dev.covet.bench;

import dev.covet.orm.Covet;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;

/**
 * Covet, used as its README shows: a QuerySet built per call (an evaluated QuerySet caches its rows,
 * so reusing one would measure the cache), {@code save()} with its default validation, {@code bulkCreate}.
 */
@State(Scope.Benchmark)
public class CovetState extends BenchState<BenchItem> {
    @Override
    void open() {
        Covet.setup(covetConfig(run));
    }

    @Override
    void close() {
        Covet.shutdown();
    }

    @Override
    BenchItem get(long id) {
        return BenchItem.objects.get("id", id);
    }

    @Override
    List<BenchItem> page() {
        return BenchItem.objects.filter("score__gte", MIN_SCORE).orderBy("id").slice(0, PAGE).list();
    }

    @Override
    long count() {
        return BenchItem.objects.filter("score__gte", MIN_SCORE).count();
    }

    @Override
    BenchItem insert(long n) {
        BenchItem item = newItem(n);
        item.save();
        return item;
    }

    @Override
    List<BenchItem> insertAll(long first, int count) {
        List<BenchItem> items = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            items.add(newItem(n));
        }
        return BenchItem.objects.bulkCreate(items);
    }

    @Override
    BenchItem update(BenchItem item) {
        item.score = (item.score + 1) % 1000;
        item.save();
        return item;
    }

    @Override
    List<BenchItem> load(long from, long to) {
        return BenchItem.objects.filter("id__gte", from).filter("id__lte", to).orderBy("id").list();
    }

    @Override
    ItemRow view(BenchItem item) {
        return item.toRow();
    }

    private static BenchItem newItem(long n) {
        BenchItem item = new BenchItem();
        item.name = ItemValues.name(n);
        item.score = ItemValues.score(n);
        item.amount = ItemValues.amount(n);
        item.active = ItemValues.active(n);
        item.createdAt = ItemValues.createdAt(n);
        return item;
    }
}
