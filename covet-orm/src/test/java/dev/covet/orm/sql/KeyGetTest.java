package dev.covet.orm.sql;

import dev.covet.orm.DbTest;
import dev.covet.orm.Fixtures;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Article;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.Token;
import dev.covet.orm.models.User;
import dev.covet.orm.testing.CaptureQueries;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code get("pk", key)} on a plain QuerySet runs a statement compiled once per model, dialect and
 * registry generation. Each test checks that the kept statement returns that key's row of that model,
 * sends the SQL the general path sends, and is not used where a QuerySet asks for more.
 */
class KeyGetTest {
    /** Registered by a test to move the registry to a new generation (one per database, as registering twice changes nothing); no table. */
    public static class UnrelatedOnSqlite extends Model {
        @CharField(maxLength = 10) public String label;
    }

    public static class UnrelatedOnPostgresql extends Model {
        @CharField(maxLength = 10) public String label;
    }

    public static class UnrelatedOnMariadb extends Model {
        @CharField(maxLength = 10) public String label;
    }

    @DbTest
    void aKeyReadsItsRowWithTheGeneralPathsSql(TestDb db) {
        List<Product> products = Fixtures.products();
        for (Product p : products) {
            try (CaptureQueries q = CaptureQueries.start()) {
                assertThat(Product.objects.get("pk", p.id).name).isEqualTo(p.name);
                assertThat(Product.objects.get("id", p.id).name).isEqualTo(p.name);
                assertThat(Product.objects.get("id__exact", p.id).name).isEqualTo(p.name);
                // the general path, through a Q: the same statement, the same parameter
                assertThat(Product.objects.get(Q.of("pk", p.id)).name).isEqualTo(p.name);
                List<QueryEvent> events = q.queries();
                assertThat(events).hasSize(4);
                assertThat(events.stream().map(QueryEvent::sql).distinct()).hasSize(1);
                assertThat(events).allSatisfy(e -> assertThat(e.params()).containsExactly(p.id));
            }
        }
        ModelInfo<Product> info = ModelRegistry.info(Product.class);
        assertThat(KeyGets.cached(info, db.database().dialect())).isNotNull();
        assertThatThrownBy(() -> Product.objects.get("pk", 987_654L))
                .isInstanceOf(DoesNotExist.class).hasMessageContaining("pk=987654");
    }

    @DbTest
    void modelsWithTheSameKeysAreKeptApart(TestDb db) {
        List<Product> products = Fixtures.products();
        User ann = Fixtures.user("ann", true, false);
        User bob = Fixtures.user("bob", true, false);
        for (int round = 0; round < 2; round++) {
            assertThat(Product.objects.get("pk", products.get(0).id).name).isEqualTo("Widget");
            assertThat(User.objects.get("pk", ann.id).username).isEqualTo("ann");
            assertThat(Product.objects.get("pk", products.get(1).id).name).isEqualTo("Gadget");
            assertThat(User.objects.get("pk", bob.id).username).isEqualTo("bob");
        }
        Token t = new Token();
        t.label = "uuid key";
        t.save();
        assertThat(Token.objects.get("pk", t.key).label).isEqualTo("uuid key");
        assertThat(Token.objects.get("key", t.key).secret).isEqualTo(t.secret);
    }

    @DbTest
    void aQuerySetThatAsksForMoreTakesTheGeneralPath(TestDb db) {
        List<Product> products = Fixtures.products();
        Product widget = products.get(0);
        Product gadget = products.get(1);
        // its condition still applies
        assertThatThrownBy(() -> Product.objects.filter("name", "Widget").get("pk", gadget.id)).isInstanceOf(DoesNotExist.class);
        assertThat(Product.objects.filter("name", "Widget").get("pk", widget.id).name).isEqualTo("Widget");
        // a manager whose queryset filters: an unpublished article is not found by key
        Article draft = new Article();
        draft.title = "draft";
        draft.slug = "draft";
        draft.save();
        assertThat(Article.objects.get("pk", draft.id).title).isEqualTo("draft");
        assertThatThrownBy(() -> Article.published.get("pk", draft.id)).isInstanceOf(DoesNotExist.class);
        draft.publishedAt = Instant.now().minusSeconds(60);
        draft.save();
        assertThat(Article.published.get("pk", draft.id).title).isEqualTo("draft");
        // deferred fields stay deferred, a timeout still applies, a slice still refuses a filter
        try (CaptureQueries q = CaptureQueries.start()) {
            Product only = Product.objects.only("name").get("pk", widget.id);
            assertThat(only.name).isEqualTo("Widget");
            assertThat(q.sql().getFirst()).doesNotContain("quantity");
        }
        assertThat(Product.objects.all().timeout(Duration.ofSeconds(30)).get("pk", widget.id).name).isEqualTo("Widget");
        assertThatThrownBy(() -> Product.objects.orderBy("name").slice(0, 1).get("pk", widget.id))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("slice");
        // a key of another Java type is converted by the general path, as before
        assertThat(Product.objects.get("pk", widget.id.intValue()).name).isEqualTo("Widget");
        assertThat(Product.objects.get("pk", String.valueOf(widget.id)).name).isEqualTo("Widget");
    }

    @DbTest
    void aNewRegistryGenerationRecompilesTheStatement(TestDb db) {
        List<Product> products = Fixtures.products();
        Product.objects.get("pk", products.get(2).id);
        ModelInfo<Product> info = ModelRegistry.info(Product.class);
        KeyGets.Entry before = KeyGets.cached(info, db.database().dialect());
        assertThat(before.generation()).isEqualTo(ModelRegistry.generation());
        ModelRegistry.register(List.of(db.isSqlite() ? UnrelatedOnSqlite.class : db.isPostgres() ? UnrelatedOnPostgresql.class
                : UnrelatedOnMariadb.class));
        assertThat(ModelRegistry.generation()).isNotEqualTo(before.generation());
        assertThat(Product.objects.get("pk", products.get(3).id).name).isEqualTo("under_score");
        KeyGets.Entry after = KeyGets.cached(info, db.database().dialect());
        assertThat(after).isNotSameAs(before);
        assertThat(after.generation()).isEqualTo(ModelRegistry.generation());
    }
}
