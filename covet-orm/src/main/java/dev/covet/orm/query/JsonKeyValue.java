package dev.covet.orm.query;

/**
 * A JSON key path read as a value ({@code values("metadata__tags__0")}): the database returns the
 * key's JSON and Covet decodes it, so a string comes back unquoted, a number as a number, an object
 * as a {@code Map}; a missing key or a JSON null is null.
 *
 * @param key the JSON key path
 */
public record JsonKeyValue(KeyTransform key) implements Expression {
    @Override
    public Expression resolve(Resolver query) {
        KeyTransform k = (KeyTransform) key.resolve(query);
        return k == key ? this : new JsonKeyValue(k);
    }

    @Override
    public OutputType outputType() {
        return OutputType.JSON_DECODED;
    }
}
