package dev.covet.orm.metrics;

import java.util.Locale;

/**
 * What a statement does and to which table, read from its text for the {@code operation} and
 * {@code model} tags: {@code select}, {@code insert}, {@code update}, {@code delete} or {@code other},
 * and the table after FROM, INTO or UPDATE ({@code none} when there is none, e.g. {@code SELECT 1}).
 */
record StatementShape(String operation, String table) {
    static final String NONE = "none";

    static StatementShape of(String sql) {
        String[] words = words(sql);
        if (words.length == 0) {
            return new StatementShape("other", NONE);
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        return switch (first) {
            case "select", "with" -> new StatementShape("select", after(words, "from"));
            case "insert" -> new StatementShape("insert", after(words, "into"));
            case "update" -> new StatementShape("update", words.length > 1 ? name(words[1]) : NONE);
            case "delete" -> new StatementShape("delete", after(words, "from"));
            default -> new StatementShape("other", NONE);
        };
    }

    private static String[] words(String sql) {
        String s = sql.strip();
        while (s.startsWith("(")) {
            s = s.substring(1).strip();
        }
        return s.isEmpty() ? new String[0] : s.split("[\\s(),]+");
    }

    /** The name following the first {@code keyword} that a table follows (not a subquery: FROM (SELECT ...)). */
    private static String after(String[] words, String keyword) {
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equalsIgnoreCase(keyword) && !words[i + 1].equalsIgnoreCase("select")) {
                return name(words[i + 1]);
            }
        }
        return NONE;
    }

    /** {@code "shop_book"}, {@code `shop_book`} or {@code main."shop_book"}: shop_book. */
    private static String name(String word) {
        int dot = word.lastIndexOf('.');
        String last = dot >= 0 ? word.substring(dot + 1) : word;
        String bare = last.replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
        return bare.isEmpty() ? NONE : bare;
    }
}
