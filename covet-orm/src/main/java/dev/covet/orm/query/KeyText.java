package dev.covet.orm.query;

/**
 * A JSON key path read as text (Django's {@code KeyTextTransform}): a string without its JSON quotes,
 * a number or boolean as its JSON text. The text lookups on a key path ({@code metadata__name__icontains},
 * {@code __startswith}, {@code __iexact}, {@code __regex}, ...) compare this.
 *
 * @param key the JSON key path
 */
public record KeyText(KeyTransform key) implements Expression {
    @Override
    public Expression resolve(Resolver query) {
        KeyTransform k = (KeyTransform) key.resolve(query);
        return k == key ? this : new KeyText(k);
    }

    @Override
    public OutputType outputType() {
        return OutputType.STRING;
    }

    @Override
    public boolean containsAggregate() {
        return key.containsAggregate();
    }
}
