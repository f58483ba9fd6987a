package dev.covet.orm.db;

import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.models.Counter;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Django's transaction documentation: {@code atomic(savepoint=False)}, {@code set_rollback()} and
 * explicit savepoints ({@code savepoint()}, {@code savepoint_commit()}, {@code savepoint_rollback()},
 * spelled {@code Covet.begin()} / {@code commit()} / {@code rollback()} inside a transaction).
 */
class AtomicOptionsTest {
    private static void counter(String name) {
        Counter c = new Counter();
        c.name = name;
        c.save();
    }

    private static List<String> names() {
        return Counter.objects.orderBy("name").valuesList(String.class, "name").list();
    }

    @DbTest
    void aBlockWithoutSavepointCommitsWithItsTransaction() {
        List<String> hooks = new ArrayList<>();
        Covet.atomic(() -> {
            counter("outer");
            Covet.atomic(false, () -> {
                counter("inner");
                Covet.onCommit(() -> hooks.add("inner"));
            });
        });
        assertThat(names()).containsExactly("inner", "outer");
        assertThat(hooks).containsExactly("inner");
    }

    @DbTest
    void aFailedBlockWithoutSavepointDoomsTheEnclosingBlock() {
        List<String> hooks = new ArrayList<>();
        Covet.atomic(() -> {
            counter("kept-before");
        });
        Covet.atomic(() -> {
            counter("outer");
            Covet.onCommit(() -> hooks.add("outer"));
            assertThatThrownBy(() -> Covet.atomic(false, () -> {
                counter("inner");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(Covet.getRollback()).isTrue();
            // Django refuses queries until the block that can roll back ends
            assertThatThrownBy(() -> Counter.objects.count()).isInstanceOf(TransactionManagementError.class)
                    .hasMessageContaining("You can't execute queries until the end of the 'atomic' block");
        });
        assertThat(names()).containsExactly("kept-before");
        assertThat(hooks).isEmpty();
    }

    @DbTest
    void aSavepointAroundABlockWithoutOneTakesTheRollback() {
        Covet.atomic(() -> {
            counter("outer");
            assertThatThrownBy(() -> Covet.atomic(() -> {
                counter("middle");
                Covet.atomic(false, () -> {
                    counter("inner");
                    throw new IllegalStateException("boom");
                });
            })).hasMessage("boom");
            assertThat(Covet.getRollback()).isFalse();
            counter("after");
        });
        assertThat(names()).containsExactly("after", "outer");
    }

    @DbTest
    void setRollbackRollsBackTheInnermostBlockWithoutAnException() {
        Covet.atomic(() -> {
            counter("outer");
            Covet.atomic(() -> {
                counter("inner");
                Covet.setRollback(true);
            });
            assertThat(Covet.getRollback()).isFalse();
            counter("after");
        });
        assertThat(names()).containsExactly("after", "outer");

        List<String> hooks = new ArrayList<>();
        Covet.atomic(() -> {
            counter("doomed");
            Covet.onCommit(() -> hooks.add("doomed"));
            Covet.setRollback(true);
        });
        assertThat(names()).containsExactly("after", "outer");
        assertThat(hooks).isEmpty();

        Covet.atomic(() -> {
            counter("changed-mind");
            Covet.setRollback(true);
            Covet.setRollback(false);
        });
        assertThat(names()).containsExactly("after", "changed-mind", "outer");

        assertThatThrownBy(() -> Covet.setRollback(true)).isInstanceOf(TransactionManagementError.class)
                .hasMessageContaining("outside of an 'atomic' block");
    }

    @DbTest
    void explicitSavepointsCommitOrRollBackTheirPart() {
        Covet.atomic(() -> {
            counter("a");
            Transaction sid = Covet.begin();          // savepoint()
            counter("b");
            sid.rollback();                           // savepoint_rollback(sid)
            Transaction kept = Covet.begin();
            counter("c");
            kept.commit();                            // savepoint_commit(sid)
        });
        assertThat(names()).containsExactly("a", "c");
    }
}
