package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.Naming;

import java.util.ArrayList;
import java.util.List;

/**
 * A key or index path into a JSON value ({@code metadata__rating}, {@code metadata__tags__0}): each
 * step a key (a name) or an index (digits). Keys are checked, never pasted into SQL unchecked, and
 * travel as parameters. Comparisons with it compare JSON values. Immutable.
 *
 * @param source the JSON value
 * @param path   the steps: a {@code String} key or an {@code Integer} index each
 */
public record KeyTransform(Expression source, List<Object> path) implements Expression {
    /** Copies the path. */
    public KeyTransform {
        path = List.copyOf(path);
    }

    /** {@code source} one step further down: {@code step} is a key or an array index. */
    static KeyTransform step(Expression source, String step, String lookup) {
        Object key = key(step, lookup);
        if (source instanceof KeyTransform k) {
            List<Object> longer = new ArrayList<>(k.path);
            longer.add(key);
            return new KeyTransform(k.source, longer);
        }
        return new KeyTransform(source, List.of(key));
    }

    /** A JSON key as a name or an index; anything else is refused. */
    static Object key(String step, String lookup) {
        if (step.matches("\\d{1,9}")) {
            return Integer.valueOf(step);
        }
        if (!Naming.isIdentifier(step)) {
            throw new FieldError("JSON key '" + step + "' in '" + lookup + "' is not valid: a key is a name of letters, "
                    + "digits and underscores, or an array index of digits");
        }
        return step;
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression s = source.resolve(query);
        return s == source ? this : new KeyTransform(s, path);
    }

    @Override
    public OutputType outputType() {
        return OutputType.ANY;
    }

    @Override
    public boolean containsAggregate() {
        return source.containsAggregate();
    }
}
