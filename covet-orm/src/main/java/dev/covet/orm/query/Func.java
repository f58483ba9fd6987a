package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.Naming;

import java.util.ArrayList;
import java.util.List;

/**
 * A call of an SQL function: {@code NAME(arg, ...)}. The name is checked (letters, digits,
 * underscores) and each dialect may spell it its own way ({@code LENGTH} is {@code CHAR_LENGTH} on
 * MariaDB); a project calls its own functions the same way. Among the arguments a {@code String} is a
 * field path (as in Django) and any other non-expression a constant, sent as a parameter. Immutable.
 *
 * <pre>{@code
 * Func.of("SOUNDEX", Storage.STRING, "name")            // SOUNDEX("author"."name")
 * Func.of("ROUND", Storage.DECIMAL, "price", Value.of(1))
 * }</pre>
 *
 * @param name   the SQL function name
 * @param args   the arguments
 * @param output the type of the result; null for the first argument's
 */
public record Func(String name, List<Expression> args, OutputType output) implements Expression {
    /**
     * Checks the name and copies the arguments.
     *
     * @throws FieldError if the name is not a plain identifier
     */
    public Func {
        if (!Naming.isIdentifier(name)) {
            throw new FieldError("Function name '" + name + "' is not valid: use letters, digits and underscores");
        }
        args = List.copyOf(args);
    }

    /**
     * {@code name(args)} returning values of {@code output} (Django's {@code Func(function=...)}).
     *
     * @param name   the SQL function name; letters, digits and underscores
     * @param output the type of the result, or null for the first argument's
     * @param args   field paths (Strings), expressions, or constants
     * @return the function call
     * @throws FieldError if the name is not a plain identifier
     */
    public static Func of(String name, Storage output, Object... args) {
        return new Func(name, arguments(args), output == null ? null : OutputType.of(output));
    }

    /**
     * The arguments as expressions: a String is a field path, anything else not an expression a constant.
     *
     * @param args field paths, expressions or constants
     * @return one expression per argument, in order
     */
    public static List<Expression> arguments(Object... args) {
        List<Expression> out = new ArrayList<>(args.length);
        for (Object a : args) {
            out.add(a instanceof String path ? PathRef.of(path) : Value.wrap(a));
        }
        return out;
    }

    @Override
    public Expression resolve(Resolver query) {
        List<Expression> resolved = new ArrayList<>(args.size());
        boolean same = true;
        for (Expression a : args) {
            Expression r = a.resolve(query);
            same &= r == a;
            resolved.add(r);
        }
        return same ? this : new Func(name, resolved, output);
    }

    @Override
    public OutputType outputType() {
        if (output != null) {
            return output;
        }
        for (Expression a : args) {
            if (a.outputType().storage() != null) {
                return a.outputType();
            }
        }
        return OutputType.ANY;
    }

    @Override
    public boolean containsAggregate() {
        return args.stream().anyMatch(Expression::containsAggregate);
    }

    @Override
    public boolean containsWindow() {
        return args.stream().anyMatch(Expression::containsWindow);
    }
}
