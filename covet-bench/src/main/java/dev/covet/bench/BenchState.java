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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One implementation (Covet, JDBC or Hibernate) over its own database for one trial: the six measured
 * operations, written as a user of that implementation would write them, on objects of type {@code T}.
 *
 * <p>The trial's setup creates the database, lets Covet create the table, seeds {@link #ROWS} rows with
 * plain JDBC, opens the implementation and then checks it: every operation must read and write the
 * same values the others do, so a mapping mistake fails the run instead of skewing the numbers.
 *
 * <p>Not thread-safe: the benchmarks run on one thread, as JMH does unless told {@code -t}.
 */
@State(Scope.Benchmark)
public abstract class BenchState<T> {
    static final int ROWS = 10_000;
    /** Half the rows have {@code score >= MIN_SCORE}, spread over the table. */
    static final int MIN_SCORE = 500;
    static final int PAGE = 20;
    /** The "large filter": every row with {@code score < BELOW}, a tenth of the table (1,000 rows). */
    static final int BELOW = 100;
    static final int BELOW_ROWS = ROWS / 10;
    /** Rows inserted one by one in one transaction. */
    static final int MANY = 20;
    static final int BULK = 100;
    static final int BULK_LARGE = 10_000;
    /** How many loaded objects the update benchmark cycles through. */
    static final int HELD = 1000;

    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    RunDatabase run;
    private long[] ids;
    private int cursor;
    private long serial = ROWS;
    private List<T> held;
    private int heldCursor;

