package dev.covet.orm;

import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.Proxy;
import dev.covet.orm.models.Adult;
import dev.covet.orm.models.Car;
import dev.covet.orm.models.Human;
import dev.covet.orm.models.ItalianRestaurant;
import dev.covet.orm.models.Motorcycle;
import dev.covet.orm.models.Place;
import dev.covet.orm.models.Restaurant;
import dev.covet.orm.models.SportsCar;
import dev.covet.orm.models.Vehicle;
import dev.covet.orm.models.Waiter;
import dev.covet.orm.query.Count;
import dev.covet.orm.relation.RelatedManager;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.testing.CaptureQueries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proxy models, single-table inheritance and multi-table inheritance. */
class InheritanceTest {
    private static long rows(String table) {
        return Covet.database().query(Sql.of("SELECT COUNT(*) FROM " + Covet.database().dialect().quote(table)), rs -> rs.getLong(1)).getFirst();
    }

    private static String q(String identifier) {
        return Covet.database().dialect().quote(identifier);
    }

    private static String raw(String sql) {
        return Covet.database().query(Sql.of(sql), rs -> rs.getString(1)).getFirst();
    }

    private static String ddl(Class<? extends Model> type) {
        List<String> statements = new SchemaEditor(Covet.database()).createStatements(List.of(ModelRegistry.info(type)));
        return String.join("\n", statements);
    }

    // ---------------------------------------------------------------- proxy models

    @DbTest
    void aProxySharesItsBaseTableWithItsOwnManagerOrderingAndMethods() {
        assertThat(ModelRegistry.info(Adult.class).table()).isEqualTo("human");
        assertThat(Covet.database().tableNames()).contains("human").doesNotContain("adult");
        assertThat(ddl(Adult.class)).isEmpty();

        Human.objects.create(Map.of("name", "kid", "age", 9));
        Adult.objects.create(Map.of("name", "ann", "age", 40));
        Human.objects.create(Map.of("name", "bob", "age", 20));
        assertThat(rows("human")).isEqualTo(3);

        // the proxy's manager filters, its ordering applies, its instances are proxies with their methods
        List<Adult> adults = Adult.objects.all().list();
        assertThat(adults).extracting(a -> a.name).containsExactly("ann", "bob");
        assertThat(adults).allSatisfy(a -> assertThat(a).isExactlyInstanceOf(Adult.class));
        assertThat(adults.getFirst().canVote()).isTrue();
        assertThat(Human.objects.all().list()).allSatisfy(h -> assertThat(h).isExactlyInstanceOf(Human.class)).hasSize(3);

        // the same row is equal whichever class loaded it
        Human bob = Human.objects.get("name", "bob");
        Adult bobAsAdult = Adult.objects.get("name", "bob");
        assertThat(bobAsAdult).isEqualTo(bob).hasSameHashCodeAs(bob);

        bobAsAdult.age = 21;
        bobAsAdult.save();
        assertThat(Human.objects.get("name", "bob").age).isEqualTo(21);
        bobAsAdult.delete();
        assertThat(rows("human")).isEqualTo(2);
        assertThat(Adult.objects.update("age", 50)).isEqualTo(1);
        assertThat(Human.objects.get("name", "kid").age).isEqualTo(9);
    }

    // ---------------------------------------------------------------- single-table inheritance

