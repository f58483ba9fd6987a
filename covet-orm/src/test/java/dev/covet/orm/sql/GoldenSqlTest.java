package dev.covet.orm.sql;

import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.Model;
import dev.covet.orm.OnConflict;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.TestDb;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Chapter;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.Tag;
import dev.covet.orm.query.Avg;
import dev.covet.orm.query.Case;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Exists;
import dev.covet.orm.query.Frame;
import dev.covet.orm.query.Max;
import dev.covet.orm.query.OuterRef;
import dev.covet.orm.query.Subquery;
import dev.covet.orm.query.Sum;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.When;
import dev.covet.orm.query.Window;
import dev.covet.orm.query.functions.Cast;
import dev.covet.orm.query.functions.Concat;
import dev.covet.orm.query.functions.Greatest;
import dev.covet.orm.query.functions.Lag;
import dev.covet.orm.query.functions.Length;
import dev.covet.orm.query.functions.RowNumber;
import dev.covet.orm.query.functions.StrIndex;
import dev.covet.orm.query.functions.Upper;
import dev.covet.orm.testing.CaptureQueries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL Covet compiles for a representative set of QuerySets, writes and tables, compared per
 * database with the files under {@code src/test/resources/golden/}. A change in the compiler shows
 * up here as a diff to review ({@code -Dcovet.golden.update=true} rewrites the files).
 */
class GoldenSqlTest {
    @DbTest
    void selects(TestDb db) {
        GoldenSql g = new GoldenSql(db, "select");
        g.add("filter across a relation", Book.objects.filter("author__name__startswith", "A").toSql());
        g.add("filter across two relations and a transform",
                Book.objects.filter("publisher__name__iexact", "Ace").filter("published__year__gte", 2020).toSql());
        g.add("Q with OR and NOT", Book.objects.filter(Q.of("pages__gt", 100).or(Q.of("title__icontains", "war").not())).toSql());
        g.add("exclude on a nullable relation", Book.objects.exclude("publisher__name", "Ace").toSql());
        g.add("exclude across a multi-valued relation", Author.objects.exclude("books__title__contains", "x").toSql());
        g.add("in, range, isnull, regex", Book.objects.filter("pages__in", List.of(1, 2, 3)).filter("pages__range", List.of(10, 20))
                .filter("published__isnull", false).filter("title__regex", "^A").toSql());
        g.add("in a QuerySet", Book.objects.filter("author__in", Author.objects.filter("name__endswith", "s")).toSql());
        g.add("F arithmetic", Book.objects.filter("pages__gt", F.of("price").times(2)).toSql());
        g.add("annotate an aggregate and filter on it",
                Author.objects.annotate(Count.of("books").as("n")).filter("n__gt", 1).orderBy("-n").toSql());
        g.add("annotate an expression", Book.objects.annotate("double", F.of("pages").times(2)).filter("double__lt", 50).toSql());
        g.add("values with an aggregate",
                Book.objects.values("author__name").annotate(Sum.of("pages").as("total")).orderBy("author__name").toSql());
        g.add("distinct, ordering, slice", Book.objects.distinct().orderBy("-price", "title").slice(5, 15).toSql());
        g.add("select related", Book.objects.selectRelated("author", "publisher").filter("pages__lte", 10).toSql());
        g.add("empty in", Book.objects.filter("pages__in", List.of()).toSql());
        QuerySet<Book> ofOuterAuthor = Book.objects.filter("author", OuterRef.of("pk"));
        g.add("subquery annotation", Author.objects.annotate("latest",
                Subquery.of(ofOuterAuthor.orderBy("-published").values("title").limit(1))).toSql());
        g.add("exists and not exists", Author.objects.filter(Exists.of(ofOuterAuthor.filter("pages__gt", 200)))
                .exclude(Exists.of(ofOuterAuthor.filter("pages__lt", 10))).toSql());
        g.add("outer ref two levels out", Author.objects.filter(Exists.of(ofOuterAuthor.filter(Exists.of(
                Chapter.everything.filter("book", OuterRef.of("pk")).filter("title", OuterRef.of(OuterRef.of("name"))))))).toSql());
        g.add("case when", Book.objects.annotate("size", Case.of(When.of("pages__gte", 300, "long"), When.of("author__name", "Ann", "hers"))
                .otherwise("short")).toSql());
        g.add("conditional count", Author.objects.annotate(Count.of("books").filter(Q.of("books__pages__gt", 60)).as("n")).toSql());
        g.add("functions and a transform", Author.objects.annotate("label", Concat.of(Upper.of("name"), Value.of(" <"), "email"))
                .annotate("at", StrIndex.of("name", Value.of("n"))).annotate("l", Length.of("name"))
                .filter("name__lower__startswith", "a").filter("pk__gt", Greatest.of("pk", Value.of(0))).toSql());
        g.add("cast", Book.objects.annotate("p", Cast.of("pages", dev.covet.orm.field.FieldKind.Storage.STRING)).toSql());
        g.add("window", Book.objects.annotate("running", Window.of(Sum.of("pages")).partitionBy("author").orderBy("-published")
                .frame(Frame.rows(null, 0))).annotate("prev", Window.of(Lag.of("pages")).orderBy("pages")).toSql());
        g.add("filter on a window wraps the query", Book.objects.annotate("rn", Window.of(RowNumber.of()).partitionBy("author")
                .orderBy("-pages")).filter("rn", 1).filter("pages__gt", 10).orderBy("-pages").slice(0, 5).toSql());
        g.add("json key paths and has_keys", dev.covet.orm.models.Everything.objects.filter("json__rating__gte", 4)
                .filter("json__tags__0", "x").filter("json__has_any_keys", List.of("a", "b")).toSql());
        g.add("union ordered and sliced", Author.objects.filter("name", "A").union(Author.objects.filter("name", "B"))
                .orderBy("-name").slice(0, 2).toSql());
        g.add("difference of values", Book.objects.values("title").difference(Book.objects.filter("pages__lt", 10).values("title")).toSql());
        g.verify();
    }

