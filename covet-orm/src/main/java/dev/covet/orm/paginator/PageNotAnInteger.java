package dev.covet.orm.paginator;

/** A page number given as text that is not a whole number (Django's {@code PageNotAnInteger}). */
public class PageNotAnInteger extends InvalidPage {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, quoting the text given
     */
    public PageNotAnInteger(String message) {
        super(message);
    }
}
