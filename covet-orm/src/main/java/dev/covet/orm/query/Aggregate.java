package dev.covet.orm.query;

import dev.covet.orm.meta.Where;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.Naming;

/**
 * An aggregate over the rows of a group: made by {@link Count}, {@link Sum}, {@link Avg},
 * {@link Min} and {@link Max}. Immutable.
 *
 * <pre>{@code Book.objects.aggregate(Avg.of("price").as("avg"), Count.all().as("n"))}</pre>
 *
 * @param function the SQL aggregate function
 * @param source   what is aggregated, or {@code Star.INSTANCE} for {@code COUNT(*)}
 * @param distinct over distinct values only?
 * @param alias    the name in results, or null for the default ({@link #defaultAlias()})
 * @param filter   the condition on the rows aggregated, or null for all
 */
public record Aggregate(Function function, Expression source, boolean distinct, String alias, Expression filter) implements Expression {
    /** The SQL aggregate functions. */
    public enum Function {
        /** {@code COUNT}: the number of non-NULL values, or of rows. */
        COUNT,
        /** {@code SUM}: the total of the values. */
        SUM,
        /** {@code AVG}: the mean of the values. */
        AVG,
        /** {@code MIN}: the smallest value. */
        MIN,
        /** {@code MAX}: the largest value. */
        MAX
    }

    /** Extra decimal places an average of decimals keeps beyond its field's, as MySQL does by default. */
    static final int AVG_EXTRA_SCALE = 4;

    /**
     * An aggregate without a filter.
     *
     * @param function the SQL aggregate function
     * @param source   what is aggregated: a resolved or unresolved expression, or {@code Star.INSTANCE} for {@code COUNT(*)}
     * @param distinct over distinct values only?
     * @param alias    the name in results, or null for the default
     */
    public Aggregate(Function function, Expression source, boolean distinct, String alias) {
        this(function, source, distinct, alias, null);
    }

    /**
     * The same aggregate under another name (the key in {@code aggregate()} results).
     *
     * @param name the key, letters, digits and underscores
     * @return a new aggregate
     * @throws FieldError if the name is not a valid identifier
     */
    public Aggregate as(String name) {
        if (!Naming.isIdentifier(name)) {
            throw new FieldError("Aggregate alias '" + name + "' is not a valid name: use letters, digits and underscores");
        }
        return new Aggregate(function, source, distinct, name, filter);
    }

    /**
     * The aggregate over only the rows where {@code condition} holds (Django's {@code filter=}):
     * {@code Count.of("books").filter(Q.of("books__pages__gt", 300))}. PostgreSQL and SQLite use
     * {@code FILTER (WHERE ...)}, MariaDB a CASE inside the aggregate; the result is the same.
     *
     * @param condition the rows to aggregate, over the query's model
     * @return a new aggregate
     * @throws FieldError if the condition is null or empty
     */
    public Aggregate filter(Where condition) {
        if (condition == null || condition.isEmpty()) {
            throw new FieldError("An aggregate's filter needs a condition");
        }
        return new Aggregate(function, source, distinct, alias, new QCondition(condition));
    }

    /** {@return the name in results: the alias, or Django's {@code <field>__<function>}} */
    public String defaultAlias() {
        if (alias != null) {
            return alias;
        }
        String fn = function.name().toLowerCase(java.util.Locale.ROOT);
        if (source instanceof PathRef f) {
            return f.path() + "__" + fn;
        }
        if (source == Star.INSTANCE) {
            return fn;
        }
        throw new FieldError("A " + function + " over an expression needs a name: add .as(\"name\")");
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression resolved = resolveSource(query);
        if (resolved.containsAggregate()) {
            throw new FieldError("Cannot compute " + function + "() over an aggregate (" + defaultAliasOr() + ")");
        }
        Expression condition = resolveFilter(query);
        return resolved == source && condition == filter ? this : new Aggregate(function, resolved, distinct, alias, condition);
    }

    /**
     * The filter resolved against {@code query}; it may not itself aggregate.
     *
     * @param query what resolves the field paths
     * @return the resolved condition, or null when the aggregate has no filter
     * @throws FieldError if the condition uses an aggregate
     */
    public Expression resolveFilter(Resolver query) {
        if (filter == null) {
            return null;
        }
        Expression condition = filter.resolve(query);
        if (condition.containsAggregate()) {
            throw new FieldError("The filter of " + function + "() (" + defaultAliasOr() + ") cannot use an aggregate");
        }
        return condition;
    }

    /**
     * The source resolved against {@code query} and checked to fit the function; it may itself aggregate
     * (an annotation), which {@code aggregate()} handles with a derived table.
     *
     * @param query what resolves the field paths
     * @return the resolved source
     * @throws FieldError if the source holds a window function, or is not a number for {@code SUM} or {@code AVG}
     */
    public Expression resolveSource(Resolver query) {
        Expression resolved = source.resolve(query);
        if (resolved.containsWindow()) {
            throw new FieldError("Cannot compute " + function + "() over a window function (" + defaultAliasOr()
                    + "); put the aggregate inside the window instead: Window.of(" + function + ")");
        }
        if (function != Function.COUNT && function != Function.MIN && function != Function.MAX) {
            Storage s = resolved.outputType().storage();
            if (s != null && !s.isNumeric()) {
                throw new FieldError(function + "() needs a number, but '" + describe(source) + "' holds "
                        + s.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return resolved;
    }

    private String defaultAliasOr() {
        return alias != null ? alias : describe(source);
    }

    private static String describe(Expression e) {
        return e instanceof PathRef f ? f.path() : e.toString();
    }

    @Override
    public OutputType outputType() {
        OutputType in = source.outputType();
        Storage s = in.storage();
        return switch (function) {
            case COUNT -> OutputType.LONG;
            case SUM -> s == Storage.DECIMAL ? new OutputType(Storage.DECIMAL, null, in.field() == null ? -1 : in.field().decimalPlaces())
                    : s == Storage.FLOAT || s == Storage.DOUBLE ? OutputType.DOUBLE : OutputType.LONG;
            case AVG -> s == Storage.DECIMAL
                    ? new OutputType(Storage.DECIMAL, null, (in.field() == null ? 2 : in.field().decimalPlaces()) + AVG_EXTRA_SCALE)
                    : OutputType.DOUBLE;
            case MIN, MAX -> in;
        };
    }

    @Override
    public boolean containsAggregate() {
        return true;
    }
}
