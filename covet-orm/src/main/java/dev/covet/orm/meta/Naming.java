package dev.covet.orm.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/** How Covet derives database and human names from Java names. */
public final class Naming {
    /** What a name must look like to reach SQL: checked before any quoting. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Naming() {
    }

    /**
     * {@code publishedAt} to {@code published_at}, {@code HTTPServer} to {@code http_server}.
     *
     * @param name a Java name in camelCase or PascalCase
     * @return the name in lower snake_case
     */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean beforeLower = i > 0 && i + 1 < name.length() && Character.isUpperCase(name.charAt(i - 1))
                        && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || beforeLower) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code publishedAt} to {@code published at}.
     *
     * @param name a Java name in camelCase or PascalCase
     * @return the lower-case words, separated by spaces
     */
    public static String words(String name) {
        return snakeCase(name).replace('_', ' ');
    }

    /**
     * {@code BlogPost} to {@code blogPost}: the name a model goes by in lookups and reverse accessors.
     *
     * @param name a class name
     * @return the name with its leading capital (or leading acronym, {@code URLLink} to {@code urlLink}) lowered
     */
    public static String lowerCamel(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        if (upper <= 1 || upper == name.length()) {
            return name.substring(0, Math.max(upper, 1)).toLowerCase(Locale.ROOT) + name.substring(Math.max(upper, 1));
        }
        // "URLLink" -> "urlLink": keep the capital that starts the next word
        return name.substring(0, upper - 1).toLowerCase(Locale.ROOT) + name.substring(upper - 1);
    }

    /**
     * Is {@code name} safe to become an SQL identifier once quoted?
     *
     * @param name a table, column or constraint name; null is not
     * @return true for letters, digits and underscores, not starting with a digit
     */
    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /**
     * Rejects a name that could not be a plain identifier; {@code what} says where it came from.
     *
     * @param name the name to check
     * @param what where the name came from, for the message (such as {@code "Table"})
     * @return {@code name}
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the name is not a valid identifier
     */
    public static String checkIdentifier(String name, String what) {
        if (!isIdentifier(name)) {
            throw new dev.covet.orm.exception.ImproperlyConfigured(what + " '" + name
                    + "' is not a valid identifier: use letters, digits and underscores, not starting with a digit");
        }
        return name;
    }
}
