package dev.covet.bench;

import dev.covet.orm.Covet;
import dev.covet.orm.Prefetch;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/** Covet: {@code selectRelated("author", "publisher")} for the join, {@code prefetchRelated("books")} for the reverse key. */
@State(Scope.Benchmark)
public class CovetRelations extends RelationsState<BenchBook, BenchAuthor> {
    @Override
    void open() {
        Covet.setup(covetConfig(run));
    }

    @Override
    void close() {
        Covet.shutdown();
    }

    @Override
    List<BenchBook> joined(int rows) {
        return BenchBook.objects.selectRelated("author", "publisher").orderBy("id").slice(0, rows).list();
    }

    @Override
    List<BenchAuthor> prefetched() {
        return BenchAuthor.objects.prefetchRelated(Prefetch.of("books", BenchBook.objects.orderBy("id"))).orderBy("id").list();
    }

    @Override
    BookRow view(BenchBook b) {
        BookRow r = bare(b);
        BenchAuthor a = b.author.get();
        BenchPublisher p = b.publisher.get();
        r.author = new BookRow.Named(a.id, a.name);
        r.publisher = new BookRow.Named(p.id, p.name);
        return r;
    }

    @Override
    BookRow bare(BenchBook b) {
        BookRow r = new BookRow();
        r.id = b.id;
        r.title = b.title;
        r.pages = b.pages;
        r.price = b.price;
        return r;
    }

    @Override
    long authorId(BenchAuthor a) {
        return a.id;
    }

    @Override
    List<BenchBook> books(BenchAuthor a) {
        return a.books.list();
    }
}
