package dev.covet.orm;

import dev.covet.orm.exception.CovetException;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.MultipleObjectsReturned;
import dev.covet.orm.db.QueryListener;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Product;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Max;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile names, from a fixed seed, through every API that takes a name: each call either
 * works or fails with a Covet error that is not the database's (a {@link FieldError}, mostly), and a
 * call that fails sends no SQL.
 */
class NameFuzzTest {
    private static final List<String> FRAGMENTS = List.of(
            "title", "pages", "price", "author", "name", "books", "tags", "publisher", "pk", "id", "email",
            "exact", "iexact", "contains", "in", "gt", "isnull", "year", "count", "__", "_", "-", "?", "+",
            "", " ", "\t", "\0", "'", "\"", "`", ";", ")", "(", "*", ".", "/*", "--", "%", "\\", "é", "😀",
            "DROP TABLE book", "1", "0x", "null", "NULL", "select", "pk__pk", "title__title", "author__books__author");

    @DbTest
    void everyBadNameIsACovetErrorBeforeAnySqlIsSent(TestDb db) {
        Author a = Author.objects.create(Map.of("name", "Ann"));
        Book b = Book.objects.create(Map.of("title", "T", "pages", 1, "author", a));
        Product product = Fixtures.product("Widget", "new", "1.00", 1, 0, 3, null);
        Map<String, Consumer<String>> apis = new LinkedHashMap<>();
        apis.put("filter", n -> Book.objects.filter(n, 1).count());
        apis.put("exclude", n -> Book.objects.exclude(n, "x").count());
        apis.put("Q", n -> Book.objects.filter(Q.of("pages", 1).or(n, "x")).count());
        apis.put("get", n -> Book.objects.all().get(n, 1));
        apis.put("orderBy", n -> Book.objects.orderBy(n).list());
        apis.put("values", n -> Book.objects.values(n).list());
        apis.put("valuesList", n -> Book.objects.valuesList("title", n).list());
        apis.put("valuesList flat", n -> Book.objects.valuesList(Object.class, n).list());
        apis.put("only", n -> Book.objects.only(n).list());
        apis.put("defer", n -> Book.objects.defer(n).list());
        apis.put("selectRelated", n -> Book.objects.selectRelated(n).list());
        apis.put("prefetchRelated", n -> Author.objects.prefetchRelated(n).list());
        apis.put("annotate alias", n -> Author.objects.annotate(Count.of("books").as(n)).list());
        apis.put("annotate named", n -> Author.objects.annotate(n, Count.of("books")).list());
        apis.put("annotate path", n -> Author.objects.annotate(Count.of(n).as("n")).list());
        apis.put("aggregate alias", n -> Book.objects.aggregate(Max.of("pages").as(n)));
        apis.put("aggregate path", n -> Book.objects.aggregate(Max.of(n).as("m")));
        apis.put("F in filter", n -> Book.objects.filter("pages__gt", F.of(n)).count());
        apis.put("F in update", n -> Product.objects.filter("id", product.id).update("rating", F.of(n).plus(1)));
        apis.put("update field", n -> Book.objects.filter("id", -1).update(n, 1));
        apis.put("bulkUpdate", n -> Book.objects.all().bulkUpdate(List.of(b), java.util.Arrays.asList(n)));
        apis.put("distinct", n -> Book.objects.distinct(n).list());
        apis.put("inBulk", n -> Book.objects.all().inBulk(List.of(1), n));
        apis.put("Prefetch.toAttr", n -> Author.objects.prefetchRelated(Prefetch.of("books").toAttr(n)).list());
        apis.put("Prefetch lookup", n -> Author.objects.prefetchRelated(Prefetch.of(n)).list());
        apis.put("related", n -> a.related(n).count());
        apis.put("refreshFromDb", n -> b.refreshFromDb(n));

        AtomicInteger sent = new AtomicInteger();
        QueryListener counter = e -> sent.incrementAndGet();
        Covet.addQueryListener(counter);
        List<String> wrong = new ArrayList<>();
        Random random = new Random(16);
        try {
            for (Map.Entry<String, Consumer<String>> api : apis.entrySet()) {
                for (int i = 0; i < 120; i++) {
                    String name = name(random, i);
                    sent.set(0);
                    try {
                        api.getValue().accept(name);
                    } catch (DoesNotExist | MultipleObjectsReturned e) {
                        // a valid name that matched no row, or several: the query was meant to run
                    } catch (CovetException e) {
                        if (e instanceof DatabaseError || sent.get() > 0) {
                            wrong.add(api.getKey() + "(" + shown(name) + "): " + e + (sent.get() > 0 ? " after " + sent.get() + " statements" : ""));
                        }
                    } catch (RuntimeException e) {
                        wrong.add(api.getKey() + "(" + shown(name) + "): " + e);
                    }
                }
            }
        } finally {
            Covet.removeQueryListener(counter);
        }
        assertThat(wrong).isEmpty();
        assertThat(Book.objects.count()).isEqualTo(1);
        assertThat(Author.objects.count()).isEqualTo(1);
    }

    /** The first few names are the usual suspects; then random joins of fragments. */
    private static String name(Random random, int i) {
        List<String> fixed = java.util.Arrays.asList(null, "", " ", "__", "-", "--", "?", "-?", "pk__", "__pk", "title__",
                "title__exact__exact", "author__", "author__name__nope", "books__", "tags__name", "title; DROP TABLE book",
                "title\"", "`title`", "\0", "title\0", "x".repeat(300), "Title", "TITLE", "author_id", "author__id__gt");
        if (i < fixed.size()) {
            return fixed.get(i);
        }
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                out.append(random.nextInt(4) == 0 ? "_" : "__");
            }
            out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return out.toString();
    }

    private static String shown(String name) {
        return name == null ? "null" : "'" + name.replace("\0", "\\0") + "'";
    }
}
