package dev.covet.bench;

import java.math.BigDecimal;
import java.util.Objects;

/** A book with its author and publisher as hand-written JDBC (and jOOQ) code reads them: plain objects, one set per row. */
public final class BookRow {
    public long id;
    public String title;
    public int pages;
    public BigDecimal price;
    public Named author;
    public Named publisher;

    /** An author or a publisher. */
    public static final class Named {
        public long id;
        public String name;

        Named(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** Same values, the price compared without its scale (SQLite keeps decimals as REAL). */
    boolean sameValues(BookRow o) {
        return id == o.id && Objects.equals(title, o.title) && pages == o.pages && price.compareTo(o.price) == 0
                && author.id == o.author.id && Objects.equals(author.name, o.author.name)
                && publisher.id == o.publisher.id && Objects.equals(publisher.name, o.publisher.name);
    }

    @Override
    public String toString() {
        return "BookRow[id=" + id + ", title=" + title + ", pages=" + pages + ", price=" + price + ", author=" + author.id + " "
                + author.name + ", publisher=" + publisher.id + " " + publisher.name + "]";
    }

    // ---------------------------------------------------------------- the seeded values (ids from 1)

    static final int PUBLISHERS = 10;
    static final int AUTHORS = 100;
    static final int BOOKS = 1000;

    static String publisherName(long p) {
        return "publisher-" + p;
    }

    static String authorName(long a) {
        return "author-" + a;
    }

    static long authorOf(long book) {
        return (book - 1) % AUTHORS + 1;
    }

    static long publisherOf(long book) {
        return (book - 1) % PUBLISHERS + 1;
    }

    static BookRow book(long n) {
        BookRow b = new BookRow();
        b.id = n;
        b.title = "book-" + n;
        b.pages = (int) (100 + n % 400);
        b.price = BigDecimal.valueOf(n % 5000 + 100, 2);
        b.author = new Named(authorOf(n), authorName(authorOf(n)));
        b.publisher = new Named(publisherOf(n), publisherName(publisherOf(n)));
        return b;
    }
}
