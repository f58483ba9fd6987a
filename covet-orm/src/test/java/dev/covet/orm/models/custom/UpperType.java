package dev.covet.orm.models.custom;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldType;

import java.util.Locale;

/** Text stored upper-cased; a code has 2 to 10 letters. */
public final class UpperType implements FieldType<String> {
    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public FieldKind.Storage storage() {
        return FieldKind.Storage.STRING;
    }

    @Override
    public Object toDb(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    @Override
    public String fromDb(Object dbValue) {
        return (String) dbValue;
    }

    @Override
    public void validate(String value) {
        if (value.length() < 2 || !value.chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("A code has 2 to 10 letters, not '" + value + "'.");
        }
    }
}
