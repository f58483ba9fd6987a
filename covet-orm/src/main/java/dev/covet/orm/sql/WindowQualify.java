package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.query.Condition;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.MatchNothing;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;
import dev.covet.orm.query.WhereItem;
import dev.covet.orm.query.WhereNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A query that filters on a window: no database takes a window function in WHERE, so the query
 * runs without those conditions as a derived table that also yields the values they compare, and an
 * outer SELECT filters, orders and slices its rows (Django 4.2's QUALIFY emulation).
 */
final class WindowQualify {
    private WindowQualify() {
    }

    /** Does the query's WHERE compare a window's value? */
    static boolean applies(Query q) {
        return containsWindow(q.where());
    }

    static boolean containsWindow(WhereItem item) {
        return switch (item) {
            case Lookup l -> l.lhs().containsWindow() || l.rhs().containsWindow();
            case Condition c -> c.expression().containsWindow();
            case WhereNode n -> n.children().stream().anyMatch(WindowQualify::containsWindow);
            case MatchNothing m -> false;
        };
    }

    static CompiledSelect compile(Query q, Dialect d, int level, CompileContext parent) {
        if (q.lock() != null) {
            throw new NotSupportedError("selectForUpdate() cannot lock the rows of a query that filters on a window");
        }
        WhereNode where = q.where();
        List<WhereItem> inner = new ArrayList<>();
        List<WhereItem> outer = new ArrayList<>();
        if (where.or() || where.negated()) {
            outer.add(where);
        } else {
            for (WhereItem child : where.children()) {
                (containsWindow(child) ? outer : inner).add(child);
            }
        }
        List<Expression> trailing = new ArrayList<>();
        List<WhereItem> outerConditions = new ArrayList<>();
        for (WhereItem item : outer) {
            outerConditions.add(lift(item, trailing));
        }
        List<OrderBy> ordering = new ArrayList<>();
        for (OrderBy o : q.effectiveOrdering()) {
            ordering.add(o.isRandom() ? o : new OrderBy(column(o.expression(), trailing), o.descending(), o.nulls()));
        }
        Query derived = q.copy();
        derived.setWhere(new WhereNode(false, false, inner));
        derived.clearOrdering();
        derived.clearLimits();
        List<String> names = new ArrayList<>();
        CompiledSelect compiled = SelectCompiler.compileForWrapping(derived, d, level, parent, trailing, names);

        CompileContext ctx = new CompileContext(d, q, level, parent);
        List<Sql> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Sql c = Sql.of(d.quote(Derived.TABLE) + "." + d.quote("c" + i));
            columns.add(name == null ? c : c.append(" AS " + d.quote(name)));
        }
        Sql sql = Sql.join(", ", columns).wrap("SELECT ", " FROM (").append(compiled.sql()).append(") " + d.quote(Derived.TABLE));
        Sql condition = WhereCompiler.compile(new WhereNode(false, false, outerConditions), ctx);
        boolean empty = compiled.empty() || condition == WhereCompiler.NOTHING;
        if (condition != WhereCompiler.EVERYTHING) {
            sql = sql.append(" WHERE ").append(condition);
        }
        List<Sql> order = new ArrayList<>();
        for (OrderBy o : ordering) {
            order.addAll(o.isRandom() ? List.of(Sql.of(d.random())) : SelectCompiler.orderTerms(ctx.compile(o.expression()), o, d));
        }
        if (!order.isEmpty()) {
            sql = sql.append(" ORDER BY ").append(Sql.join(", ", order));
        }
        sql = sql.append(d.limitOffset(q.limit(), q.offset()));
        if (q.limit() != null && q.limit() == 0) {
            empty = true;
        }
        return new CompiledSelect(sql, compiled.shape(), empty && level == 0);
    }

    /** The condition with every computed side read from the derived table's extra columns. */
    private static WhereItem lift(WhereItem item, List<Expression> trailing) {
        return switch (item) {
            case Lookup l -> new Lookup(l.type(), column(l.lhs(), trailing), column(l.rhs(), trailing));
            case Condition c -> new Condition(column(c.expression(), trailing));
            case MatchNothing m -> m;
            case WhereNode n -> {
                List<WhereItem> children = new ArrayList<>();
                for (WhereItem child : n.children()) {
                    children.add(lift(child, trailing));
                }
                yield new WhereNode(n.or(), n.negated(), children);
            }
        };
    }

    private static Expression column(Expression e, List<Expression> trailing) {
        if (e instanceof Value || e instanceof ValueList) {
            return e;
        }
        int i = trailing.indexOf(e);
        if (i < 0) {
            trailing.add(e);
            i = trailing.size() - 1;
        }
        return new Derived("t" + i, e.outputType());
    }

    /** A column of the derived table a wrapped query reads from. */
    record Derived(String column, OutputType type) implements Expression {
        static final String TABLE = "qualify";

        @Override
        public Expression resolve(Resolver query) {
            return this;
        }

        @Override
        public OutputType outputType() {
            return type;
        }
    }
}
