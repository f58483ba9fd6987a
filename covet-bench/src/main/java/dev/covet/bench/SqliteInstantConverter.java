package dev.covet.bench;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;

/**
 * Lets Hibernate read and write Covet's SQLite timestamps (text, see {@link SqliteText}); Hibernate's
 * own SQLite mapping would store another format. Applied on SQLite only. Stateless and thread-safe.
 */
@Converter
public final class SqliteInstantConverter implements AttributeConverter<Instant, String> {
    @Override
    public String convertToDatabaseColumn(Instant value) {
        return value == null ? null : SqliteText.format(value);
    }

    @Override
    public Instant convertToEntityAttribute(String text) {
        return text == null ? null : SqliteText.parse(text);
    }
}
