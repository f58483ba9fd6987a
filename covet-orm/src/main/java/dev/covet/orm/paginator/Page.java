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

    /** The objects on this page. */
    public List<T> objectList() {
        return objects;
    }

    /** This page's number, from 1. */
    public int number() {
        return number;
    }

    public Paginator<T> paginator() {
        return paginator;
    }

    public int size() {
        return objects.size();
    }

    public boolean hasNext() {
        return number < paginator.numPages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasOtherPages() {
        return hasNext() || hasPrevious();
    }

    /** The next page's number; {@link EmptyPage} on the last page. */
    public int nextPageNumber() {
        return paginator.validateNumber(number + 1);
    }

    /** The previous page's number; {@link EmptyPage} on the first page. */
    public int previousPageNumber() {
        return paginator.validateNumber(number - 1);
    }

    /** The 1-based position of this page's first object among all objects (0 when there are none). */
    public long startIndex() {
        if (paginator.count() == 0) {
            return 0;
        }
        return (long) paginator.perPage() * (number - 1) + 1;
    }

    /** The 1-based position of this page's last object among all objects. */
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
