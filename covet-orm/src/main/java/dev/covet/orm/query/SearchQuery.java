package dev.covet.orm.query;

import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.Naming;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a full-text search looks for: {@link #plain} words (all of them), a {@link #phrase} (the words
 * in order), or {@link #raw} / {@link #websearch} text in the database's own query syntax. The text
 * always travels as a parameter. Immutable.
 *
 * <pre>{@code
 * Post.objects.filter(SearchVector.of("title", "body").matches(SearchQuery.phrase("quick brown fox")));
 * }</pre>
 *
 * @param text   what to look for
 * @param kind   how the text is read
 * @param config the PostgreSQL text search configuration, or null for the default
 */
public record SearchQuery(String text, Kind kind, String config) {
    /** How the text is read. */
    public enum Kind {
        /** Every word must occur, in any order. */
        PLAIN,
        /** The words must occur in this order, next to one another. */
        PHRASE,
        /** The database's own query syntax (PostgreSQL {@code to_tsquery}, MariaDB boolean mode, SQLite FTS5). */
        RAW,
        /** Web search syntax ({@code "a phrase" -not or}); PostgreSQL only. */
        WEBSEARCH
    }

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    /**
     * Checks the text and the configuration name.
     *
     * @throws ValidationError if the text is blank, a plain or phrase text holds no words, or the configuration is no name
     */
    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw ValidationError.of("search", "A search needs some text to look for");
        }
        if ((kind == Kind.PLAIN || kind == Kind.PHRASE) && words(text).isEmpty()) {
            throw ValidationError.of("search", "The search text '" + text + "' holds no words");
        }
        if (config != null && !Naming.isIdentifier(config)) {
            throw ValidationError.of("search", "A text search configuration is a name such as english, not '" + config + "'");
        }
    }

    /**
     * Every word of {@code text}, in any order (Django's {@code SearchQuery(text)}).
     *
     * @param text the words; punctuation separates them
     * @return the query
     * @throws ValidationError if the text holds no words
     */
    public static SearchQuery plain(String text) {
        return new SearchQuery(text, Kind.PLAIN, null);
    }

    /**
     * The words of {@code text} in order, next to one another (Django's {@code search_type="phrase"}).
     *
     * @param text the phrase
     * @return the query
     * @throws ValidationError if the text holds no words
     */
    public static SearchQuery phrase(String text) {
        return new SearchQuery(text, Kind.PHRASE, null);
    }

    /**
     * {@code text} in the database's own query syntax (Django's {@code search_type="raw"}).
     *
     * @param text the query, such as {@code quick & fox} on PostgreSQL
     * @return the query
     * @throws ValidationError if the text is blank
     */
    public static SearchQuery raw(String text) {
        return new SearchQuery(text, Kind.RAW, null);
    }

    /**
     * {@code text} in web search syntax (Django's {@code search_type="websearch"}); PostgreSQL only.
     *
     * @param text the query, such as {@code "a phrase" -not}
     * @return the query
     * @throws ValidationError if the text is blank
     */
    public static SearchQuery websearch(String text) {
        return new SearchQuery(text, Kind.WEBSEARCH, null);
    }

    /**
     * The same query with a PostgreSQL text search configuration ({@code english}, {@code simple}, ...).
     *
     * @param name the configuration's name
     * @return a new query
     * @throws ValidationError if the name is not an identifier
     */
    public SearchQuery config(String name) {
        return new SearchQuery(text, kind, name);
    }

    /** {@return the words of the text: runs of letters, digits and underscores (every other character separates)} */
    public List<String> words() {
        return words(text);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_A_WORD.split(text)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
