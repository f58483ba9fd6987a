package dev.covet.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor for the three tables: one JOIN read by column index into {@link BookRow}s (a new author and
 * publisher object per row, as Covet's selectRelated makes them), and for the reverse key two queries
 * (the authors, then their books with {@code author_id IN (...)}) grouped by hand. Statements are kept.
 */
@State(Scope.Benchmark)
public class JdbcRelations extends RelationsState<BookRow, JdbcRelations.AuthorRow> {
    private static final String JOINED = "SELECT b.id, b.title, b.pages, b.price, a.id, a.name, p.id, p.name FROM bench_book b"
            + " INNER JOIN bench_author a ON a.id = b.author_id INNER JOIN bench_publisher p ON p.id = b.publisher_id ORDER BY b.id LIMIT ?";
    private static final String AUTHORS = "SELECT id, name FROM bench_author ORDER BY id";

    /** An author with its books. */
    public static final class AuthorRow {
        long id;
        String name;
        final List<BookRow> books = new ArrayList<>();
    }

    private HikariDataSource pool;
    private JdbcColumns columns;
    private final KeptStatements kept = new KeptStatements();
    private final Map<Integer, String> booksOf = new HashMap<>();

    @Override
    void open() {
        pool = run.pool("covet-bench-jdbc");
        columns = JdbcColumns.forKind(db);
    }

    @Override
    void close() throws SQLException {
        try {
            kept.close();
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
    }

    @Override
    List<BookRow> joined(int rows) throws SQLException {
        try (Connection c = pool.getConnection()) {
            PreparedStatement ps = kept.get(c, JOINED);
            ps.setInt(1, rows);
            try (ResultSet rs = ps.executeQuery()) {
                List<BookRow> out = new ArrayList<>(rows);
                while (rs.next()) {
                    BookRow b = new BookRow();
                    b.id = rs.getLong(1);
                    b.title = rs.getString(2);
                    b.pages = rs.getInt(3);
                    b.price = columns.amount(rs, 4);
                    b.author = new BookRow.Named(rs.getLong(5), rs.getString(6));
                    b.publisher = new BookRow.Named(rs.getLong(7), rs.getString(8));
                    out.add(b);
                }
                return out;
            }
        }
    }

    @Override
    List<AuthorRow> prefetched() throws SQLException {
        try (Connection c = pool.getConnection()) {
            List<AuthorRow> authors = new ArrayList<>();
            Map<Long, AuthorRow> byId = new HashMap<>();
            try (ResultSet rs = kept.get(c, AUTHORS).executeQuery()) {
                while (rs.next()) {
                    AuthorRow a = new AuthorRow();
                    a.id = rs.getLong(1);
                    a.name = rs.getString(2);
                    authors.add(a);
                    byId.put(a.id, a);
                }
            }
            if (authors.isEmpty()) {
                return authors;
            }
            PreparedStatement ps = kept.get(c, booksOf.computeIfAbsent(authors.size(), JdbcRelations::booksSql));
            for (int i = 0; i < authors.size(); i++) {
                ps.setLong(i + 1, authors.get(i).id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BookRow b = new BookRow();
                    b.id = rs.getLong(1);
                    b.title = rs.getString(2);
                    b.pages = rs.getInt(3);
                    b.price = columns.amount(rs, 4);
                    byId.get(rs.getLong(5)).books.add(b);
                }
            }
            return authors;
        }
    }

    private static String booksSql(int n) {
        StringBuilder b = new StringBuilder("SELECT id, title, pages, price, author_id FROM bench_book WHERE author_id IN (");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.append(") ORDER BY id").toString();
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
    long authorId(AuthorRow a) {
        return a.id;
    }

    @Override
    List<BookRow> books(AuthorRow a) {
        return a.books;
    }
}
