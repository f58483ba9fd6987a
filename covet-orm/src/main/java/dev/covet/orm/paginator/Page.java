package dev.covet.orm.paginator;

import java.util.Iterator;
import java.util.List;

/**
 * One page of a {@link Paginator}: its objects and where it stands among the pages (Django's {@code Page}).
 *
 * @param <T> the objects
 */
public final class Page<T> implements Iterable<T> {
    private final List<T> objects;
    private final int number;
    private final Paginator<T> paginator;

    Page(List<T> objects, int number, Paginator<T> paginator) {
        this.objects = List.copyOf(objects);
        this.number = number;
        this.paginator = paginator;
    }

    /**
     * The objects on this page.
     *
     * @return the objects, unmodifiable, in the paginator's order
     */
    public List<T> objectList() {
        return objects;
    }

    /**
     * This page's number, from 1.
     *
     * @return the page number, 1 for the first page
     */
    public int number() {
        return number;
    }

    /**
     * The paginator this page belongs to.
     *
     * @return the paginator that made this page
     */
    public Paginator<T> paginator() {
        return paginator;
    }

    /**
     * The number of objects on this page.
     *
     * @return the count, at most {@code perPage} (plus the orphans on the last page)
     */
    public int size() {
        return objects.size();
    }

    /**
     * Is there a page after this one?
     *
     * @return true unless this is the last page
     */
    public boolean hasNext() {
        return number < paginator.numPages();
    }

    /**
     * Is there a page before this one?
     *
     * @return true unless this is the first page
     */
    public boolean hasPrevious() {
        return number > 1;
    }

    /**
     * Is there a page before or after this one?
     *
     * @return false only when this is the only page
     */
    public boolean hasOtherPages() {
        return hasNext() || hasPrevious();
    }

    /**
     * The next page's number; {@link EmptyPage} on the last page.
     *
     * @return this page's number plus one
     */
    public int nextPageNumber() {
        return paginator.validateNumber(number + 1);
    }

    /**
     * The previous page's number; {@link EmptyPage} on the first page.
     *
     * @return this page's number minus one
     */
    public int previousPageNumber() {
        return paginator.validateNumber(number - 1);
    }

    /**
     * The 1-based position of this page's first object among all objects (0 when there are none).
     *
     * @return the index, from 1; 0 when the paginator holds no objects
     */
    public long startIndex() {
        if (paginator.count() == 0) {
            return 0;
        }
        return (long) paginator.perPage() * (number - 1) + 1;
    }

    /**
     * The 1-based position of this page's last object among all objects.
     *
     * @return the index, from 1; equal to the total count on the last page
     */
    public long endIndex() {
        if (number == paginator.numPages()) {
            return paginator.count();
        }
        return (long) number * paginator.perPage();
    }

    @Override
    public Iterator<T> iterator() {
        return objects.iterator();
    }

    @Override
    public String toString() {
        return "<Page " + number + " of " + paginator.numPages() + ">";
    }
}