    @DbTest
    void aSingleTableHierarchyLivesInOneTableToldApartByItsDiscriminator() {
        assertThat(Covet.database().tableNames()).contains("vehicle").doesNotContain("car", "sports_car", "motorcycle");
        String table = ddl(Vehicle.class);
        assertThat(table).contains(q("kind"), q("num_doors"), q("top_speed"), q("has_sidecar"));
        assertThat(ddl(Car.class)).isEmpty();

        Vehicle.objects.create(Map.of("name", "cart"));
        Car.objects.create(Map.of("name", "golf", "numDoors", 3));
        SportsCar.objects.create(Map.of("name", "zonda", "numDoors", 2, "topSpeed", 350));
        Motorcycle.objects.create(Map.of("name", "ural", "hasSidecar", true));
        assertThat(rows("vehicle")).isEqualTo(4);
        assertThat(raw("SELECT kind FROM vehicle WHERE name = 'golf'")).isEqualTo("car");
        assertThat(raw("SELECT kind FROM vehicle WHERE name = 'zonda'")).isEqualTo("SportsCar");
        assertThat(raw("SELECT kind FROM vehicle WHERE name = 'cart'")).isEqualTo("vehicle");

        // the base's query gives each row as its own class, with that class's fields and methods
        List<Vehicle> all = Vehicle.objects.all().list();
        assertThat(all).extracting(v -> v.getClass().getSimpleName()).containsExactly("Vehicle", "Car", "Motorcycle", "SportsCar");
        assertThat(all).extracting(Vehicle::wheels).containsExactly(0, 4, 3, 4);
        assertThat(((SportsCar) all.get(3)).topSpeed).isEqualTo(350);
        assertThat(((Car) all.get(1)).numDoors).isEqualTo(3);

        // a subclass's query sees its own rows and its subclasses'
        assertThat(Car.objects.all().list()).extracting(c -> c.name).containsExactly("golf", "zonda");
        assertThat(Car.objects.count()).isEqualTo(2);
        assertThat(SportsCar.objects.count()).isEqualTo(1);
        assertThat(Motorcycle.objects.filter("hasSidecar", true).count()).isEqualTo(1);
        assertThat(Car.objects.filter("numDoors__lt", 3).values("name", "kind").list())
                .containsExactly(Map.of("name", "zonda", "kind", "SportsCar"));
        assertThat(Vehicle.objects.filter("kind", "car").count()).isEqualTo(1);
        assertThatThrownBy(() -> Motorcycle.objects.get("name", "golf")).isInstanceOf(DoesNotExist.class);
    }

    @DbTest
    void singleTableWritesStayWithinTheirClass() {
        Car golf = Car.objects.create(Map.of("name", "golf", "numDoors", 3));
        Motorcycle ural = Motorcycle.objects.create(Map.of("name", "ural", "hasSidecar", true));

        // an update or delete through a subclass touches only its rows
        assertThat(Car.objects.update("name", "renamed")).isEqualTo(1);
        assertThat(Motorcycle.objects.get("pk", ural.id).name).isEqualTo("ural");
        Car loaded = (Car) Vehicle.objects.get("pk", golf.id);
        loaded.numDoors = 5;
        loaded.save();
        assertThat(raw("SELECT num_doors FROM vehicle WHERE id = " + golf.id)).isEqualTo("5");
        assertThat(raw("SELECT kind FROM vehicle WHERE id = " + golf.id)).isEqualTo("car");

        assertThat(Car.objects.all().delete().total()).isEqualTo(1);
        assertThat(Vehicle.objects.all().list()).containsExactly(ural);
        // the same row is equal as a Vehicle or as a Motorcycle
        assertThat(Vehicle.objects.get("pk", ural.id)).isEqualTo(ural);
    }

    // ---------------------------------------------------------------- multi-table inheritance

    @DbTest
    void aMultiTableSaveIsAllOrNothing(TestDb db) {
        // make the child table refuse a row the parent table takes
        List<String> refuse = switch (db.name()) {
            case "sqlite" -> List.of("CREATE TRIGGER no_pizza BEFORE INSERT ON restaurant WHEN NEW.serves_pizza "
                    + "BEGIN SELECT RAISE(ABORT, 'no pizza'); END");
            default -> List.of("ALTER TABLE restaurant ADD CONSTRAINT no_pizza CHECK (serves_pizza = false)");
        };
        List<String> allow = switch (db.name()) {
            case "sqlite" -> List.of("DROP TRIGGER no_pizza");
            default -> List.of("ALTER TABLE restaurant DROP CONSTRAINT no_pizza");
        };
        Covet.database().execute(refuse);
        try {
            Restaurant r = new Restaurant();
            r.name = "luigi's";
            r.servesPizza = true;
            assertThatThrownBy(r::save).isInstanceOf(DatabaseError.class);
            assertThat(Place.objects.count()).as("the place row went with the restaurant row").isZero();
            assertThat(r.id).as("no key of a rolled-back row").isNull();
            r.servesPizza = false;
            r.save();
            assertThat(Restaurant.objects.get("name", "luigi's").id).isEqualTo(r.id);
        } finally {
            Covet.database().execute(allow);
        }
    }

