package dev.covet.orm.paginator;

import dev.covet.orm.exception.CovetException;

/** A page number that names no page (Django's {@code InvalidPage}); see its two kinds. */
public class InvalidPage extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, naming the page number
     */
    public InvalidPage(String message) {
        super(message);
    }
}
