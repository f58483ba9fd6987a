package dev.covet.orm;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.exception.MultipleObjectsReturned;
import dev.covet.orm.exception.NotNullViolation;
import dev.covet.orm.exception.ProgrammingError;
import dev.covet.orm.exception.TransactionManagementError;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.db.Transaction;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.User;
import dev.covet.orm.sql.Sql;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Constraint violations become typed IntegrityErrors, and leave the connection and transaction usable. */
class IntegrityTest {
    private static User user(String name, String email) {
        User u = new User();
        u.username = name;
        u.email = email;
        return u;
    }

    @DbTest
    void duplicateUniqueValueIsAUniqueViolation() {
        user("alice", "a@example.com").save();
        User again = user("alice", "other@example.com");
        assertThatThrownBy(() -> again.save(SaveOptions.skipValidation()))
                .isInstanceOf(UniqueViolation.class)
                .isInstanceOf(IntegrityError.class)
                .hasMessageContaining("INSERT");
        assertThat(User.objects.count()).isEqualTo(1);
        user("bob", "b@example.com").save();
        assertThat(User.objects.count()).isEqualTo(2);
    }

    @DbTest
    void missingRequiredValueIsANotNullViolation() {
        User u = user("nomail", null);
        assertThatThrownBy(() -> u.save(SaveOptions.skipValidation())).isInstanceOf(NotNullViolation.class);
        assertThat(User.objects.count()).isZero();
    }

    @DbTest
    void aFailedStatementLeavesTheEnclosingTransactionUsable() {
        Covet.atomic(() -> {
            user("first", "1@example.com").save();
            assertThatThrownBy(() -> user("first", "dup@example.com").save(SaveOptions.skipValidation()))
                    .isInstanceOf(UniqueViolation.class);
            user("second", "2@example.com").save();
        });
        assertThat(User.objects.orderBy("username").valuesList(String.class, "username").list()).containsExactly("first", "second");
    }

    @DbTest
    void anErrorThatLeavesAtomicRollsBackEverythingInIt() {
        assertThatThrownBy(() -> Covet.atomic(() -> {
            user("gone", "g@example.com").save();
            user("gone", "g2@example.com").save(SaveOptions.skipValidation());
        })).isInstanceOf(UniqueViolation.class);
        assertThat(User.objects.count()).isZero();
    }

    @DbTest
    void nestedAtomicRollsBackOnlyTheInnerBlock() {
        Covet.atomic(() -> {
            user("outer", "o@example.com").save();
            try {
                Covet.atomic(() -> {
                    user("inner", "i@example.com").save();
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the inner block's row is rolled back; the outer one stays
            }
        });
        assertThat(User.objects.valuesList(String.class, "username").list()).containsExactly("outer");
    }

    @DbTest
    void commitHooksRunAfterTheOutermostCommitOnly() {
        StringBuilder log = new StringBuilder();
        Covet.atomic(() -> {
            Covet.onCommit(() -> log.append("outer;"));
            Covet.atomic(() -> Covet.onCommit(() -> log.append("inner;")));
            try {
                Covet.atomic(() -> {
                    Covet.onCommit(() -> log.append("dropped;"));
                    throw new IllegalStateException();
                });
            } catch (IllegalStateException expected) {
                // its hook is dropped with it
            }
            assertThat(log).isEmpty();
        });
        assertThat(log.toString()).isEqualTo("outer;inner;");
    }

    @DbTest
    void anExplicitTransactionRollsBackUnlessCommitted() {
        try (Transaction tx = Covet.begin()) {
            Counter.objects.create(Map.of("name", "rolled-back"));
            assertThat(tx.isActive()).isTrue();
        }
        assertThat(Counter.objects.count()).isZero();
        try (Transaction tx = Covet.begin()) {
            Counter.objects.create(Map.of("name", "kept"));
            tx.commit();
            assertThatThrownBy(tx::commit).isInstanceOf(TransactionManagementError.class);
        }
        assertThat(Counter.objects.count()).isEqualTo(1);
    }

    @DbTest
    void asyncCallsInsideATransactionAreRefused() {
        Covet.atomic(() -> assertThatThrownBy(() -> Counter.objects.countAsync())
                .isInstanceOf(TransactionManagementError.class)
                .hasMessageContaining("inside a transaction"));
    }

    @DbTest
    void rawErrorsAreTranslated(TestDb db) {
        assertThatThrownBy(() -> Covet.database().update(Sql.of("SELECT * FROM no_such_table")))
                .isInstanceOf(ProgrammingError.class)
                .hasMessageContaining("no_such_table");
        assertThat(Counter.objects.count()).isZero();
    }

    @DbTest
    void doesNotExistAndMultipleObjectsReturnedNameTheModelAndLookup() {
        assertThatThrownBy(() -> User.objects.get("username", "ghost"))
                .isInstanceOf(DoesNotExist.class)
                .hasMessage("User matching query does not exist: username=ghost")
                .satisfies(e -> assertThat(((DoesNotExist) e).model()).isEqualTo(User.class));
        user("u1", "u1@example.com").save();
        user("u2", "u2@example.com").save();
        assertThatThrownBy(() -> User.objects.get("isActive", true))
                .isInstanceOf(MultipleObjectsReturned.class)
                .hasMessageContaining("get() returned more than one User -- it returned 2!")
                .hasMessageContaining("isActive=true");
    }
}
