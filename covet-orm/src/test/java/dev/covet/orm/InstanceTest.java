package dev.covet.orm;

import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.models.Color;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.Isbn;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Identity by primary key, {@code toString()} and {@code refreshFromDb()}. */
class InstanceTest {
    private static Product product(String name) {
        Product p = new Product();
        p.name = name;
        p.price = new BigDecimal("9.99");
        p.quantity = 3;
        return p;
    }

    // ---------------------------------------------------------------- equals and hashCode

    @DbTest
    void instancesLoadedSeparatelyAreEqual() {
        Product p = product("Widget");
        p.save();
        Product a = Product.objects.get("pk", p.id);
        Product b = Product.objects.get("name", "Widget");
        assertThat(a).isNotSameAs(b);
        assertThat(a).isEqualTo(b).isEqualTo(p);
        assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo(p.hashCode());
        assertThat(new HashSet<>(Set.of(a)).contains(b)).isTrue();

        // equality is by key alone, whatever the other fields hold
        b.name = "Changed";
        b.quantity = 99;
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @DbTest
    void differentRowsAreNotEqual() {
        Product p = product("One");
        p.save();
        Product q = product("One");
        q.save();
        assertThat(p).isNotEqualTo(q);
        assertThat(Set.of(Product.objects.get("pk", p.id), Product.objects.get("pk", q.id))).hasSize(2);
    }

    @DbTest
    void unsavedInstancesAreEqualOnlyToThemselves() {
        Product a = product("Same");
        Product b = product("Same");
        assertThat(a).isEqualTo(a);
        assertThat(a).isNotEqualTo(b);
        assertThat(a).isNotEqualTo(null);
        assertThat(a.hashCode()).isEqualTo(a.hashCode());
        assertThat(new HashSet<>(Set.of(a, b))).hasSize(2);

        Product saved = product("Same");
        saved.save();
        assertThat(a).isNotEqualTo(saved);
        assertThat(saved).isNotEqualTo(a);
    }

    @DbTest
    void anInstanceEqualsItsRowOnceSaved() {
        Product p = product("Later");
        Product other = product("Later");
        assertThat(p).isNotEqualTo(other);
        p.save();
        assertThat(p).isEqualTo(Product.objects.get("pk", p.id));
    }

    @DbTest
    void sameKeyOfDifferentModelsIsNotEqual() {
        Product p = product("Widget");
        p.save();
        Everything e = new Everything();
        e.id = p.id;
        assertThat(e.pk()).isEqualTo(p.pk());
        assertThat((Object) e).isNotEqualTo(p);
        assertThat((Object) p).isNotEqualTo(e);
    }

    @DbTest
    void naturalKeysCompareByValue() {
        Isbn a = new Isbn();
        a.isbn = "9780441013593";
        a.title = "Dune";
        a.save();
        Isbn loaded = Isbn.objects.get("pk", "9780441013593");
        assertThat(loaded).isEqualTo(a);
        assertThat(loaded.hashCode()).isEqualTo(a.hashCode());
    }

    // ---------------------------------------------------------------- toString

    @DbTest
    void toStringNamesTheModelAndKey() {
        Product p = product("Widget");
        p.save();
        String s = Product.objects.get("pk", p.id).toString();
        assertThat(s).startsWith("Product(").contains("id=" + p.id).contains("name=Widget");

        Isbn i = new Isbn();
        i.isbn = "9780441013593";
        i.title = "Dune";
        assertThat(i.toString()).isEqualTo("Isbn(isbn=9780441013593, title=Dune)");
    }

    @DbTest
    void toStringOfAnUnsavedInstanceAndOfLongValues() {
        Everything e = new Everything();
        e.text = "t".repeat(100);
        e.name = "short";
        String s = e.toString();
        assertThat(s).startsWith("Everything(").contains("id=null").contains("name=short").endsWith(", ...)");
        assertThat(s).doesNotContain("t".repeat(41)).contains("t".repeat(37) + "...");
    }

    // ---------------------------------------------------------------- refreshFromDb

    @DbTest
    void refreshFromDbReloadsEveryField() {
        Product p = product("Widget");
        p.rating = 2;
        p.save();
        Product.objects.filter("pk", p.id).update(Map.of("name", "Renamed", "quantity", 40, "rating", 5, "color", Color.BLUE));
        p.condition = "used";  // an unsaved local change is overwritten too
        p.refreshFromDb();
        assertThat(p.name).isEqualTo("Renamed");
        assertThat(p.quantity).isEqualTo(40);
        assertThat(p.rating).isEqualTo(5);
        assertThat(p.color).isEqualTo(Color.BLUE);
        assertThat(p.condition).isEqualTo("new");
        assertThat(p.price).isEqualTo(new BigDecimal("9.99"));
        assertThat(p.toDict()).isEqualTo(Product.objects.get("pk", p.id).toDict());
    }

    @DbTest
    void refreshFromDbOfSomeFieldsKeepsTheOthers() {
        Product p = product("Widget");
        p.save();
        Product.objects.filter("pk", p.id).update(Map.of("name", "Renamed", "quantity", 40, "minQuantity", 1));
        p.name = "Local name";
        p.price = new BigDecimal("1.00");
        p.refreshFromDb("quantity", "minQuantity");
        assertThat(p.quantity).isEqualTo(40);
        assertThat(p.minQuantity).isEqualTo(1);
        assertThat(p.name).isEqualTo("Local name");
        assertThat(p.price).isEqualTo(new BigDecimal("1.00"));

        // saving now writes the local changes and keeps the refreshed values
        p.save();
        Product fresh = Product.objects.get("pk", p.id);
        assertThat(fresh.name).isEqualTo("Local name");
        assertThat(fresh.quantity).isEqualTo(40);
        assertThat(fresh.price).isEqualTo(new BigDecimal("1.00"));
    }

    @DbTest
    void refreshFromDbCanSetAFieldBackToNull() {
        Product p = product("Widget");
        p.rating = 3;
        p.save();
        Product.objects.filter("pk", p.id).update("rating", null);
        p.refreshFromDb("rating");
        assertThat(p.rating).isNull();
    }

    @DbTest
    void refreshFromDbPicksUpAutomaticTimestamps() throws InterruptedException {
        User u = new User();
        u.username = "ann";
        u.email = "ann@example.com";
        u.save();
        Instant before = u.updatedAt;
        Thread.sleep(5);
        User other = User.objects.get("pk", u.id);
        other.firstName = "Ann";
        other.save();
        u.refreshFromDb();
        assertThat(u.firstName).isEqualTo("Ann");
        assertThat(u.updatedAt).isAfter(before).isEqualTo(other.updatedAt);
        assertThat(u.createdAt).isEqualTo(other.createdAt);
    }

    @DbTest
    void refreshFromDbLoadsDeferredFields() {
        Product p = product("Widget");
        p.rating = 4;
        p.save();
        Product partial = Product.objects.only("name").get("pk", p.id);
        partial.refreshFromDb();
        assertThat(partial.name).isEqualTo("Widget");
        partial.refreshFromDb("rating", "price");
        assertThat(partial.rating).isEqualTo(4);
        assertThat(partial.price).isEqualTo(new BigDecimal("9.99"));
        assertThat(partial.toDict()).isEqualTo(p.toDict());
    }

    @DbTest
    void refreshFromDbOfADeletedRowIsDoesNotExist() {
        Product p = product("Gone");
        p.save();
        Product.objects.filter("pk", p.id).delete();
        assertThatThrownBy(p::refreshFromDb).isInstanceOf(DoesNotExist.class);
    }

    @DbTest
    void refreshFromDbNeedsAKeyAndKnownFields() {
        Product unsaved = product("New");
        assertThatThrownBy(unsaved::refreshFromDb).isInstanceOf(IllegalStateException.class);
        Product p = product("Widget");
        p.save();
        assertThatThrownBy(() -> p.refreshFromDb("nope"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("'nope'");
        assertThat(p.name).isEqualTo("Widget");
    }
}