    @DbTest
    void aMultiTableChildHasItsOwnTableJoinedToItsParentsByAKey() {
        assertThat(Covet.database().tableNames()).contains("place", "restaurant", "italian_restaurant");
        ModelInfo<Restaurant> info = ModelRegistry.info(Restaurant.class);
        assertThat(info.pk().name()).isEqualTo("placePtr");
        assertThat(info.pk().column()).isEqualTo("place_ptr_id");
        assertThat(info.fields()).extracting(FieldInfo::name)
                .containsExactly("id", "name", "address", "placePtr", "servesPizza", "rating");
        String restaurant = ddl(Restaurant.class);
        assertThat(restaurant).contains(q("place_ptr_id"), q("serves_pizza"), "REFERENCES " + q("place")).doesNotContain(q("name"));

        Restaurant r;
        try (CaptureQueries q = CaptureQueries.start()) {
            r = Restaurant.objects.create(Map.of("name", "Luigi's", "address", "1 Main St", "servesPizza", true));
            // one INSERT per table, the parent's first: it makes the key
            assertThat(q.sql()).hasSize(2);
            assertThat(q.sql().get(0)).contains("INSERT INTO " + q("place")).doesNotContain("serves_pizza");
            assertThat(q.sql().get(1)).contains("INSERT INTO " + q("restaurant")).contains("place_ptr_id").doesNotContain("address");
        }
        assertThat(r.id).isNotNull();
        assertThat(raw("SELECT place_ptr_id FROM restaurant")).isEqualTo(String.valueOf(r.id));
        assertThat(raw("SELECT name FROM place WHERE id = " + r.id)).isEqualTo("Luigi's");

        ItalianRestaurant italian = ItalianRestaurant.objects.create(Map.of("name", "Nonna", "servesPizza", false, "servesGnocchi", true));
        Place.objects.create(Map.of("name", "Park"));
        assertThat(rows("place")).isEqualTo(3);
        assertThat(rows("restaurant")).isEqualTo(2);
        assertThat(rows("italian_restaurant")).isEqualTo(1);

        // the parent's query gives parents; a child's query joins its parents' tables for their fields
        assertThat(Place.objects.all().list()).extracting(p -> p.name).containsExactly("Luigi's", "Nonna", "Park");
        assertThat(Place.objects.all().list()).allSatisfy(p -> assertThat(p).isExactlyInstanceOf(Place.class));
        Restaurant loaded = Restaurant.objects.get("name", "Luigi's");
        assertThat(loaded.address).isEqualTo("1 Main St");
        assertThat(loaded.servesPizza).isTrue();
        assertThat(loaded.id).isEqualTo(r.id);
        ItalianRestaurant nonna = ItalianRestaurant.objects.get("name", "Nonna");
        assertThat(nonna.servesGnocchi).isTrue();
        assertThat(nonna.servesPizza).isFalse();
        assertThat(nonna).isEqualTo(italian);
        List<Map<String, Object>> values = Restaurant.objects.filter("servesPizza", false).values("name", "rating").list();
        assertThat(values).hasSize(1);
        assertThat(values.getFirst()).containsEntry("name", "Nonna").containsEntry("rating", null);
        assertThat(Restaurant.objects.filter("name__startswith", "L").orderBy("-address").list()).containsExactly(loaded);

        // the parent reaches its child through the reverse one-to-one the parent link makes
        Place luigis = Place.objects.get("name", "Luigi's");
        Restaurant child = luigis.get("restaurant");
        assertThat(child).isEqualTo(r);
        assertThat(Place.objects.filter("restaurant__servesPizza", true).list()).containsExactly(luigis);
        // as in Django, a place that is no restaurant has none to give
        Place park = Place.objects.get("name", "Park");
        assertThatThrownBy(() -> park.get("restaurant")).isInstanceOf(DoesNotExist.class);
    }

