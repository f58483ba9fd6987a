package dev.covet.orm.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A function that only makes sense over a window ({@code ROW_NUMBER()}, {@code LAG(x)}): made by
 * {@code RowNumber}, {@code Rank}, {@code Lag} and the others in {@code dev.covet.orm.query.functions},
 * and used inside {@link Window#of}. Immutable.
 *
 * @param name   the SQL function name, such as {@code ROW_NUMBER}
 * @param args   the arguments
 * @param output the type of the result, or null for the first argument's
 */
public record WindowFunc(String name, List<Expression> args, OutputType output) implements Expression {
    /** Copies the arguments. */
    public WindowFunc {
        args = List.copyOf(args);
    }

    @Override
    public Expression resolve(Resolver query) {
        List<Expression> resolved = new ArrayList<>(args.size());
        for (Expression a : args) {
            resolved.add(a.resolve(query));
        }
        return new WindowFunc(name, resolved, output);
    }

    @Override
    public OutputType outputType() {
        if (output != null) {
            return output;
        }
        return args.isEmpty() ? OutputType.ANY : args.getFirst().outputType();
    }
}
