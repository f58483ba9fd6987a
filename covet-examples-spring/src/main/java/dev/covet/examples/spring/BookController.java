package dev.covet.examples.spring;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.ValidationError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code /books}: list, read one, add several at once (all or none). */
@RestController
@RequestMapping("/books")
public class BookController {
    private final Catalog catalog;

    /** A book as the API shows it. */
    public record BookView(long id, String title, String author, BigDecimal price) {
        static BookView of(Book b) {
            return new BookView(b.id, b.title, b.author.get().name, b.price);
        }
    }

    public BookController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    public List<BookView> list() {
        return catalog.books().stream().map(BookView::of).toList();
    }

    @GetMapping("/{id}")
    public BookView get(@PathVariable long id) {
        return BookView.of(catalog.book(id));
    }

    /** The model itself, written by Covet's Jackson module: its fields, the selected author nested. */
    @GetMapping("/{id}/model")
    public Book model(@PathVariable long id) {
        return catalog.book(id);
    }

    @PostMapping
    public ResponseEntity<List<BookView>> add(@RequestBody List<Catalog.NewBook> books) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalog.add(books).stream().map(BookView::of).toList());
    }

    @ExceptionHandler(ValidationError.class)
    public ResponseEntity<Map<String, List<String>>> invalid(ValidationError e) {
        return ResponseEntity.badRequest().body(e.errors());
    }

    @ExceptionHandler(DoesNotExist.class)
    public ResponseEntity<Map<String, String>> missing(DoesNotExist e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
