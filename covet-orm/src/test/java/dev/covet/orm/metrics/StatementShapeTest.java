package dev.covet.orm.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The operation and model tags read from statement texts as each dialect writes them. */
class StatementShapeTest {
    @Test
    void operationsAndTablesAreReadFromTheText() {
        assertThat(StatementShape.of("SELECT \"a\".\"id\" FROM \"shop_book\" \"a\" WHERE 1"))
                .isEqualTo(new StatementShape("select", "shop_book"));
        assertThat(StatementShape.of("select `id` from `shop_book` limit 1")).isEqualTo(new StatementShape("select", "shop_book"));
        assertThat(StatementShape.of("INSERT INTO \"shop_book\" (\"title\") VALUES (?)")).isEqualTo(new StatementShape("insert", "shop_book"));
        assertThat(StatementShape.of("UPDATE `shop_book` SET `title` = ?")).isEqualTo(new StatementShape("update", "shop_book"));
        assertThat(StatementShape.of("DELETE FROM public.\"shop_book\" WHERE id = ?")).isEqualTo(new StatementShape("delete", "shop_book"));
        assertThat(StatementShape.of("(SELECT id FROM a) UNION (SELECT id FROM b)")).isEqualTo(new StatementShape("select", "a"));
        assertThat(StatementShape.of("SELECT COUNT(*) FROM (SELECT \"id\" FROM \"shop_book\" LIMIT 5) subquery"))
                .isEqualTo(new StatementShape("select", "shop_book"));
    }

    @Test
    void statementsWithoutATableOrOfAnotherKindAreTaggedSo() {
        assertThat(StatementShape.of("SELECT 1")).isEqualTo(new StatementShape("select", StatementShape.NONE));
        assertThat(StatementShape.of("CREATE TABLE x (id int)")).isEqualTo(new StatementShape("other", StatementShape.NONE));
        assertThat(StatementShape.of("SAVEPOINT s1")).isEqualTo(new StatementShape("other", StatementShape.NONE));
        assertThat(StatementShape.of("   ")).isEqualTo(new StatementShape("other", StatementShape.NONE));
    }
}
