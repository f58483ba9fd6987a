package dev.covet.orm.sql;

import dev.covet.orm.query.Join;
import dev.covet.orm.query.Query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The aliases of one query level while it compiles. At the top level a table goes by its own
 * name ({@code "book"."title"}), a repeated table by {@code T<n>}; a subquery's tables go by
 * {@code U<n>}, a sub-subquery's by {@code V<n>}, so levels never clash.
 */
final class CompileContext implements Compiler {
    final Dialect dialect;
    final Query query;
    final int level;
    /** The query this one is nested in, or null at the top. */
    final CompileContext parent;
    private final String[] aliases;
    /** Columns without their table (a constraint's condition in DDL). */
    private final boolean bare;

    CompileContext(Dialect dialect, Query query, int level) {
        this(dialect, query, level, null);
    }

    CompileContext(Dialect dialect, Query query, int level, CompileContext parent) {
        this(dialect, query, level, parent, false);
    }

    /** The context of a table's own condition in DDL: its columns go by their bare names. */
    static CompileContext bare(Dialect dialect, Query query) {
        return new CompileContext(dialect, query, 0, null, true);
    }

    private CompileContext(Dialect dialect, Query query, int level, CompileContext parent, boolean bare) {
        this.bare = bare;
        this.dialect = dialect;
        this.query = query;
        this.level = level;
        this.parent = parent;
        List<Join> tables = query.tables();
        this.aliases = new String[tables.size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            if (level == 0) {
                String name = tables.get(i).table();
                aliases[i] = used.add(name) ? name : "T" + i;
            } else {
                aliases[i] = (char) ('U' + Math.min(level - 1, 5)) + String.valueOf(i);
            }
        }
    }

    /** A context for a query nested one level below this one. */
    CompileContext nested(Query inner) {
        return new CompileContext(dialect, inner, level + 1, this);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Sql compile(dev.covet.orm.query.Expression expression) {
        return ExpressionCompiler.compile(expression, this);
    }

    @Override
    public Sql compile(dev.covet.orm.query.WhereItem condition) {
        return WhereCompiler.compile(condition, this);
    }

    @Override
    public Sql subquery(Query inner) {
        return SelectCompiler.compileSubquery(inner, this);
    }

    @Override
    public Compiler enclosing(int levels) {
        CompileContext c = this;
        for (int i = 0; i < levels; i++) {
            if (c.parent == null) {
                throw new dev.covet.orm.exception.FieldError("An OuterRef reaches " + levels + " queries out, but this query is nested only "
                        + i + " deep: use it inside Subquery.of(...) or Exists.of(...)");
            }
            c = c.parent;
        }
        return c;
    }

    String alias(int table) {
        return aliases[table];
    }

    /** {@code "alias"."column"}. */
    @Override
    public String column(int table, String column) {
        return bare ? dialect.quote(column) : dialect.quote(aliases[table]) + "." + dialect.quote(column);
    }
}
