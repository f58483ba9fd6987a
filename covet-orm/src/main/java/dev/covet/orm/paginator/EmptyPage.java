package dev.covet.orm.paginator;

/** A page number below 1 or past the last page (Django's {@code EmptyPage}). */
public class EmptyPage extends InvalidPage {
    public EmptyPage(String message) {
        super(message);
    }
}
