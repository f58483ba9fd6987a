package dev.covet.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.name;

/** jOOQ's DSL without generated code: a two-join SELECT mapped into {@link BookRow}s, and for the reverse key two queries grouped by hand. */
@State(Scope.Benchmark)
public class JooqRelations extends RelationsState<BookRow, JdbcRelations.AuthorRow> {
    private HikariDataSource pool;
    private DSLContext dsl;
    private final Table<Record> book = DSL.table(name("bench_book")).as("b");
    private final Table<Record> author = DSL.table(name("bench_author")).as("a");
    private final Table<Record> publisher = DSL.table(name("bench_publisher")).as("p");
    private final Field<Long> bookId = DSL.field(name("b", "id"), SQLDataType.BIGINT);
    private final Field<String> title = DSL.field(name("b", "title"), SQLDataType.VARCHAR);
    private final Field<Integer> pages = DSL.field(name("b", "pages"), SQLDataType.INTEGER);
    private Field<BigDecimal> price;
    private final Field<Long> bookAuthor = DSL.field(name("b", "author_id"), SQLDataType.BIGINT);
    private final Field<Long> bookPublisher = DSL.field(name("b", "publisher_id"), SQLDataType.BIGINT);
    private final Field<Long> authorId = DSL.field(name("a", "id"), SQLDataType.BIGINT);
    private final Field<String> authorName = DSL.field(name("a", "name"), SQLDataType.VARCHAR);
    private final Field<Long> publisherId = DSL.field(name("p", "id"), SQLDataType.BIGINT);
    private final Field<String> publisherName = DSL.field(name("p", "name"), SQLDataType.VARCHAR);

    @Override
    void open() {
        pool = run.pool("covet-bench-jooq");
        SQLDialect dialect = switch (db) {
            case "sqlite" -> SQLDialect.SQLITE;
            case "postgresql" -> SQLDialect.POSTGRES;
            default -> SQLDialect.MARIADB;
        };
        dsl = DSL.using(pool, dialect, new Settings().withExecuteLogging(false).withRenderSchema(false));
        DataType<BigDecimal> priceType = db.equals("sqlite")
                ? SQLDataType.DOUBLE.asConvertedDataType(Converter.ofNullable(Double.class, BigDecimal.class,
                        d -> BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN), BigDecimal::doubleValue))
                : SQLDataType.DECIMAL(10, 2);
        price = DSL.field(name("b", "price"), priceType);
    }

    @Override
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    List<BookRow> joined(int rows) {
        return dsl.select(bookId, title, pages, price, authorId, authorName, publisherId, publisherName)
                .from(book).join(author).on(authorId.eq(bookAuthor)).join(publisher).on(publisherId.eq(bookPublisher))
                .orderBy(bookId).limit(rows)
                .fetch(r -> {
                    BookRow b = new BookRow();
                    b.id = r.value1();
                    b.title = r.value2();
                    b.pages = r.value3();
                    b.price = r.value4();
                    b.author = new BookRow.Named(r.value5(), r.value6());
                    b.publisher = new BookRow.Named(r.value7(), r.value8());
                    return b;
                });
    }

    @Override
    List<JdbcRelations.AuthorRow> prefetched() {
        List<JdbcRelations.AuthorRow> authors = dsl.select(authorId, authorName).from(author).orderBy(authorId).fetch(r -> {
            JdbcRelations.AuthorRow a = new JdbcRelations.AuthorRow();
            a.id = r.value1();
            a.name = r.value2();
            return a;
        });
        Map<Long, JdbcRelations.AuthorRow> byId = new HashMap<>();
        List<Long> ids = new ArrayList<>(authors.size());
        for (JdbcRelations.AuthorRow a : authors) {
            byId.put(a.id, a);
            ids.add(a.id);
        }
        for (Record5<Long, String, Integer, BigDecimal, Long> r : dsl.select(bookId, title, pages, price, bookAuthor).from(book)
                .where(bookAuthor.in(ids)).orderBy(bookId).fetch()) {
            BookRow b = new BookRow();
            b.id = r.value1();
            b.title = r.value2();
            b.pages = r.value3();
            b.price = r.value4();
            byId.get(r.value5()).books.add(b);
        }
        return authors;
    }

    @Override
    BookRow view(BookRow b) {
        return b;
    }

    @Override
    BookRow bare(BookRow b) {
        return b;
    }

    @Override
    long authorId(JdbcRelations.AuthorRow a) {
        return a.id;
    }

    @Override
    List<BookRow> books(JdbcRelations.AuthorRow a) {
        return a.books;
    }
}
