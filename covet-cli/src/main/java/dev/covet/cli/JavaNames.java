package dev.covet.cli;

import dev.covet.orm.meta.Naming;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java names for database names, chosen so that Covet's own naming leads back to the same table and column. */
final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
            "null", "var", "record", "yield", "objects");

    private JavaNames() {
    }

    /** {@code blog_post} to {@code BlogPost}. */
    static String className(String table) {
        String camel = camel(table);
        String name = camel.isEmpty() ? "Table" : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "T" + name;
    }

    /** {@code published_at} to {@code publishedAt}; a keyword gets {@code Field} after it. */
    static String fieldName(String column) {
        String camel = camel(column);
        if (camel.isEmpty() || !Character.isJavaIdentifierStart(camel.charAt(0))) {
            camel = "f" + camel;
        }
        camel = Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
        return KEYWORDS.contains(camel) ? camel + "Field" : camel;
    }

    /** The table Covet gives a model class of this name. */
    static String defaultTable(String className) {
        return Naming.snakeCase(className);
    }

    /** The column Covet gives a field of this name ({@code _id} after a key's). */
    static String defaultColumn(String fieldName, boolean key) {
        return Naming.snakeCase(fieldName) + (key ? "_id" : "");
    }

    /**
     * The name Covet gives an index or constraint it names itself ({@code <table>_<columns>_<suffix>},
     * shortened with a hash past 60 characters), as model registration names them.
     */
    static String indexName(String table, List<String> columns, String suffix) {
        String name = table + "_" + String.join("_", columns) + "_" + suffix;
        if (name.length() <= 60) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, 60 - hash.length() - suffix.length() - 2) + "_" + hash + "_" + suffix;
    }

    private static String camel(String name) {
        // an all-capitals name (ORDERS, USER_ID) reads as words, not as an acronym
        String words = name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : words.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = out.length() > 0;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return out.toString();
    }
}
