package dev.covet.orm.models.custom;

import java.math.BigDecimal;

/** An amount of money in a currency; stored by {@link MoneyType}. */
public record Money(BigDecimal amount, String currency) {
    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }
}