    @Setup(Level.Trial)
    public void setUpTrial() throws Exception {
        run = RunDatabase.create(db);
        try {
            createAndSeed();
            open();
            held = load(ids[0], ids[HELD - 1]);
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

    /**
     * Deletes the rows the write benchmarks added, between iterations (not measured): otherwise the
     * table grows by every insert, and the faster side, having inserted more, works on a bigger table
     * (SQLite's insert times climbed twofold within one five-second run).
     */
    @TearDown(Level.Iteration)
    public void removeInsertedRows() throws Exception {
        try (Connection c = run.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM bench_item WHERE id > ?")) {
            ps.setLong(1, ids[ids.length - 1]);
            ps.executeUpdate();
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

    /** Opens the implementation on {@link #run}'s database, which holds the seeded table. */
    abstract void open() throws Exception;

    abstract void close() throws Exception;

    // ---------------------------------------------------------------- the measured operations

    /** One row by primary key. */
    abstract T get(long id) throws Exception;

    /** The first {@link #PAGE} rows with {@code score >= MIN_SCORE} in key order. */
    abstract List<T> page() throws Exception;

    /** Every row with {@code score < BELOW}, in key order. */
    abstract List<T> below() throws Exception;

    /** (id, name, score) of every row with {@code score < BELOW}, in key order, as the implementation's tuples. */
    abstract List<?> valuesBelow() throws Exception;

    /** How many rows have {@code score >= MIN_SCORE}. */
    abstract long count() throws Exception;

    /** {@code GROUP BY active}: per value, {active ? 1 : 0, rows, sum of scores}, inactive first. */
    abstract long[][] grouped() throws Exception;

    /** Makes the object of {@link ItemValues} row {@code n} and inserts it; its key is set. */
    abstract T insert(long n) throws Exception;

    /** Makes the objects of rows {@code first} to {@code first + count - 1} and inserts them at once; their keys are set. */
    abstract List<T> insertAll(long first, int count) throws Exception;

    /** Makes the objects of rows {@code first} to {@code first + count - 1} and saves each on its own, in one transaction. */
    abstract List<T> insertEach(long first, int count) throws Exception;

    /** Changes the score of a loaded object and writes only that column. */
    abstract T updateScore(T loaded) throws Exception;

    /** Changes the score of a loaded object and writes the object back. */
    abstract T update(T loaded) throws Exception;

    /**
     * Every row of the table through the implementation's streaming read ({@code chunk} rows fetched at a
     * time), each hydrated and dropped: returns the sum of the scores, so that nothing is held.
     */
    abstract long stream(int chunk) throws Exception;

    /** The rows with keys {@code from} to {@code to}, in key order (setup only). */
    abstract List<T> load(long from, long to) throws Exception;

    abstract ItemRow view(T object);

    // ---------------------------------------------------------------- arguments of the operations

    /** The next key to read: every seeded row in turn, in a scattered order. */
    final long nextId() {
        cursor = (cursor + 7919) % ids.length;
        return ids[cursor];
    }

    /** The row number of the next new row. */
    final long nextSerial() {
        return ++serial;
    }

    /** The row numbers of the next {@code count} new rows; returns the first. */
    final long nextSerials(int count) {
        long first = serial + 1;
        serial += count;
        return first;
    }

    /** The next loaded object to update. */
    final T nextHeld() {
        heldCursor = heldCursor + 1 == held.size() ? 0 : heldCursor + 1;
        return held.get(heldCursor);
    }

    // ---------------------------------------------------------------- setup

    static Config covetConfig(RunDatabase run) {
        return Config.builder()
                .database(Config.DEFAULT, run.covetUrl(), s -> s.minPoolSize(RunDatabase.POOL_SIZE).maxPoolSize(RunDatabase.POOL_SIZE))
                .models(BenchItem.class)
                .build();
    }

    private void createAndSeed() throws Exception {
        Covet.setup(covetConfig(run));
        try {
            Covet.createTables();
        } finally {
            Covet.shutdown();
        }
        JdbcItems seeder = new JdbcItems(null, JdbcColumns.forKind(db));
        try (Connection c = run.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (long n = 1; n <= ROWS; n += 500) {
                List<ItemRow> rows = new ArrayList<>(500);
                for (long k = n; k < n + 500 && k <= ROWS; k++) {
                    rows.add(ItemValues.row(k));
                }
                seeder.insertAll(c, rows);
            }
            c.commit();
            seeder.close();
            c.setAutoCommit(true);
            s.execute(switch (db) {
                case "sqlite" -> "ANALYZE";
                case "postgresql" -> "ANALYZE bench_item";
                default -> "ANALYZE TABLE bench_item";
            });
            List<Long> keys = new ArrayList<>(ROWS);
            try (ResultSet rs = s.executeQuery("SELECT id FROM bench_item ORDER BY id")) {
                while (rs.next()) {
                    keys.add(rs.getLong(1));
                }
            }
            ids = keys.stream().mapToLong(Long::longValue).toArray();
        }
        if (ids.length != ROWS) {
            throw new IllegalStateException("Seeded " + ids.length + " rows, not " + ROWS);
        }
    }

    /** Every operation reads and writes what the seed and the JDBC baseline say it should. */
    private void check() throws Exception {
        for (int n : new int[]{1, ROWS / 2, ROWS}) {
            expect(view(get(ids[n - 1])), ItemValues.row(n), "get(" + ids[n - 1] + ")");
        }
        List<T> page = page();
        if (page.size() != PAGE) {
            throw new IllegalStateException(getClass().getSimpleName() + ".page() returned " + page.size() + " rows, not " + PAGE);
        }
        int k = 0;
        for (int n = 1; n <= ROWS && k < PAGE; n++) {
            if (ItemValues.score(n) >= MIN_SCORE) {
                expect(view(page.get(k++)), ItemValues.row(n), "page()[" + (k - 1) + "]");
            }
        }
        List<T> below = below();
        if (below.size() != BELOW_ROWS) {
            throw new IllegalStateException(getClass().getSimpleName() + ".below() returned " + below.size() + " rows, not " + BELOW_ROWS);
        }
        k = 0;
        for (int n = 1; n <= ROWS; n++) {
            if (ItemValues.score(n) < BELOW) {
                expect(view(below.get(k++)), ItemValues.row(n), "below()[" + (k - 1) + "]");
            }
        }
        if (valuesBelow().size() != BELOW_ROWS) {
            throw new IllegalStateException(getClass().getSimpleName() + ".valuesBelow() returned " + valuesBelow().size() + " rows, not " + BELOW_ROWS);
        }
        long[][] grouped = grouped();
        long[][] want = new long[2][3];
        want[1][0] = 1;
        for (int n = 1; n <= ROWS; n++) {
            long[] g = want[ItemValues.active(n) ? 1 : 0];
            g[1]++;
            g[2] += ItemValues.score(n);
        }
        if (!java.util.Arrays.deepEquals(grouped, want)) {
            throw new IllegalStateException(getClass().getSimpleName() + ".grouped() returned " + java.util.Arrays.deepToString(grouped)
                    + ", not " + java.util.Arrays.deepToString(want));
        }
        if (count() != ROWS / 2) {
            throw new IllegalStateException(getClass().getSimpleName() + ".count() returned " + count() + ", not " + ROWS / 2);
        }
        if (held.size() != HELD) {
            throw new IllegalStateException(getClass().getSimpleName() + ".load() returned " + held.size() + " rows, not " + HELD);
        }

        // writes: read back through plain JDBC, then removed so that every trial measures the seeded table
        JdbcColumns columns = JdbcColumns.forKind(db);
        try (var pool = run.pool("covet-bench-check")) {
            JdbcItems jdbc = new JdbcItems(pool, columns);
            List<Long> written = new ArrayList<>();
            long n = nextSerial();
            ItemRow one = view(insert(n));
            written.add(one.id);
            expect(jdbc.get(one.id), ItemValues.row(n), "insert(" + n + ")");
            long first = nextSerials(3);
            List<T> many = insertAll(first, 3);
            for (int i = 0; i < 3; i++) {
                ItemRow r = view(many.get(i));
                written.add(r.id);
                expect(jdbc.get(r.id), ItemValues.row(first + i), "insertAll(" + first + ", 3)[" + i + "]");
            }
            first = nextSerials(3);
            List<T> each = insertEach(first, 3);
            for (int i = 0; i < 3; i++) {
                ItemRow r = view(each.get(i));
                written.add(r.id);
                expect(jdbc.get(r.id), ItemValues.row(first + i), "insertEach(" + first + ", 3)[" + i + "]");
            }
            T partial = held.get(1);
            int partialBefore = view(partial).score;
            ItemRow partialAfter = view(updateScore(partial));
            if (partialAfter.score != (partialBefore + 1) % 1000 || !jdbc.get(partialAfter.id).sameValues(partialAfter)) {
                throw new IllegalStateException(getClass().getSimpleName() + ".updateScore() wrote " + jdbc.get(partialAfter.id)
                        + ", expected " + partialAfter);
            }
            T target = held.get(0);
            int scoreBefore = view(target).score;
            ItemRow after = view(update(target));
            ItemRow stored = jdbc.get(after.id);
            if (after.score != (scoreBefore + 1) % 1000 || !stored.sameValues(after)) {
                throw new IllegalStateException(getClass().getSimpleName() + ".update() wrote " + stored + ", expected " + after
                        + " with score " + (scoreBefore + 1) % 1000);
            }
            jdbc.close();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM bench_item WHERE id IN (" + written.stream().map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElseThrow() + ")");
            }
        }
    }

    private void expect(ItemRow got, ItemRow want, String what) {
        if (got == null || !got.sameValues(want)) {
            throw new IllegalStateException(getClass().getSimpleName() + "." + what + " gave " + got + ", expected " + want);
        }
    }
}
