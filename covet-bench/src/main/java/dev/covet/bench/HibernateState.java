package dev.covet.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;

/**
 * Hibernate ORM over its own HikariCP pool (handed to it as the DataSource), used the usual way:
 * a Session per call, HQL for queries, {@code persist} in a transaction for inserts with JDBC batching
 * on ({@code hibernate.jdbc.batch_size} = {@link #BULK}). Updates go through a StatelessSession, whose
 * {@code update} writes a detached object with one UPDATE, as Covet's {@code save()} and the JDBC
 * baseline do ({@code Session.merge} would SELECT the row first).
 */
@State(Scope.Benchmark)
public class HibernateState extends BenchState<ItemEntity> {
    private static final String PAGE_HQL = "from ItemEntity where score >= :min order by id";
    private static final String COUNT_HQL = "select count(*) from ItemEntity where score >= :min";
    private static final String BELOW_HQL = "from ItemEntity where score < :max order by id";
    private static final String VALUES_HQL = "select id, name, score from ItemEntity where score < :max order by id";
    private static final String GROUPED_HQL = "select active, count(*), sum(score) from ItemEntity group by active order by active";
    private static final String UPDATE_SCORE_HQL = "update ItemEntity set score = :score where id = :id";

    private HikariDataSource pool;
    private StandardServiceRegistry registry;
    private SessionFactory factory;

    @Override
    void open() {
        pool = run.pool("covet-bench-hibernate");
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, BULK)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                // Covet's column is a timestamp without zone holding UTC
                .applySetting(AvailableSettings.PREFERRED_INSTANT_JDBC_TYPE, "TIMESTAMP")
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        if (db.equals("sqlite")) {
            settings.applySetting(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
        }
        registry = settings.build();
        MetadataBuilder metadata = new MetadataSources(registry).addAnnotatedClass(ItemEntity.class).getMetadataBuilder();
        if (db.equals("sqlite")) {
            metadata.applyAttributeConverter(SqliteInstantConverter.class, true);
        }
        factory = metadata.build().buildSessionFactory();
    }

    @Override
    void close() {
        try {
            if (factory != null) {
                factory.close();
            }
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
    }

    @Override
    ItemEntity get(long id) {
        try (Session session = factory.openSession()) {
            return session.find(ItemEntity.class, id);
        }
    }

    @Override
    List<ItemEntity> page() {
        try (Session session = factory.openSession()) {
            return session.createSelectionQuery(PAGE_HQL, ItemEntity.class)
                    .setParameter("min", MIN_SCORE)
                    .setMaxResults(PAGE)
                    .getResultList();
        }
    }

    @Override
    List<ItemEntity> below() {
        try (Session session = factory.openSession()) {
            return session.createSelectionQuery(BELOW_HQL, ItemEntity.class).setParameter("max", BELOW).setReadOnly(true).getResultList();
        }
    }

    @Override
    List<Object[]> valuesBelow() {
        try (Session session = factory.openSession()) {
            return session.createSelectionQuery(VALUES_HQL, Object[].class).setParameter("max", BELOW).getResultList();
        }
    }

    @Override
    long[][] grouped() {
        try (Session session = factory.openSession()) {
            List<Object[]> rows = session.createSelectionQuery(GROUPED_HQL, Object[].class).getResultList();
            long[][] out = new long[rows.size()][];
            for (int i = 0; i < out.length; i++) {
                Object[] r = rows.get(i);
                out[i] = new long[]{(Boolean) r[0] ? 1 : 0, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()};
            }
            return out;
        }
    }

    @Override
    long count() {
        try (Session session = factory.openSession()) {
            return session.createSelectionQuery(COUNT_HQL, Long.class).setParameter("min", MIN_SCORE).getSingleResult();
        }
    }

    @Override
    ItemEntity insert(long n) {
        ItemEntity e = newEntity(n);
        factory.inTransaction(session -> session.persist(e));
        return e;
    }

    @Override
    List<ItemEntity> insertAll(long first, int count) {
        List<ItemEntity> entities = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            entities.add(newEntity(n));
        }
        // a StatelessSession is Hibernate's way for bulk work: no persistence context to fill and flush
        factory.inStatelessTransaction(session -> session.insertMultiple(entities));
        return entities;
    }

    @Override
    List<ItemEntity> insertEach(long first, int count) {
        List<ItemEntity> entities = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            entities.add(newEntity(n));
        }
        factory.inTransaction(session -> entities.forEach(session::persist));
        return entities;
    }

    @Override
    ItemEntity updateScore(ItemEntity e) {
        e.score = (e.score + 1) % 1000;
        factory.inStatelessTransaction(session -> session.createMutationQuery(UPDATE_SCORE_HQL)
                .setParameter("score", e.score).setParameter("id", e.id).executeUpdate());
        return e;
    }

    @Override
    long stream(int chunk) {
        return factory.fromStatelessTransaction(session -> {
            long sum = 0;
            try (var rows = session.createSelectionQuery("from ItemEntity", ItemEntity.class).setFetchSize(chunk).getResultStream()) {
                for (var it = rows.iterator(); it.hasNext(); ) {
                    sum += it.next().score;
                }
            }
            return sum;
        });
    }

    @Override
    ItemEntity update(ItemEntity e) {
        e.score = (e.score + 1) % 1000;
        factory.inStatelessTransaction(session -> session.update(e));
        return e;
    }

    @Override
    List<ItemEntity> load(long from, long to) {
        try (Session session = factory.openSession()) {
            return session.createSelectionQuery("from ItemEntity where id between :from and :to order by id", ItemEntity.class)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList();
        }
    }

    @Override
    ItemRow view(ItemEntity e) {
        return e.toRow();
    }

    private static ItemEntity newEntity(long n) {
        ItemEntity e = new ItemEntity();
        e.name = ItemValues.name(n);
        e.score = ItemValues.score(n);
        e.amount = ItemValues.amount(n);
        e.active = ItemValues.active(n);
        e.createdAt = ItemValues.createdAt(n);
        return e;
    }
}
