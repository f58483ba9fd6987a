package dev.covet.orm.query;

/**
 * The number at a JSON key path, or NULL where the key holds something else: an ordering term put
 * before the key itself on databases that would otherwise order JSON numbers as text (MariaDB).
 *
 * @param key the JSON key path
 */
public record JsonKeyNumber(KeyTransform key) implements Expression {
    @Override
    public Expression resolve(Resolver query) {
        KeyTransform k = (KeyTransform) key.resolve(query);
        return k == key ? this : new JsonKeyNumber(k);
    }

    @Override
    public OutputType outputType() {
        return OutputType.DOUBLE;
    }
}
