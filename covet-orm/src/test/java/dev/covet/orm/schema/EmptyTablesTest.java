package dev.covet.orm.schema;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Category;
import dev.covet.orm.models.Tag;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SchemaEditor.emptyTables: every row goes, self references and junction rows included; the tables stay. */
class EmptyTablesTest {
    @DbTest
    void emptiesTablesWithSelfReferencesAndJunctionRows(TestDb db) {
        Category root = Category.objects.create(Map.of("name", "root"));
        Category child = Category.objects.create(Map.of("name", "child", "parent", root));
        Category.objects.create(Map.of("name", "grandchild", "parent", child));
        Author alice = Author.objects.create(Map.of("name", "Alice"));
        Book book = Book.objects.create(Map.of("title", "Emma", "pages", 1, "author", alice));
        book.tags.add(Tag.objects.create(Map.of("name", "classic")));

        new SchemaEditor(db.database()).emptyTables(Covet.models());

        assertThat(Category.objects.count()).isZero();
        assertThat(Book.objects.count()).isZero();
        assertThat(Author.objects.count()).isZero();
        assertThat(Tag.objects.count()).isZero();
        Category again = Category.objects.create(Map.of("name", "again"));
        assertThat(Category.objects.get("pk", again.pk()).name).isEqualTo("again");
    }
}
