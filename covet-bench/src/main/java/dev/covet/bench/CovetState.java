package dev.covet.bench;

import dev.covet.orm.Covet;
import dev.covet.orm.SaveOptions;
import dev.covet.orm.db.Cursor;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Sum;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Covet, used as its README shows: a QuerySet built per call (an evaluated QuerySet caches its rows,
 * so reusing one would measure the cache), {@code save()} with its default validation, {@code bulkCreate}.
 */
@State(Scope.Benchmark)
public class CovetState extends BenchState<BenchItem> {
    private static final SaveOptions SCORE_ONLY = SaveOptions.updateFields("score");

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
    List<BenchItem> below() {
        return BenchItem.objects.filter("score__lt", BELOW).orderBy("id").list();
    }

    @Override
    List<List<Object>> valuesBelow() {
        return BenchItem.objects.filter("score__lt", BELOW).orderBy("id").valuesList("id", "name", "score").list();
    }

    @Override
    long[][] grouped() {
        List<Map<String, Object>> rows = BenchItem.objects.values("active").annotate("n", Count.all()).annotate("total", Sum.of("score"))
                .orderBy("active").list();
        long[][] out = new long[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            Map<String, Object> r = rows.get(i);
            out[i] = new long[]{(Boolean) r.get("active") ? 1 : 0, ((Number) r.get("n")).longValue(), ((Number) r.get("total")).longValue()};
        }
        return out;
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
    List<BenchItem> insertEach(long first, int count) {
        return Covet.atomic(() -> {
            List<BenchItem> items = new ArrayList<>(count);
            for (long n = first; n < first + count; n++) {
                BenchItem item = newItem(n);
                item.save();
                items.add(item);
            }
            return items;
        });
    }

    @Override
    BenchItem updateScore(BenchItem item) {
        item.score = (item.score + 1) % 1000;
        item.save(SCORE_ONLY);
        return item;
    }

    @Override
    long stream(int chunk) {
        long sum = 0;
        try (Cursor<BenchItem> rows = BenchItem.objects.iterator(chunk)) {
            while (rows.hasNext()) {
                sum += rows.next().score;
            }
        }
        return sum;
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
