package dev.covet.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.covet.bench.RelationEntities.AuthorEntity;
import dev.covet.bench.RelationEntities.BookEntity;
import dev.covet.bench.RelationEntities.PublisherEntity;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/** Hibernate: {@code join fetch} of both keys for the join, {@code left join fetch} of the collection for the reverse key; read-only queries. */
@State(Scope.Benchmark)
public class HibernateRelations extends RelationsState<BookEntity, AuthorEntity> {
    private static final String JOINED = "from BookEntity b join fetch b.author join fetch b.publisher order by b.id";
    private static final String PREFETCHED = "from AuthorEntity a left join fetch a.books order by a.id";

    private HikariDataSource pool;
    private StandardServiceRegistry registry;
    private SessionFactory factory;

    @Override
    void open() {
        pool = run.pool("covet-bench-hibernate");
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
        if (db.equals("sqlite")) {
            settings.applySetting(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
        }
        registry = settings.build();
        factory = new MetadataSources(registry).addAnnotatedClass(PublisherEntity.class).addAnnotatedClass(AuthorEntity.class)
                .addAnnotatedClass(BookEntity.class).buildMetadata().buildSessionFactory();
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
    List<BookEntity> joined(int rows) {
        try (Session session = factory.openSession()) {
            return session.createSelectionQuery(JOINED, BookEntity.class).setMaxResults(rows).setReadOnly(true).getResultList();
        }
    }

    @Override
    List<AuthorEntity> prefetched() {
        try (Session session = factory.openSession()) {
            return session.createSelectionQuery(PREFETCHED, AuthorEntity.class).setReadOnly(true).getResultList();
        }
    }

    @Override
    BookRow view(BookEntity e) {
        BookRow r = bare(e);
        r.author = new BookRow.Named(e.author.id, e.author.name);
        r.publisher = new BookRow.Named(e.publisher.id, e.publisher.name);
        return r;
    }

    @Override
    BookRow bare(BookEntity e) {
        BookRow r = new BookRow();
        r.id = e.id;
        r.title = e.title;
        r.pages = e.pages;
        r.price = e.price;
        return r;
    }

    @Override
    long authorId(AuthorEntity a) {
        return a.id;
    }

    @Override
    List<BookEntity> books(AuthorEntity a) {
        return a.books;
    }
}
