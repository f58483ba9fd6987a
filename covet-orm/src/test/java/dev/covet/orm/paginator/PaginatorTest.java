package dev.covet.orm.paginator;

import dev.covet.orm.DbTest;
import dev.covet.orm.models.Counter;
import dev.covet.orm.testing.CaptureQueries;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Django's "Pagination" topic and its paginator tests, over a QuerySet. */
class PaginatorTest {
    /** Counters c01..c{n}, value i. */
    private static void counters(int n) {
        for (int i = 1; i <= n; i++) {
            Counter c = new Counter();
            c.name = String.format("c%02d", i);
            c.value = i;
            c.save();
        }
    }

    private static List<Integer> values(Page<Counter> page) {
        return page.objectList().stream().map(c -> c.value).toList();
    }

    @DbTest
    void pagesOfAQuerySetReadOnlyTheirRows() {
        counters(9);
        Paginator<Counter> p = new Paginator<>(Counter.objects.orderBy("value"), 4);
        CaptureQueries.assertNumQueries(1, () -> assertThat(p.count()).isEqualTo(9));
        assertThat(p.numPages()).isEqualTo(3);
        assertThat(p.pageRange()).containsExactly(1, 2, 3);
        Page<Counter> second = CaptureQueries.assertNumQueries(1, () -> p.page(2));
        assertThat(values(second)).containsExactly(5, 6, 7, 8);
        assertThat(second.hasNext()).isTrue();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.nextPageNumber()).isEqualTo(3);
        assertThat(second.previousPageNumber()).isEqualTo(1);
        assertThat(second.startIndex()).isEqualTo(5);
        assertThat(second.endIndex()).isEqualTo(8);
        Page<Counter> last = p.page(3);
        assertThat(values(last)).containsExactly(9);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.endIndex()).isEqualTo(9);
        assertThatThrownBy(last::nextPageNumber).isInstanceOf(EmptyPage.class);
        assertThatThrownBy(() -> p.page(1).previousPageNumber()).isInstanceOf(EmptyPage.class).hasMessage("That page number is less than 1");
        assertThat(last.toString()).isEqualTo("<Page 3 of 3>");
    }

    @DbTest
    void orphansFoldASmallLastPageIntoThePreviousOne() {
        counters(11);
        // Django's docs: 11 objects, 10 per page, orphans 3 -> one page of 11
        Paginator<Counter> p = new Paginator<>(Counter.objects.orderBy("value"), 10, 3, true);
        assertThat(p.numPages()).isEqualTo(1);
        assertThat(values(p.page(1))).isEqualTo(IntStream.rangeClosed(1, 11).boxed().toList());
        Paginator<Counter> exact = new Paginator<>(Counter.objects.orderBy("value"), 10, 1, true);
        assertThat(exact.numPages()).isEqualTo(1);
        Paginator<Counter> none = new Paginator<>(Counter.objects.orderBy("value"), 4, 2, true);
        assertThat(none.numPages()).isEqualTo(3);   // 4, 4, 3: a last page of three is more than two orphans
        assertThat(values(none.page(3))).containsExactly(9, 10, 11);
    }

    @DbTest
    void invalidPagesAreTypedErrors() {
        counters(3);
        Paginator<Counter> p = new Paginator<>(Counter.objects.orderBy("value"), 2);
        assertThatThrownBy(() -> p.page(0)).isInstanceOf(EmptyPage.class).hasMessage("That page number is less than 1");
        assertThatThrownBy(() -> p.page(3)).isInstanceOf(EmptyPage.class).hasMessage("That page contains no results");
        assertThatThrownBy(() -> p.page("x")).isInstanceOf(PageNotAnInteger.class).isInstanceOf(InvalidPage.class);
        assertThatThrownBy(() -> p.page((String) null)).isInstanceOf(PageNotAnInteger.class);
        assertThat(values(p.page("2"))).containsExactly(3);
        // get_page forgives: not a number -> first page, out of range -> last page
        assertThat(p.getPage("x").number()).isEqualTo(1);
        assertThat(p.getPage("99").number()).isEqualTo(2);
        assertThat(p.getPage("-1").number()).isEqualTo(2);
        assertThatThrownBy(() -> new Paginator<>(Counter.objects.all(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @DbTest
    void anEmptyQuerySetHasOneEmptyPageUnlessThatIsRefused() {
        Paginator<Counter> p = new Paginator<>(Counter.objects.orderBy("value"), 5);
        assertThat(p.numPages()).isEqualTo(1);
        Page<Counter> only = p.page(1);
        assertThat(only.objectList()).isEmpty();
        assertThat(only.startIndex()).isZero();
        assertThat(only.endIndex()).isZero();
        assertThatThrownBy(() -> p.page(2)).isInstanceOf(EmptyPage.class);
        Paginator<Counter> strict = new Paginator<>(Counter.objects.orderBy("value"), 5, 0, false);
        assertThat(strict.numPages()).isZero();
        assertThatThrownBy(() -> strict.page(1)).isInstanceOf(EmptyPage.class);
    }
}
