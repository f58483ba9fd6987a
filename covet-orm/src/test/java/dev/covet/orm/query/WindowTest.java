package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.query.functions.CumeDist;
import dev.covet.orm.query.functions.DenseRank;
import dev.covet.orm.query.functions.FirstValue;
import dev.covet.orm.query.functions.Lag;
import dev.covet.orm.query.functions.LastValue;
import dev.covet.orm.query.functions.Lead;
import dev.covet.orm.query.functions.NTile;
import dev.covet.orm.query.functions.NthValue;
import dev.covet.orm.query.functions.PercentRank;
import dev.covet.orm.query.functions.Rank;
import dev.covet.orm.query.functions.RowNumber;
import dev.covet.orm.testing.CaptureQueries;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.covet.orm.Fixtures.author;
import static dev.covet.orm.Fixtures.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Window functions and aggregates over windows, and filtering on them: the same values on every database. */
class WindowTest {
    /** Ann: A1 (100 pages, 2020), A2 (300, 2021), A3 (200, 2022); Bob: B1 (50, 2019), B2 (80, mid 2020). */
    private static void library() {
        Author ann = author("Ann");
        Author bob = author("Bob");
        book("A1", 100, LocalDate.of(2020, 1, 1), ann);
        book("A2", 300, LocalDate.of(2021, 1, 1), ann);
        book("A3", 200, LocalDate.of(2022, 1, 1), ann);
        book("B1", 50, LocalDate.of(2019, 1, 1), bob);
        book("B2", 80, LocalDate.of(2020, 6, 1), bob);
    }

    private static Map<String, Object> by(Expression e) {
        Map<String, Object> out = new HashMap<>();
        for (Map<String, Object> row : Book.objects.annotate("w", e).values("title", "w").list()) {
            out.put((String) row.get("title"), row.get("w") instanceof Number n && !(n instanceof Double) ? n.longValue() : row.get("w"));
        }
        return out;
    }

    @DbTest
    void rankingFunctions() {
        library();
        assertThat(by(Window.of(RowNumber.of()).partitionBy("author").orderBy("-pages")))
                .containsEntry("A2", 1L).containsEntry("A3", 2L).containsEntry("A1", 3L).containsEntry("B2", 1L).containsEntry("B1", 2L);
        assertThat(by(Window.of(Rank.of()).orderBy("author__name")))
                .containsEntry("A1", 1L).containsEntry("A3", 1L).containsEntry("B1", 4L).containsEntry("B2", 4L);
        assertThat(by(Window.of(DenseRank.of()).orderBy("author__name"))).containsEntry("A2", 1L).containsEntry("B1", 2L);
        assertThat(by(Window.of(NTile.of(2)).orderBy("pages")))
                .containsEntry("B1", 1L).containsEntry("B2", 1L).containsEntry("A1", 1L).containsEntry("A3", 2L).containsEntry("A2", 2L);
        Map<String, Object> pr = by(Window.of(PercentRank.of()).orderBy("pages"));
        assertThat(((Number) pr.get("B1")).doubleValue()).isEqualTo(0.0);
        assertThat(((Number) pr.get("A2")).doubleValue()).isEqualTo(1.0);
        assertThat(((Number) by(Window.of(CumeDist.of()).orderBy("pages")).get("B1")).doubleValue()).isEqualTo(0.2);
    }

    @DbTest
    void valueFunctions() {
        library();
        assertThat(by(Window.of(Lag.of("pages")).partitionBy("author").orderBy("published")))
                .containsEntry("A1", null).containsEntry("A2", 100L).containsEntry("A3", 300L).containsEntry("B2", 50L);
        assertThat(by(Window.of(Lead.of("pages", 2)).partitionBy("author").orderBy("published")))
                .containsEntry("A1", 200L).containsEntry("A2", null);
        assertThat(by(Window.of(FirstValue.of("title")).partitionBy("author").orderBy("published")))
                .containsEntry("A3", "A1").containsEntry("B2", "B1");
        assertThat(by(Window.of(LastValue.of("title")).partitionBy("author").orderBy("published").frame(Frame.rows(null, null))))
                .containsEntry("A1", "A3").containsEntry("B1", "B2");
        assertThat(by(Window.of(NthValue.of("title", 2)).partitionBy("author").orderBy("published").frame(Frame.rows(null, null))))
                .containsEntry("A1", "A2").containsEntry("B1", "B2");
    }

