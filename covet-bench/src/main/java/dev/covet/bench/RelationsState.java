package dev.covet.bench;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * One implementation over its own database of three tables (Covet creates them from {@link BenchPublisher},
 * {@link BenchAuthor} and {@link BenchBook}): 10 publishers, 100 authors, 1,000 books seeded with plain JDBC
 * ({@link BookRow}). The setup checks that the join and the prefetch give the seeded values. Read-only.
 *
 * @param <B> the implementation's book
 * @param <A> the implementation's author
 */
@State(Scope.Benchmark)
public abstract class RelationsState<B, A> {
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    RunDatabase run;

    @Setup(Level.Trial)
    public void setUpTrial() throws Exception {
        run = RunDatabase.create(db);
        try {
            createAndSeed();
            open();
            check();
        } catch (Exception | Error e) {
            try {
                tearDownTrial();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @TearDown(Level.Trial)
    public void tearDownTrial() throws Exception {
        try {
            close();
        } finally {
            run.drop();
        }
    }

    abstract void open() throws Exception;

    abstract void close() throws Exception;

    /** The first {@code rows} books in key order, each with its author and publisher, in one query. */
    abstract List<B> joined(int rows) throws Exception;

    /** Every author (100) in key order, each with its books (reverse key), in key order. */
    abstract List<A> prefetched() throws Exception;

    /** The book with its author and publisher (loaded by {@link #joined}). */
    abstract BookRow view(B book);

    /** The book's own columns only (authors and publishers left null). */
    abstract BookRow bare(B book);

    abstract long authorId(A author);

    /** The author's loaded books, without a query. */
    abstract List<B> books(A author);

    static Config covetConfig(RunDatabase run) {
        return Config.builder()
                .database(Config.DEFAULT, run.covetUrl(), s -> s.minPoolSize(RunDatabase.POOL_SIZE).maxPoolSize(RunDatabase.POOL_SIZE))
                .models(BenchPublisher.class, BenchAuthor.class, BenchBook.class)
                .build();
    }

    private void createAndSeed() throws Exception {
        Covet.setup(covetConfig(run));
        try {
            Covet.createTables();
        } finally {
            Covet.shutdown();
        }
        JdbcColumns columns = JdbcColumns.forKind(db);
        try (Connection c = run.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_publisher (id, name) VALUES (?, ?)")) {
                for (long p = 1; p <= BookRow.PUBLISHERS; p++) {
                    ps.setLong(1, p);
                    ps.setString(2, BookRow.publisherName(p));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_author (id, name) VALUES (?, ?)")) {
                for (long a = 1; a <= BookRow.AUTHORS; a++) {
                    ps.setLong(1, a);
                    ps.setString(2, BookRow.authorName(a));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO bench_book (id, title, pages, price, author_id, publisher_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (long n = 1; n <= BookRow.BOOKS; n++) {
                    BookRow b = BookRow.book(n);
                    ps.setLong(1, n);
                    ps.setString(2, b.title);
                    ps.setInt(3, b.pages);
                    columns.bindAmount(ps, 4, b.price);
                    ps.setLong(5, b.author.id);
                    ps.setLong(6, b.publisher.id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                if (db.equals("postgresql")) {
                    // explicit keys leave the sequences behind; nothing here inserts, but keep them right
                    for (String t : List.of("bench_publisher", "bench_author", "bench_book")) {
                        s.execute("SELECT setval(pg_get_serial_sequence('" + t + "', 'id'), (SELECT MAX(id) FROM " + t + "))");
                    }
                }
                for (String t : List.of("bench_publisher", "bench_author", "bench_book")) {
                    s.execute(switch (db) {
                        case "sqlite" -> "ANALYZE " + t;
                        case "postgresql" -> "ANALYZE " + t;
                        default -> "ANALYZE TABLE " + t;
                    });
                }
            }
        }
    }

    private void check() throws Exception {
        for (int rows : new int[]{10, BookRow.BOOKS}) {
            List<B> books = joined(rows);
            if (books.size() != rows) {
                throw new IllegalStateException(getClass().getSimpleName() + ".joined(" + rows + ") returned " + books.size() + " rows");
            }
            for (int i = 0; i < rows; i++) {
                BookRow got = view(books.get(i));
                if (!got.sameValues(BookRow.book(i + 1))) {
                    throw new IllegalStateException(getClass().getSimpleName() + ".joined(" + rows + ")[" + i + "] gave " + got
                            + ", expected " + BookRow.book(i + 1));
                }
            }
        }
        List<A> authors = prefetched();
        if (authors.size() != BookRow.AUTHORS) {
            throw new IllegalStateException(getClass().getSimpleName() + ".prefetched() returned " + authors.size() + " authors");
        }
        for (int i = 0; i < authors.size(); i++) {
            A author = authors.get(i);
            List<B> books = books(author);
            if (authorId(author) != i + 1 || books.size() != BookRow.BOOKS / BookRow.AUTHORS) {
                throw new IllegalStateException(getClass().getSimpleName() + ".prefetched()[" + i + "] is author " + authorId(author)
                        + " with " + books.size() + " books");
            }
            for (int k = 0; k < books.size(); k++) {
                long n = i + 1 + (long) k * BookRow.AUTHORS;
                BookRow got = bare(books.get(k));
                if (got.id != n || !got.title.equals(BookRow.book(n).title) || got.pages != BookRow.book(n).pages) {
                    throw new IllegalStateException(getClass().getSimpleName() + ".prefetched()[" + i + "].books[" + k + "] is " + got.id
                            + " " + got.title + ", expected book " + n);
                }
            }
        }
    }
}
