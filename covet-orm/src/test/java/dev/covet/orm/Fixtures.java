package dev.covet.orm;

import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Color;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Rows several test classes share, in whichever package they live. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Saves and returns a product with these values. */
    public static Product product(String name, String condition, String price, int quantity, int minQuantity, Integer rating, Color color) {
        Product p = new Product();
        p.name = name;
        p.condition = condition;
        p.price = new BigDecimal(price);
        p.quantity = quantity;
        p.minQuantity = minQuantity;
        p.rating = rating;
        p.color = color;
        p.save();
        return p;
    }

    /** Widget, Gadget, Gizmo 100%, under_score, Émile's Café. */
    public static List<Product> products() {
        return List.of(
                product("Widget", "new", "19.99", 5, 10, 4, Color.RED),
                product("Gadget", "used", "5.00", 50, 10, null, Color.BLUE),
                product("Gizmo 100%", "new", "100.00", 0, 5, 5, null),
                product("under_score", "refurbished", "0.50", 12, 12, 1, Color.GREEN),
                product("Émile's Café", "new", "7.25", 3, 1, 2, Color.RED));
    }

    /** Saves and returns a user named {@code username}, with an e-mail address made from the name. */
    public static User user(String username, boolean active, boolean staff) {
        User u = new User();
        u.username = username;
        u.email = username + "@example.com";
        u.isActive = active;
        u.isStaff = staff;
        u.save();
        return u;
    }

    /** Saves and returns an author named {@code name}. */
    public static Author author(String name) {
        Author a = new Author();
        a.name = name;
        a.save();
        return a;
    }

    /** Saves and returns {@code author}'s book with these values, priced 1 and with no publication date. */
    public static Book book(String title, int pages, Author author) {
        return book(title, pages, null, author);
    }

    /** Saves and returns {@code author}'s book with these values, priced 1. */
    public static Book book(String title, int pages, LocalDate published, Author author) {
        Book b = new Book();
        b.title = title;
        b.pages = pages;
        b.price = BigDecimal.ONE;
        b.published = published;
        b.author.set(author);
        b.save();
        return b;
    }
}
