package dev.covet.orm.paginator;

/** A page number below 1 or past the last page (Django's {@code EmptyPage}). */
public class EmptyPage extends InvalidPage {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, naming the page number
     */
    public EmptyPage(String message) {
        super(message);
    }
}
