package dev.covet.orm.sql;

import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.meta.Where;

/**
 * A constraint's condition as DDL: the {@link Where} (a {@code Q}) compiled by the WHERE compiler against the model
 * (an unknown field fails with the choices), its columns unqualified and its values written as
 * literals, since DDL takes no parameters.
 */
public final class CheckSql {
    private CheckSql() {
    }

    /**
     * The SQL of {@code condition}, for a CHECK constraint or a unique constraint's condition on {@code model}'s table.
     *
     * @param model the model the condition's fields belong to
     * @param condition the condition
     * @param d the dialect to write for
     * @return the condition with its values written as literals
     * @throws dev.covet.orm.exception.FieldError if the condition names a field the model does not have
     */
    public static String compile(ModelInfo<?> model, Where condition, Dialect d) {
        Query query = new Query(model);
        Sql sql = WhereCompiler.compile(query.condition(condition), CompileContext.bare(d, query));
        return inline(sql, d);
    }

    /** Writes each parameter in place of its {@code ?}, skipping quoted text. */
    static String inline(Sql sql, Dialect d) {
        String text = sql.text();
        StringBuilder out = new StringBuilder(text.length() + 16);
        int param = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else if (c == '?') {
                Value v = sql.params().get(param++);
                out.append(d.ddl().literal(v.value()));
            } else {
                out.append(c);
            }
        }
        if (param != sql.params().size()) {
            throw new IllegalStateException("Condition " + text + " has " + sql.params().size() + " values for " + param + " places");
        }
        return out.toString();
    }
}
