package dev.covet.orm.sql;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Ticket;
import dev.covet.orm.query.Value;
import dev.covet.orm.testing.CaptureQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of the one-row INSERT and UPDATE of {@code save()} is kept per model, dialect and key read
 * back, and serves only the columns it was built for: each test checks the kept text is what the full
 * compiler writes for those columns, and that saves through it store their own rows.
 */
class RowWritesTest {
    private static List<Value> values(List<FieldInfo> fields) {
        List<Value> values = new ArrayList<>();
        for (FieldInfo f : fields) {
            values.add(new Value("v-" + f.name(), f.storage()));
        }
        return values;
    }

    private static void sameAsFullCompiler(ModelInfo<?> model, List<FieldInfo> fields, FieldInfo returning, Dialect d) {
        List<Value> values = values(fields);
        Sql kept = WriteCompiler.insert(model, fields, List.of(values), returning, d, "");
        Sql full = WriteCompiler.build(model, fields, List.of(values), returning, d, "");
        assertThat(kept).isEqualTo(full);
    }

    private static void sameUpdateAsFullCompiler(ModelInfo<?> model, List<FieldInfo> fields, Dialect d) {
        List<Value> values = values(fields);
        Value key = new Value(7L, model.pk().storage());
        assertThat(WriteCompiler.updateRow(model, fields, values, key, d)).isEqualTo(WriteCompiler.buildUpdateRow(model, fields, values, key, d));
    }

    @DbTest
    void theKeptTextIsTheFullCompilersForEachSetOfColumns(TestDb db) {
        Dialect d = db.database().dialect();
        ModelInfo<Book> book = ModelRegistry.info(Book.class);
        ModelInfo<Author> author = ModelRegistry.info(Author.class);
        List<FieldInfo> all = book.columns().stream().filter(f -> !f.isPrimaryKey()).toList();
        List<FieldInfo> fewer = all.subList(0, all.size() - 1);
        List<FieldInfo> authors = author.columns().stream().filter(f -> !f.isPrimaryKey()).toList();
        for (int round = 0; round < 2; round++) {
            sameAsFullCompiler(book, all, book.pk(), d);
            sameAsFullCompiler(book, fewer, book.pk(), d);
            sameAsFullCompiler(book, all, null, d);
            sameAsFullCompiler(book, book.columns(), null, d);
            sameAsFullCompiler(author, authors, author.pk(), d);
            sameAsFullCompiler(book, all, book.pk(), d);
            sameUpdateAsFullCompiler(book, all, d);
            sameUpdateAsFullCompiler(book, fewer, d);
            sameUpdateAsFullCompiler(author, authors, d);
            sameUpdateAsFullCompiler(book, all.subList(1, 2), d);
        }
    }

    @DbTest
    void updatesOfOtherColumnsWriteOnlyThose(TestDb db) {
        Author ann = Author.objects.create(Map.of("name", "Ann", "email", "ann@example.com"));
        for (int round = 0; round < 2; round++) {
            ann.name = "Ann " + round;
            ann.email = "changed" + round + "@example.com";
            ann.save(dev.covet.orm.SaveOptions.updateFields("name"));
            Author back = Author.objects.get("pk", ann.id);
            assertThat(back.name).isEqualTo("Ann " + round);
            assertThat(back.email).isEqualTo(round == 0 ? "ann@example.com" : "changed0@example.com");
            ann.save();
            assertThat(Author.objects.get("pk", ann.id).email).isEqualTo("changed" + round + "@example.com");
        }
    }

    @DbTest
    void savesThatNameOtherColumnsStoreTheirOwnRows(TestDb db) {
        Author ann = Author.objects.create(Map.of("name", "Ann"));
        Author bob = Author.objects.create(Map.of("name", "Bob", "email", "bob@example.com"));
        assertThat(Author.objects.get("pk", ann.id).email).isNull();
        assertThat(Author.objects.get("pk", bob.id).email).isEqualTo("bob@example.com");
        // a field with a database default, left out when null: the INSERT names one column fewer
        try (CaptureQueries q = CaptureQueries.start()) {
            Ticket withDefault = new Ticket();
            withDefault.title = "left to the database";
            withDefault.save();
            Ticket given = new Ticket();
            given.title = "given";
            given.status = "closed";
            given.save();
            Ticket again = new Ticket();
            again.title = "left again";
            again.save();
            List<String> inserts = q.sql().stream().filter(s -> s.startsWith("INSERT")).toList();
            assertThat(inserts).hasSize(3);
            assertThat(inserts.get(0)).isEqualTo(inserts.get(2)).isNotEqualTo(inserts.get(1));
            assertThat(Ticket.objects.get("pk", withDefault.id).status).isEqualTo("open");
            assertThat(Ticket.objects.get("pk", given.id).status).isEqualTo("closed");
            assertThat(Ticket.objects.get("pk", again.id).status).isEqualTo("open");
        }
    }
}
