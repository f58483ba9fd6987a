package dev.covet.orm.paginator;

import dev.covet.orm.BaseQuerySet;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * Splits a QuerySet (or a list) into pages, as Django's {@code Paginator}: the total is counted
 * once ({@code COUNT(*)}), and each page reads only its own rows (a LIMIT/OFFSET slice). With
 * {@code orphans}, a last page that would hold that many objects or fewer is folded into the one
 * before it. Order the QuerySet: an unordered one may give the same row on two pages.
 *
 * <pre>{@code
 * Paginator<Book> pages = new Paginator<>(Book.objects.orderBy("title"), 25);
 * Page<Book> page = pages.page(request.param("page"));     // PageNotAnInteger, EmptyPage
 * for (Book b : page) { ... }
 * }</pre>
 *
 * @param <T> the objects
 */
public final class Paginator<T> {
    private final LongSupplier counter;
    private final Slicer<T> slicer;
    private final int perPage;
    private final int orphans;
    private final boolean allowEmptyFirstPage;
    private long count = -1;

    @FunctionalInterface
    private interface Slicer<T> {
        List<T> slice(long from, long to);
    }

    /**
     * Pages of {@code perPage} objects of {@code queryset}, no orphans, an empty first page allowed.
     *
     * @param queryset the rows to page through; order it, or a row may show on two pages
     * @param perPage the number of objects per page, at least 1
     */
    public Paginator(BaseQuerySet<T, ?> queryset, int perPage) {
        this(queryset, perPage, 0, true);
    }

    /**
     * Pages of {@code perPage} objects of {@code queryset}, a short last page folded into the one before it.
     *
     * @param queryset the rows to page through; order it, or a row may show on two pages
     * @param perPage the number of objects per page, at least 1
     * @param orphans the most objects a last page may hold and still be folded into the one before; 0 for none
     * @param allowEmptyFirstPage whether page 1 exists when there are no objects (else it is an {@link EmptyPage})
     * @throws IllegalArgumentException if {@code perPage} is below 1 or {@code orphans} is negative
     */
    public Paginator(BaseQuerySet<T, ?> queryset, int perPage, int orphans, boolean allowEmptyFirstPage) {
        this(queryset::count, (from, to) -> queryset.slice(from, to).list(), perPage, orphans, allowEmptyFirstPage);
    }

    /**
     * Pages of a list already in memory.
     *
     * @param objects the objects to page through, in order; not copied
     * @param perPage the number of objects per page, at least 1
     * @param orphans the most objects a last page may hold and still be folded into the one before; 0 for none
     * @param allowEmptyFirstPage whether page 1 exists when there are no objects (else it is an {@link EmptyPage})
     * @throws IllegalArgumentException if {@code perPage} is below 1 or {@code orphans} is negative
     */
    public Paginator(List<T> objects, int perPage, int orphans, boolean allowEmptyFirstPage) {
        this(objects::size, (from, to) -> objects.subList((int) from, (int) to), perPage, orphans, allowEmptyFirstPage);
    }

    private Paginator(LongSupplier counter, Slicer<T> slicer, int perPage, int orphans, boolean allowEmptyFirstPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, not " + perPage);
        }
        if (orphans < 0) {
            throw new IllegalArgumentException("orphans must not be negative, not " + orphans);
        }
        this.counter = counter;
        this.slicer = slicer;
        this.perPage = perPage;
        this.orphans = orphans;
        this.allowEmptyFirstPage = allowEmptyFirstPage;
    }

    /**
     * The number of objects per page.
     *
     * @return the page size, at least 1
     */
    public int perPage() {
        return perPage;
    }

    /**
     * How many objects a last page may hold and still be folded into the page before it.
     *
     * @return the orphan allowance; 0 for none
     */
    public int orphans() {
        return orphans;
    }

    /**
     * The number of objects on all pages (counted once, on first use).
     *
     * @return the total number of objects
     */
    public synchronized long count() {
        if (count < 0) {
            count = counter.getAsLong();
        }
        return count;
    }

    /**
     * The number of pages: at least 1 unless there are no objects and an empty first page is not allowed.
     *
     * @return the page count; 0 only for no objects without an empty first page
     */
    public int numPages() {
        long n = count();
        if (n == 0 && !allowEmptyFirstPage) {
            return 0;
        }
        long hits = Math.max(1, n - orphans);
        return (int) ((hits + perPage - 1) / perPage);
    }

    /**
     * The page numbers, 1 to {@link #numPages()}.
     *
     * @return the numbers of every page, in order
     */
    public List<Integer> pageRange() {
        return IntStream.rangeClosed(1, numPages()).boxed().toList();
    }

    /**
     * Checks a page number: {@link EmptyPage} below 1 or past the last page.
     *
     * @param number the page number to check, from 1
     * @return {@code number}, when it names a page
     * @throws EmptyPage if no page has that number
     */
    public int validateNumber(int number) {
        if (number < 1) {
            throw new EmptyPage("That page number is less than 1");
        }
        if (number > numPages()) {
            if (number == 1 && allowEmptyFirstPage) {
                return number;
            }
            throw new EmptyPage("That page contains no results");
        }
        return number;
    }

    /**
     * Checks a page number given as text (a request parameter): {@link PageNotAnInteger} unless it is a whole number.
     *
     * @param number the page number as text, such as a request parameter
     * @return the number, when it names a page
     * @throws PageNotAnInteger if the text is not a whole number
     * @throws EmptyPage if no page has that number
     */
    public int validateNumber(String number) {
        int n;
        try {
            n = Integer.parseInt(number == null ? "" : number.strip());
        } catch (NumberFormatException e) {
            throw new PageNotAnInteger("That page number is not an integer: " + number);
        }
        return validateNumber(n);
    }

    /**
     * Page {@code number} (from 1), reading only its rows.
     *
     * @param number the page number, from 1
     * @return the page, its objects read with one LIMIT/OFFSET query
     * @throws EmptyPage if no page has that number
     */
    public Page<T> page(int number) {
        int n = validateNumber(number);
        long bottom = (long) (n - 1) * perPage;
        long top = bottom + perPage;
        if (top + orphans >= count()) {
            top = count();
        }
        return new Page<>(bottom >= top ? List.of() : slicer.slice(bottom, top), n, this);
    }

    /**
     * Page {@code number} given as text: {@link PageNotAnInteger} or {@link EmptyPage} when it names no page.
     *
     * @param number the page number as text, such as a request parameter
     * @return the page
     * @throws PageNotAnInteger if the text is not a whole number
     * @throws EmptyPage if no page has that number
     */
    public Page<T> page(String number) {
        return page(validateNumber(number));
    }

    /**
     * A page whatever the number (Django's {@code get_page}): the first for text that is not a number,
     * the last for a number past the end or below 1.
     *
     * @param number the page number as text, such as a request parameter; may be null
     * @return the named page, or the first or last page when it names none
     */
    public Page<T> getPage(String number) {
        int n;
        try {
            n = validateNumber(number);
        } catch (PageNotAnInteger e) {
            n = 1;
        } catch (EmptyPage e) {
            n = Math.max(1, numPages());
        }
        return page(n);
    }
}
