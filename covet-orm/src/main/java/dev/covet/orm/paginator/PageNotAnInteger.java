package dev.covet.orm.paginator;

/** A page number given as text that is not a whole number (Django's {@code PageNotAnInteger}). */
public class PageNotAnInteger extends InvalidPage {
    public PageNotAnInteger(String message) {
        super(message);
    }
}
