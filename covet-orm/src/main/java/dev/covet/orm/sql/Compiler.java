package dev.covet.orm.sql;

import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.WhereItem;

/**
 * What a renderer may ask of the query being compiled: its dialect, the SQL of a child expression
 * or condition, a column under the alias this query level gives its table, and a nested query.
 * Every answer is SQL text plus parameters; values never become text. Used by one thread at a time.
 */
public interface Compiler {
    /**
     * The database the SQL is for.
     *
     * @return the dialect
     */
    Dialect dialect();

    /**
     * The SQL of a child expression, through its registered renderer.
     *
     * @param expression the child expression
     * @return its SQL with its parameters
     */
    Sql compile(Expression expression);

    /**
     * The SQL of a condition (a WHERE tree, a lookup).
     *
     * @param condition the condition
     * @return its SQL with its parameters
     */
    Sql compile(WhereItem condition);

    /**
     * {@code "alias"."column"} for a column of the query's {@code table}-th table.
     *
     * @param table the table's position in the query (0: the model's own table)
     * @param column the column's name, unquoted
     * @return the qualified, quoted column
     */
    String column(int table, String column);

    /**
     * The compiler of the query {@code levels} levels out (0: this one), for a reference into it.
     *
     * @param levels how many queries out (0: this one)
     * @return the enclosing query's compiler
     */
    Compiler enclosing(int levels);

    /**
     * {@code query} compiled as a SELECT nested in this one (without parentheses).
     *
     * @param query the inner query
     * @return the subquery's SQL, without parentheses
     */
    Sql subquery(Query query);
}