    @DbTest
    void savingAMultiTableChildUpdatesEachTableThatHoldsAChangedField() {
        Restaurant r = Restaurant.objects.create(Map.of("name", "Luigi's", "servesPizza", true));
        r.name = "Mario's";
        r.rating = 4;
        try (CaptureQueries q = CaptureQueries.start()) {
            r.save();
            assertThat(q.sql()).hasSize(2);
            assertThat(q.sql().get(0)).startsWith("UPDATE " + q("place"));
            assertThat(q.sql().get(1)).startsWith("UPDATE " + q("restaurant"));
        }
        assertThat(raw("SELECT name FROM place WHERE id = " + r.id)).isEqualTo("Mario's");
        assertThat(raw("SELECT rating FROM restaurant WHERE place_ptr_id = " + r.id)).isEqualTo("4");

        r.rating = 5;
        r.name = "not saved";
        try (CaptureQueries q = CaptureQueries.start()) {
            r.save(SaveOptions.updateFields("rating"));
            assertThat(q.sql()).singleElement().asString().startsWith("UPDATE " + q("restaurant"));
        }
        assertThat(Restaurant.objects.get("pk", r.id).name).isEqualTo("Mario's");
        assertThat(Restaurant.objects.get("pk", r.id).rating).isEqualTo(5);
        assertThat(rows("place")).isEqualTo(1);
    }

    @DbTest
    void aQuerySetUpdateOfAMultiTableChildSetsEachTablesFieldsForTheMatchingRows() {
        Restaurant.objects.create(Map.of("name", "a", "servesPizza", true));
        Restaurant.objects.create(Map.of("name", "b", "servesPizza", true));
        Restaurant.objects.create(Map.of("name", "c", "servesPizza", false));
        Place.objects.create(Map.of("name", "park"));

        assertThat(Restaurant.objects.filter("servesPizza", true).update(Map.of("address", "pizza row", "rating", 3))).isEqualTo(2);
        assertThat(Place.objects.filter("address", "pizza row").valuesList(String.class, "name").list()).containsExactly("a", "b");
        assertThat(Restaurant.objects.filter("rating", 3).count()).isEqualTo(2);
        assertThat(Place.objects.get("name", "park").address).isEmpty();
        // a filter on an inherited field, and F() on the table that holds it
        assertThat(Restaurant.objects.filter("name", "c").update(Map.of("name", F.of("address")))).isEqualTo(1);
        assertThat(Restaurant.objects.filter("servesPizza", false).get().name).isEmpty();
        assertThat(Restaurant.objects.filter("name", "a").update("rating", F.of("rating").plus(1))).isEqualTo(1);
        assertThat(Restaurant.objects.get("name", "a").rating).isEqualTo(4);
    }

    @DbTest
    void deletingAChildDeletesItsParentRowsAndDeletingAParentDeletesItsChildren() {
        Restaurant r = Restaurant.objects.create(Map.of("name", "Luigi's", "servesPizza", true));
        ItalianRestaurant i = ItalianRestaurant.objects.create(Map.of("name", "Nonna", "servesPizza", false, "servesGnocchi", true));
        Place park = Place.objects.create(Map.of("name", "Park"));
        Waiter w = Waiter.objects.create(Map.of("name", "w", "restaurant", r));
        Waiter wi = Waiter.objects.create(Map.of("name", "wi", "restaurant", i));
        w.haunts.add(park, i);

        DeleteResult deleted = i.delete();
        assertThat(deleted.perModel()).containsEntry("ItalianRestaurant", 1L).containsEntry("Restaurant", 1L)
                .containsEntry("Place", 1L).containsEntry("Waiter", 1L).containsEntry("Waiter_haunts", 1L);
        assertThat(i.id).isNull();
        assertThat(rows("italian_restaurant")).isZero();
        assertThat(rows("restaurant")).isEqualTo(1);
        assertThat(rows("place")).isEqualTo(2);
        assertThat(Waiter.objects.all().list()).containsExactly(w);
        assertThat(wi.id).isNotNull();

        // a parent's delete reaches its child through the parent link, and the child's dependants
        Place.objects.filter("name", "Luigi's").delete();
        assertThat(rows("restaurant")).isZero();
        assertThat(rows("place")).isEqualTo(1);
        assertThat(Waiter.objects.count()).isZero();
        assertThat(rows("waiter_haunts")).isZero();
    }

