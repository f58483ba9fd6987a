package dev.covet.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.InsertValuesStep5;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;

/**
 * jOOQ's DSL without generated code, over its own HikariCP pool: the table and columns are declared by
 * name with their types (on SQLite, converters read Covet's REAL decimals and text instants), rows are
 * read into {@link ItemRow}s by a record mapper, many rows go in multi-row INSERTs with
 * {@code RETURNING id}, as jOOQ's documentation shows. Execute logging is off, as jOOQ advises for
 * production (it is on by default and costs on every statement).
 */
@State(Scope.Benchmark)
public class JooqState extends BenchState<ItemRow> {
    private HikariDataSource pool;
    private DSLContext dsl;
    private Table<Record> table;
    private Field<Long> id;
    private Field<String> nameField;
    private Field<Integer> score;
    private Field<BigDecimal> amount;
    private Field<Boolean> active;
    private Field<Instant> createdAt;
    private boolean sqlite;

    @Override
    void open() {
        pool = run.pool("covet-bench-jooq");
        sqlite = db.equals("sqlite");
        SQLDialect dialect = switch (db) {
            case "sqlite" -> SQLDialect.SQLITE;
            case "postgresql" -> SQLDialect.POSTGRES;
            default -> SQLDialect.MARIADB;
        };
        dsl = DSL.using(pool, dialect, new Settings().withExecuteLogging(false).withRenderSchema(false));
        table = DSL.table(name("bench_item"));
        id = DSL.field(name("id"), SQLDataType.BIGINT);
        nameField = DSL.field(name("name"), SQLDataType.VARCHAR(100));
        score = DSL.field(name("score"), SQLDataType.INTEGER);
        active = DSL.field(name("active"), SQLDataType.BOOLEAN);
        DataType<BigDecimal> amountType = sqlite
                ? SQLDataType.DOUBLE.asConvertedDataType(Converter.ofNullable(Double.class, BigDecimal.class,
                        d -> BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN), BigDecimal::doubleValue))
                : SQLDataType.DECIMAL(10, 2);
        DataType<Instant> instantType = sqlite
                ? SQLDataType.VARCHAR.asConvertedDataType(Converter.ofNullable(String.class, Instant.class, SqliteText::parse, SqliteText::format))
                : SQLDataType.LOCALDATETIME(6).asConvertedDataType(Converter.ofNullable(LocalDateTime.class, Instant.class,
                        t -> t.toInstant(ZoneOffset.UTC), i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC)));
        amount = DSL.field(name("amount"), amountType);
        createdAt = DSL.field(name("created_at"), instantType);
    }

    @Override
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    ItemRow get(long key) {
        return dsl.select(id, nameField, score, amount, active, createdAt).from(table).where(id.eq(key)).fetchOne(JooqState::row);
    }

    @Override
    List<ItemRow> page() {
        return dsl.select(id, nameField, score, amount, active, createdAt).from(table).where(score.ge(MIN_SCORE)).orderBy(id).limit(PAGE)
                .fetch(JooqState::row);
    }

    @Override
    List<ItemRow> below() {
        return dsl.select(id, nameField, score, amount, active, createdAt).from(table).where(score.lt(BELOW)).orderBy(id)
                .fetch(JooqState::row);
    }

    @Override
    Result<Record3<Long, String, Integer>> valuesBelow() {
        return dsl.select(id, nameField, score).from(table).where(score.lt(BELOW)).orderBy(id).fetch();
    }

    @Override
    long count() {
        return dsl.selectCount().from(table).where(score.ge(MIN_SCORE)).fetchOne(0, Long.class);
    }

    @Override
    long[][] grouped() {
        var rows = dsl.select(active, DSL.count(), sum(score)).from(table).groupBy(active).orderBy(active).fetch();
        long[][] out = new long[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            var r = rows.get(i);
            out[i] = new long[]{r.value1() ? 1 : 0, r.value2(), r.value3().longValue()};
        }
        return out;
    }

    @Override
    ItemRow insert(long n) {
        ItemRow row = ItemValues.row(n);
        row.id = insertOne(dsl, row);
        return row;
    }

    private Long insertOne(DSLContext ctx, ItemRow row) {
        return ctx.insertInto(table, nameField, score, amount, active, createdAt)
                .values(row.name, row.score, row.amount, row.active, row.createdAt)
                .returningResult(id).fetchOne().value1();
    }

    @Override
    List<ItemRow> insertAll(long first, int count) {
        List<ItemRow> rows = rows(first, count);
        if (count <= JdbcItems.CHUNK) {
            insertChunks(dsl, rows);
        } else {
            dsl.transaction(cfg -> insertChunks(cfg.dsl(), rows));
        }
        return rows;
    }

    private void insertChunks(DSLContext ctx, List<ItemRow> rows) {
        for (int from = 0; from < rows.size(); from += JdbcItems.CHUNK) {
            List<ItemRow> chunk = rows.subList(from, Math.min(rows.size(), from + JdbcItems.CHUNK));
            InsertValuesStep5<Record, String, Integer, BigDecimal, Boolean, Instant> insert =
                    ctx.insertInto(table, nameField, score, amount, active, createdAt);
            for (ItemRow r : chunk) {
                insert = insert.values(r.name, r.score, r.amount, r.active, r.createdAt);
            }
            // jOOQ's SQLite dialect reads generated keys through the driver, which knows only the last row's:
            // there the RETURNING clause is written as plain SQL around the DSL's INSERT
            Result<? extends Record> result = sqlite ? ctx.resultQuery("{0} returning {1}", insert, id).fetch()
                    : insert.returningResult(id).fetch();
            for (int i = 0; i < chunk.size(); i++) {
                chunk.get(i).id = result.get(i).get(0, Long.class);
            }
        }
    }

    @Override
    List<ItemRow> insertEach(long first, int count) {
        List<ItemRow> rows = rows(first, count);
        dsl.transaction(cfg -> {
            DSLContext ctx = cfg.dsl();
            for (ItemRow r : rows) {
                r.id = insertOne(ctx, r);
            }
        });
        return rows;
    }

    @Override
    long stream(int chunk) {
        return dsl.transactionResult(cfg -> {
            long sum = 0;
            try (var rows = cfg.dsl().select(id, nameField, score, amount, active, createdAt).from(table).fetchSize(chunk).fetchLazy()) {
                while (rows.hasNext()) {
                    sum += row(rows.fetchNext()).score;
                }
            }
            return sum;
        });
    }

    @Override
    ItemRow update(ItemRow r) {
        r.score = (r.score + 1) % 1000;
        dsl.update(table).set(nameField, r.name).set(score, r.score).set(amount, r.amount).set(active, r.active).set(createdAt, r.createdAt)
                .where(id.eq(r.id)).execute();
        return r;
    }

    @Override
    ItemRow updateScore(ItemRow r) {
        r.score = (r.score + 1) % 1000;
        dsl.update(table).set(score, r.score).where(id.eq(r.id)).execute();
        return r;
    }

    @Override
    List<ItemRow> load(long from, long to) {
        return dsl.select(id, nameField, score, amount, active, createdAt).from(table).where(id.between(from, to)).orderBy(id)
                .fetch(JooqState::row);
    }

    @Override
    ItemRow view(ItemRow row) {
        return row;
    }

    private static ItemRow row(Record6<Long, String, Integer, BigDecimal, Boolean, Instant> r) {
        ItemRow row = new ItemRow();
        row.id = r.value1();
        row.name = r.value2();
        row.score = r.value3();
        row.amount = r.value4();
        row.active = r.value5();
        row.createdAt = r.value6();
        return row;
    }

    private static List<ItemRow> rows(long first, int count) {
        List<ItemRow> rows = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            rows.add(ItemValues.row(n));
        }
        return rows;
    }
}