    @DbTest
    void aggregatesOverWindowsGiveRunningTotals() {
        library();
        assertThat(by(Window.of(Sum.of("pages")).orderBy("published").frame(Frame.rows(null, 0))))
                .containsEntry("B1", 50L).containsEntry("A1", 150L).containsEntry("B2", 230L).containsEntry("A2", 530L).containsEntry("A3", 730L);
        assertThat(by(Window.of(Sum.of("pages")).partitionBy("author")))
                .containsEntry("A1", 600L).containsEntry("B1", 130L);
        assertThat(by(Window.of(Sum.of("pages")).orderBy("published").frame(Frame.rows(-1, 1))))
                .containsEntry("B1", 150L).containsEntry("A1", 230L).containsEntry("A3", 500L);
    }

    @DbTest
    void filteringOnAWindowWrapsTheQuery() {
        library();
        QuerySet<Book> longest = Book.objects.annotate("rn", Window.of(RowNumber.of()).partitionBy("author").orderBy("-pages"))
                .filter("rn", 1);
        List<String> titles = CaptureQueries.assertNumQueries(1, () -> longest.orderBy("title").valuesList(String.class, "title").list());
        assertThat(titles).containsExactly("A2", "B2");
        assertThat(longest.count()).isEqualTo(2);
        assertThat(longest.exists()).isTrue();
        assertThat(longest.filter("author__name", "Bob").list()).extracting(b -> b.title).containsExactly("B2");
        assertThat(longest.orderBy("-pages").list()).extracting(b -> b.title).containsExactly("A2", "B2");
        assertThat(longest.orderBy("-pages").slice(1, 2).list()).extracting(b -> b.title).containsExactly("B2");
        assertThat(Book.objects.annotate("rn", Window.of(RowNumber.of()).partitionBy("author").orderBy("-pages"))
                .filter(Q.of("rn__gt", 2).or("title", "B1")).orderBy("title").valuesList(String.class, "title").list())
                .containsExactly("A1", "B1");
        Map<String, Object> one = longest.filter("author__name", "Ann").values("title", "rn").get();
        assertThat(one).containsEntry("title", "A2");
        assertThat(((Number) one.get("rn")).intValue()).isEqualTo(1);
        assertThat(Book.objects.annotate("running", Window.of(Sum.of("pages")).orderBy("published").frame(Frame.rows(null, 0)))
                .filter("running__gt", F.of("pages").times(3)).orderBy("title").valuesList(String.class, "title").list())
                .containsExactly("A3");
    }

    @DbTest
    void windowsInTheWrongPlaceAreClearErrors() {
        library();
        assertThatThrownBy(() -> Book.objects.annotate("x", RowNumber.of()).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("ROW_NUMBER() is a window function");
        assertThatThrownBy(() -> Window.of(F.of("pages"))).isInstanceOf(FieldError.class).hasMessageContaining("window function");
        assertThatThrownBy(() -> Book.objects.annotate("x", Sum.of(Window.of(RowNumber.of()))))
                .isInstanceOf(FieldError.class).hasMessageContaining("over a window function");
        assertThatThrownBy(() -> Book.objects.annotate("x", Window.of(RowNumber.of()).partitionBy("nope")))
                .isInstanceOf(FieldError.class).hasMessageContaining("nope").hasMessageContaining("Choices are");
        assertThatThrownBy(() -> Book.objects.annotate("rn", Window.of(RowNumber.of()).orderBy("pages")).filter("rn", 1).update("pages", 1))
                .isInstanceOf(NotSupportedError.class).hasMessageContaining("window");
        assertThatThrownBy(() -> Frame.rows(2, -1)).isInstanceOf(FieldError.class).hasMessageContaining("after it ends");
        assertThatThrownBy(() -> NTile.of(0)).isInstanceOf(FieldError.class);
        assertThat(Book.objects.count()).isEqualTo(5);
    }
}
