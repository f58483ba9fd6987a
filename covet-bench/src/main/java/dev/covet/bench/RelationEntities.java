package dev.covet.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/** The Hibernate entities over Covet's three join tables; relations are lazy, as Hibernate advises, and fetched by the queries. */
final class RelationEntities {
    private RelationEntities() {
    }

    @Entity(name = "PublisherEntity")
    @Table(name = "bench_publisher")
    public static class PublisherEntity {
        @Id public Long id;
        @Column(name = "name") public String name;
    }

    @Entity(name = "AuthorEntity")
    @Table(name = "bench_author")
    public static class AuthorEntity {
        @Id public Long id;
        @Column(name = "name") public String name;
        @OneToMany(mappedBy = "author", fetch = FetchType.LAZY)
        @OrderBy("id")
        public List<BookEntity> books;
    }

    @Entity(name = "BookEntity")
    @Table(name = "bench_book")
    public static class BookEntity {
        @Id public Long id;
        @Column(name = "title") public String title;
        @Column(name = "pages") public int pages;
        @Column(name = "price", precision = 10, scale = 2) public BigDecimal price;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "author_id") public AuthorEntity author;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "publisher_id") public PublisherEntity publisher;
    }
}
