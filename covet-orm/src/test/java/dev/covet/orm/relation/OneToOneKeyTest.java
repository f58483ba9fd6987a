package dev.covet.orm.relation;

import dev.covet.orm.DbTest;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Diner;
import dev.covet.orm.models.Server;
import dev.covet.orm.models.Venue;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Django's "One-to-one relationships" topic, where the one-to-one is the primary key
 * ({@code Restaurant.place = OneToOneField(Place, primary_key=True)}): lookups with instances work
 * in both directions and through a foreign key to the model whose key it is.
 */
class OneToOneKeyTest {
    private Venue p1;
    private Venue p2;
    private Diner r;
    private Diner r2;

    private void example() {
        p1 = Venue.objects.create(Map.of("name", "Demon Dogs", "address", "944 W. Fullerton"));
        p2 = Venue.objects.create(Map.of("name", "Ace Hardware", "address", "1013 N. Ashland"));
        Venue p3 = Venue.objects.create(Map.of("name", "Fish Fry", "address", "1 Main St"));
        r = Diner.objects.create(Map.of("venue", p1, "servesHotDogs", true, "servesPizza", false));
        r2 = Diner.objects.create(Map.of("venue", p3, "servesHotDogs", false, "servesPizza", true));
        Server.objects.create(Map.of("diner", r, "name", "Joe"));
        Server.objects.create(Map.of("diner", r2, "name", "Ann"));
    }

    private static List<String> servers(QuerySet<Server> qs) {
        return qs.orderBy("name").valuesList(String.class, "name").list();
    }

    @DbTest
    void forwardLookupsWithAnInstanceOrAKey() {
        example();
        assertThat(Diner.objects.get("venue", p1)).isEqualTo(r);
        assertThat(Diner.objects.get("venue__pk", p1.id)).isEqualTo(r);
        assertThat(Diner.objects.get("pk", p1.id)).isEqualTo(r);
        assertThat(Diner.objects.filter("venue__name__startswith", "Demon").list()).containsExactly(r);
        assertThat(Diner.objects.filter("venue__in", List.of(p1, p2)).list()).containsExactly(r);
        assertThat(Diner.objects.filter("venue", p2).exists()).isFalse();
        assertThat(Diner.objects.exclude("venue", p1).list()).containsExactly(r2);
    }

    @DbTest
    void reverseLookupsWithAnInstance() {
        example();
        assertThat(Venue.objects.get("diner", r)).isEqualTo(p1);
        assertThat(Venue.objects.get("diner__venue", p1)).isEqualTo(p1);
        assertThat(Venue.objects.get("diner__venue__name__startswith", "Demon")).isEqualTo(p1);
        assertThat(Venue.objects.filter("diner__in", List.of(r)).list()).containsExactly(p1);
        assertThat(Venue.objects.filter("diner__isnull", true).orderBy("name").valuesList(String.class, "name").list())
                .containsExactly("Ace Hardware");
    }

    @DbTest
    void lookupsThroughAForeignKeyToTheOneToOneModel() {
        example();
        assertThat(servers(Server.objects.filter("diner__venue", p1))).containsExactly("Joe");
        assertThat(servers(Server.objects.filter("diner", r))).containsExactly("Joe");
        assertThat(servers(Server.objects.filter("diner__pk", p1.id))).containsExactly("Joe");
        assertThat(servers(Server.objects.filter("diner__venue", p2))).isEmpty();
        assertThat(servers(Server.objects.exclude("diner__venue", p1))).containsExactly("Ann");
        assertThat(servers(Server.objects.filter("diner__venue__in", List.of(p1, p2)))).containsExactly("Joe");
    }

    @DbTest
    void theParentLinkOfAMultiTableChildTakesInstancesToo() {
        dev.covet.orm.models.Restaurant luigi = dev.covet.orm.models.Restaurant.objects.create(Map.of("name", "Luigi's", "servesPizza", true));
        dev.covet.orm.models.Restaurant.objects.create(Map.of("name", "Other", "servesPizza", false));
        dev.covet.orm.models.Place place = dev.covet.orm.models.Place.objects.get("name", "Luigi's");
        dev.covet.orm.models.Waiter.objects.create(Map.of("name", "w", "restaurant", luigi));
        assertThat(dev.covet.orm.models.Waiter.objects.filter("restaurant__placePtr", place).valuesList(String.class, "name").list())
                .containsExactly("w");
        assertThat(dev.covet.orm.models.Place.objects.filter("restaurant", luigi).list()).containsExactly(place);
        assertThat(dev.covet.orm.models.Restaurant.objects.filter("placePtr", place).list()).containsExactly(luigi);
    }

    @DbTest
    void deletingTheOneToOneKeyedRowClearsItsKey() {
        example();
        r.delete();
        assertThat(r.venue.<Long>id()).isNull();
        assertThat(Server.objects.filter("name", "Joe").exists()).isFalse();
        assertThat(Venue.objects.count()).isEqualTo(3);
    }

    @DbTest
    void anUnsavedInstanceIsRefused() {
        example();
        Venue unsaved = new Venue();
        unsaved.name = "nowhere";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Server.objects.filter("diner__venue", unsaved).list())
                .isInstanceOf(ValidationError.class).hasMessageContaining("not saved");
    }
}