    @DbTest
    void relationsToAndFromMultiTableModelsJoinThroughTheParentLink() {
        Restaurant r = Restaurant.objects.create(Map.of("name", "Luigi's", "servesPizza", true));
        Place park = Place.objects.create(Map.of("name", "Park"));
        Waiter w = Waiter.objects.create(Map.of("name", "w", "restaurant", r));
        w.haunts.add(park, r);

        assertThat(Waiter.objects.filter("restaurant__name", "Luigi's").list()).containsExactly(w);
        Waiter withRestaurant = CaptureQueries.assertNumQueries(1, () -> Waiter.objects.selectRelated("restaurant").get("pk", w.id));
        CaptureQueries.assertNumQueries(0, () -> assertThat(withRestaurant.restaurant.get().name).isEqualTo("Luigi's"));
        assertThat(r.<RelatedManager<Waiter>>get("waiters").all().list()).containsExactly(w);
        // a relation to the parent reaches the child's rows too
        assertThat(Restaurant.objects.filter("regulars__name", "w").list()).containsExactly(r);
        assertThat(Place.objects.filter("regulars__name", "w").count()).isEqualTo(2);
        List<Restaurant> prefetched = Restaurant.objects.prefetchRelated("waiters").list();
        CaptureQueries.assertNumQueries(0, () -> assertThat(prefetched.getFirst().<RelatedManager<Waiter>>get("waiters").all().list()).containsExactly(w));
        assertThat(Restaurant.objects.annotate("staff", Count.of("waiters")).get().<Long>get("staff")).isEqualTo(1L);
    }

    @DbTest
    void bulkWritesOfMultiTableChildren() {
        Restaurant a = Restaurant.objects.create(Map.of("name", "a", "servesPizza", true));
        Restaurant b = Restaurant.objects.create(Map.of("name", "b", "servesPizza", true));
        a.name = "a2";
        a.rating = 1;
        b.name = "b2";
        b.rating = 2;
        assertThat(Restaurant.objects.bulkUpdate(List.of(a, b), List.of("name", "rating"))).isEqualTo(2);
        assertThat(Place.objects.all().valuesList(String.class, "name").list()).containsExactly("a2", "b2");
        assertThat(Restaurant.objects.orderBy("rating").valuesList(Integer.class, "rating").list()).containsExactly(1, 2);

        Restaurant c = new Restaurant();
        c.name = "c";
        assertThatThrownBy(() -> Restaurant.objects.bulkCreate(List.of(c)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multi-table");
        assertThat(rows("place")).isEqualTo(2);
    }

    // ---------------------------------------------------------------- declaration errors

    @Proxy
    public static class ProxyWithField extends Human {
        @CharField(maxLength = 5) public String extra;
    }

    @Proxy
    public static class ProxyOfNothing extends Model {
        @CharField(maxLength = 5) public String name;
    }

    public static class ChildWithOwnKey extends Human {
        @IntegerField(primaryKey = true) public Integer code;
    }

    public static class ChildRedeclaring extends Human {
        @CharField(maxLength = 5) public String name2;
        @IntegerField public int age;
    }

    @Meta(polymorphicIdentity = "x")
    public static class IdentityWithoutBase extends Model {
        @CharField(maxLength = 5) public String name;
    }

    @Meta(table = "elsewhere")
    public static class SingleTableChildWithTable extends Vehicle {
    }

    @Test
    void inheritanceDeclaredWrongFailsAtRegistration() {
        expect(ProxyWithField.class, "ProxyWithField is a @Proxy of Human and cannot declare fields (extra)");
        expect(ProxyOfNothing.class, "ProxyOfNothing is a @Proxy but extends no concrete model");
        expect(ChildWithOwnKey.class, "shares its primary key and cannot declare one");
        expect(ChildRedeclaring.class, "field age: clashes with the field age it inherits from Human");
        expect(IdentityWithoutBase.class, "is not part of a single-table hierarchy");
        expect(SingleTableChildWithTable.class, "shares the table of Vehicle and cannot name its own");
    }

    private static void expect(Class<? extends Model> type, String fragment) {
        assertThatThrownBy(() -> ModelRegistry.register(List.of(type))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining(fragment);
        assertThat(ModelRegistry.find(type)).isNull();
    }
}
