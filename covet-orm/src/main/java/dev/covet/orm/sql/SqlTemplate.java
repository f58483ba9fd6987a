package dev.covet.orm.sql;

import dev.covet.orm.query.Value;

import java.util.ArrayList;
import java.util.List;

/** SQL text that names one operand several times: each {@code {}} becomes the operand, its parameters repeated in order. */
public final class SqlTemplate {
    private SqlTemplate() {
    }

    /**
     * {@code template} with every {@code {}} replaced by {@code operand}. The template is Covet's own text, never a caller's.
     *
     * @param template SQL text with {@code {}} where the operand goes
     * @param operand the operand, whose parameters repeat for each {@code {}}
     * @return the filled SQL
     */
    public static Sql fill(String template, Sql operand) {
        StringBuilder text = new StringBuilder();
        List<Value> params = new ArrayList<>();
        int from = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            text.append(template, from, at).append(operand.text());
            params.addAll(operand.params());
            from = at + 2;
        }
        text.append(template, from, template.length());
        return new Sql(text.toString(), params);
    }
}
