package dev.covet.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/** A one-off value as typed ({@code --default Model.field=VALUE}, or an answer): a whole number, true or false, else text. */
final class OneOffValue {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    private OneOffValue() {
    }

    static Object parse(String text) {
        if (INTEGER.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.parseBoolean(lower);
        }
        // the column's own conversion reads dates, decimals and the rest from text
        return text;
    }
}
