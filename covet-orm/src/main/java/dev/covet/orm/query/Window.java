package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * A function or aggregate over a window of rows ({@code ... OVER (PARTITION BY ... ORDER BY ...)}):
 * in {@code annotate}, {@code values} and {@code orderBy}. Filtering on a window annotation wraps the
 * query, so the condition applies to the computed values (Django 4.2). Immutable.
 *
 * <pre>{@code
 * Book.objects.annotate("rank", Window.of(Rank.of()).partitionBy("author").orderBy("-pages"));
 * Book.objects.annotate("running", Window.of(Sum.of("pages")).orderBy("published").frame(Frame.rows(null, 0)));
 * }</pre>
 *
 * @param function    the window function or aggregate computed over each window
 * @param partitionBy the expressions whose values split the rows into windows; empty for one window
 * @param orderBy     the order of the rows within each window; empty for none
 * @param frame       the rows around the current one the function sees, or null for the database's default
 */
public record Window(Expression function, List<Expression> partitionBy, List<OrderBy> orderBy, Frame frame) implements Expression {
    /**
     * Checks the function and copies the lists.
     *
     * @throws FieldError if {@code function} is neither a window function nor an aggregate
     */
    public Window {
        if (!(function instanceof WindowFunc) && !(function instanceof Aggregate)) {
            throw new FieldError("Window.of needs a window function (RowNumber, Rank, Lag, ...) or an aggregate, not " + function);
        }
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /**
     * {@code function} over the whole result, until partitioned or ordered (Django's {@code Window(expression=...)}).
     *
     * @param function a window function ({@code RowNumber.of()}, {@code Lag.of("price")}...) or an aggregate
     * @return the window, for {@code annotate}, {@code values} or {@code orderBy}
     * @throws FieldError if {@code function} is neither a window function nor an aggregate
     */
    public static Window of(Expression function) {
        return new Window(function, List.of(), List.of(), null);
    }

    /**
     * Separate windows per value of these field paths or expressions (Django's {@code partition_by}).
     *
     * @param fields field paths or expressions
     * @return a new window
     */
    public Window partitionBy(Object... fields) {
        return new Window(function, Func.arguments(fields), orderBy, frame);
    }

    /**
     * Orders each window by field paths ({@code "-pages"} for descending); Django's {@code order_by}.
     *
     * @param fields field paths, each with {@code -} in front for descending
     * @return a new window
     */
    public Window orderBy(String... fields) {
        List<OrderBy> terms = new ArrayList<>();
        for (String f : fields) {
            terms.add(f.startsWith("-") ? PathRef.of(f.substring(1)).desc() : PathRef.of(f).asc());
        }
        return new Window(function, partitionBy, terms, frame);
    }

    /**
     * Orders each window by expressions ({@code F.of("pages").desc()}).
     *
     * @param terms the order terms
     * @return a new window
     */
    public Window orderBy(OrderBy... terms) {
        return new Window(function, partitionBy, List.of(terms), frame);
    }

    /**
     * The rows around the current one the function sees (Django's {@code frame}).
     *
     * @param frame the frame; null for the database's default
     * @return a new window
     */
    public Window frame(Frame frame) {
        return new Window(function, partitionBy, orderBy, frame);
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression fn = function.resolve(query);
        List<Expression> partition = new ArrayList<>();
        for (Expression p : partitionBy) {
            partition.add(p.resolve(query));
        }
        List<OrderBy> order = new ArrayList<>();
        for (OrderBy o : orderBy) {
            if (o.isRandom()) {
                throw new FieldError("A window cannot be ordered randomly");
            }
            order.add(new OrderBy(o.expression().resolve(query), o.descending(), o.nulls()));
        }
        return new Window(fn, partition, order, frame);
    }

    @Override
    public OutputType outputType() {
        return function.outputType();
    }

    /** A window is computed after grouping, over the rows; it never makes its query group. */
    @Override
    public boolean containsAggregate() {
        return false;
    }

    @Override
    public boolean containsWindow() {
        return true;
    }
}
