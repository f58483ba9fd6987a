package dev.covet.examples.spring;

import dev.covet.spring.CovetSetup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalog's work: Covet for the models, JdbcTemplate for the plain audit table, both in the
 * same Spring transaction.
 */
@Service
public class Catalog {
    private final JdbcTemplate jdbc;

    /** A book to add: its title, its author's name (created when new) and its price. */
    public record NewBook(String title, String author, BigDecimal price) {
    }

    // CovetSetup: Covet is set up before this service exists
    public Catalog(JdbcTemplate jdbc, CovetSetup covet) {
        this.jdbc = jdbc;
    }

    /** Adds the books, their new authors and an audit line per book: all of them, or (on any failure) none. */
    @Transactional
    public List<Book> add(List<NewBook> books) {
        List<Book> added = new ArrayList<>();
        for (NewBook n : books) {
            Author author = Author.objects.getOrCreate(Map.of("name", n.author()), Map.of()).object();
            Book book = new Book();
            book.title = n.title();
            book.price = n.price();
            book.author.set(author);
            book.save();
            jdbc.update("INSERT INTO audit_log (message) VALUES (?)", "added " + n.title());
            added.add(book);
        }
        return added;
    }

    @Transactional(readOnly = true)
    public List<Book> books() {
        return Book.objects.selectRelated("author").orderBy("title").list();
    }

    @Transactional(readOnly = true)
    public Book book(long id) {
        return Book.objects.selectRelated("author").get("id", id);
    }

    /** The audit lines, oldest first. */
    public List<String> audit() {
        return jdbc.queryForList("SELECT message FROM audit_log", String.class);
    }
}
