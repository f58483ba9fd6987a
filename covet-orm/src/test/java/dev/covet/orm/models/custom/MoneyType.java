package dev.covet.orm.models.custom;

import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldType;

import java.math.BigDecimal;

/** Euros as a DECIMAL column: NUMERIC(12,2) on PostgreSQL, DECIMAL(12,2) on MariaDB, SQLite's usual decimal. */
public final class MoneyType implements FieldType<Money> {
    @Override
    public Class<Money> javaType() {
        return Money.class;
    }

    @Override
    public FieldKind.Storage storage() {
        return FieldKind.Storage.DECIMAL;
    }

    @Override
    public Object toDb(Money value) {
        return value.amount();
    }

    @Override
    public Money fromDb(Object dbValue) {
        return new Money(((BigDecimal) dbValue).setScale(2), "EUR");
    }

    @Override
    public void validate(Money value) {
        if (!"EUR".equals(value.currency())) {
            throw ValidationError.of("price", "Only EUR is stored, not " + value.currency() + ".");
        }
        if (value.amount().scale() > 2) {
            throw new IllegalArgumentException("An amount has at most 2 decimals.");
        }
    }

    @Override
    public String columnType(String dialect) {
        return switch (dialect) {
            case "postgresql" -> "NUMERIC(12,2)";
            case "mysql" -> "DECIMAL(12,2)";
            default -> null;
        };
    }
}