    @DbTest
    void aggregatesAndPrefetches(TestDb db) {
        Author a = new Author();
        a.name = "Ann";
        a.save();
        Tag t = new Tag();
        t.name = "sf";
        t.save();
        Book b = new Book();
        b.title = "Dune";
        b.pages = 400;
        b.author.set(a);
        b.save();
        b.tags.add(t);
        GoldenSql g = new GoldenSql(db, "aggregate");
        g.add("aggregate", capture(() -> Book.objects.filter("pages__gt", 1).aggregate(Avg.of("price"), Max.of("pages"), Count.all())));
        g.add("aggregate over a sliced query", capture(() -> Book.objects.orderBy("title").slice(0, 2).aggregate(Sum.of("pages"))));
        g.add("count", capture(() -> Book.objects.filter("author__name", "Ann").count()));
        g.add("exists", capture(() -> Book.objects.filter("author__name", "Ann").exists()));
        g.add("prefetch a reverse foreign key", capture(() -> Author.objects.prefetchRelated("books").list()));
        g.add("prefetch a many-to-many", capture(() -> Book.objects.prefetchRelated("tags").list()));
        g.verify();
    }

    @DbTest
    void writes(TestDb db) {
        GoldenSql g = new GoldenSql(db, "write");
        Author a = new Author();
        a.name = "Ann";
        g.add("insert", capture(a::save));
        a.email = "ann@example.com";
        g.add("update a row", capture(a::save));
        Publisher p = new Publisher();
        p.name = "Ace";
        p.save();
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Book b = new Book();
            b.title = "B" + i;
            b.pages = i;
            b.price = new BigDecimal("1.50");
            b.published = LocalDate.of(2020, 1, 1);
            b.author.set(a);
            b.publisher.set(p);
            books.add(b);
        }
        g.add("bulk create", capture(() -> Book.objects.bulkCreate(books)));
        g.add("bulk create skipping conflicts", capture(() -> Publisher.objects.bulkCreate(List.of(p), OnConflict.ignore())));
        g.add("update with F", capture(() -> Book.objects.filter("author__name", "Ann").update("pages", F.of("pages").plus(1))));
        g.add("update across a relation", capture(() -> Book.objects.filter("publisher__name", "Ace").update(Map.of("title", "X"))));
        g.add("delete with SET_NULL (statements sorted)", sorted(() -> Publisher.objects.filter("name", "Ace").delete()));
        g.add("delete with CASCADE (statements sorted)", sorted(() -> Author.objects.all().delete()));
        g.verify();
    }

    @DbTest
    void tables(TestDb db) {
        Dialect d = db.database().dialect();
        GoldenSql g = new GoldenSql(db, "ddl");
        for (Class<? extends Model> type : List.of(Author.class, Book.class, Publisher.class)) {
            DdlCompiler.TableDdl ddl = DdlCompiler.createTable(ModelRegistry.info(type), Set.of(), d);
            List<String> statements = new ArrayList<>();
            statements.add(ddl.create());
            statements.addAll(ddl.indexes());
            statements.addAll(ddl.deferredForeignKeys());
            g.add("create " + type.getSimpleName(), statements);
        }
        DdlCompiler.TableDdl junction = DdlCompiler.createJunction(ModelRegistry.info(Book.class).field("tags"), Set.of(), d);
        List<String> statements = new ArrayList<>();
        statements.add(junction.create());
        statements.addAll(junction.indexes());
        g.add("create the junction of Book.tags", statements);
        g.verify();
    }

    /** The statements in text order: the delete collector visits related models in registration order, which varies by run. */
    private static List<String> sorted(Runnable work) {
        return capture(work).stream().sorted().toList();
    }

    private static List<String> capture(Runnable work) {
        try (CaptureQueries q = CaptureQueries.start()) {
            work.run();
            return q.sql();
        }
    }
}
