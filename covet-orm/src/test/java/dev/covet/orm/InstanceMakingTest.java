package dev.covet.orm;

import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Adult;
import dev.covet.orm.models.Author;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Car;
import dev.covet.orm.models.Human;
import dev.covet.orm.models.Motorcycle;
import dev.covet.orm.models.Publisher;
import dev.covet.orm.models.SportsCar;
import dev.covet.orm.models.Vehicle;
import dev.covet.orm.testing.CaptureQueries;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts of hydration: instances are made by a constructor LambdaMetafactory binds per model (not
 * through a method handle), and a row's key is read once. Each test reads rows through kept readers
 * several times and checks that every row comes back as its own, new instance of the right class, with
 * its own values, and that a NULL key from an outer join still means no related row.
 */
class InstanceMakingTest {
    @DbTest
    void aProxyAndItsConcreteModelOverOneTableEachMakeTheirOwnClass() {
        Human.objects.create(Map.of("name", "kid", "age", 9));
        Human.objects.create(Map.of("name", "grown", "age", 40));
        Human.objects.create(Map.of("name", "old", "age", 80));
        for (int round = 0; round < 3; round++) {
            List<Human> humans = Human.objects.all().orderBy("name").list();
            assertThat(humans).allSatisfy(h -> assertThat(h).isExactlyInstanceOf(Human.class));
            assertThat(humans).extracting(h -> h.name + ":" + h.age).containsExactly("grown:40", "kid:9", "old:80");
            List<Adult> adults = Adult.objects.all().orderBy("name").list();
            assertThat(adults).allSatisfy(a -> assertThat(a).isExactlyInstanceOf(Adult.class));
            assertThat(adults).extracting(a -> a.name).containsExactly("grown", "old");
            assertThat(adults).allSatisfy(a -> assertThat(a.canVote()).isTrue());
        }
        assertThat(ModelRegistry.info(Adult.class).newInstance()).isExactlyInstanceOf(Adult.class);
        assertThat(ModelRegistry.info(Human.class).newInstance()).isExactlyInstanceOf(Human.class);
    }

    @DbTest
    void rowsOfOneTableAreMadeAsTheClassTheirDiscriminatorNames() {
        Vehicle.objects.create(Map.of("name", "cart"));
        Car.objects.create(Map.of("name", "golf", "numDoors", 3));
        SportsCar.objects.create(Map.of("name", "zonda", "numDoors", 2, "topSpeed", 350));
        Motorcycle.objects.create(Map.of("name", "ural", "hasSidecar", true));
        for (int round = 0; round < 3; round++) {
            List<Vehicle> all = Vehicle.objects.all().orderBy("name").list();
            assertThat(all).extracting(v -> v.getClass().getSimpleName()).containsExactly("Vehicle", "Car", "Motorcycle", "SportsCar");
            assertThat(((Car) all.get(1)).numDoors).isEqualTo(3);
            assertThat(((SportsCar) all.get(3)).topSpeed).isEqualTo(350);
            assertThat(Car.objects.all().orderBy("name").list()).extracting(v -> v.getClass().getSimpleName()).containsExactly("Car", "SportsCar");
        }
    }

    @DbTest
    void everyRowIsANewInstanceWithItsOwnRelationHolders() {
        Author a = Author.objects.create(Map.of("name", "a"));
        Author b = Author.objects.create(Map.of("name", "b"));
        for (int i = 0; i < 6; i++) {
            Book.objects.create(Map.of("title", "t" + i, "pages", i, "author", i % 2 == 0 ? a : b, "price", new BigDecimal("1.50")));
        }
        for (int round = 0; round < 2; round++) {
            List<Book> books = Book.objects.all().orderBy("title").list();
            IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
            for (int i = 0; i < books.size(); i++) {
                Book book = books.get(i);
                assertThat(seen.put(book, true)).isNull();
                assertThat(seen.put(book.author, true)).as("a Ref holder is the instance's own").isNull();
                assertThat(seen.put(book.tags, true)).as("a many-to-many holder is the instance's own").isNull();
                assertThat(book.title).isEqualTo("t" + i);
                assertThat(book.pages).isEqualTo(i);
                assertThat((Long) book.author.id()).isEqualTo(i % 2 == 0 ? a.id : b.id);
                assertThat(book.price).isEqualByComparingTo("1.50");
            }
            // changing one instance leaves the next ones made alone
            books.getFirst().title = "changed";
            books.getFirst().price = BigDecimal.TEN;
        }
        // a new instance gets the field initializers its class declares
        assertThat(ModelRegistry.info(Book.class).newInstance().price).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @DbTest
    void aKeyReadOnceStillTellsAMissingRelatedRowFromAPresentOne() {
        Author a = Author.objects.create(Map.of("name", "a"));
        Publisher p = Publisher.objects.create(Map.of("name", "p"));
        Book.objects.create(Map.of("title", "with", "pages", 1, "author", a, "publisher", p));
        Book.objects.create(Map.of("title", "without", "pages", 2, "author", a));
        for (int round = 0; round < 3; round++) {
            List<Book> books = Book.objects.selectRelated("author", "publisher").orderBy("title").list();
            assertThat(books).extracting(bk -> bk.title).containsExactly("with", "without");
            assertThat(books).extracting(bk -> bk.id).doesNotContainNull().doesNotHaveDuplicates();
            Book with = books.get(0);
            Book without = books.get(1);
            CaptureQueries.assertNumQueries(0, () -> {
                assertThat(with.publisher.get().id).isEqualTo(p.id);
                assertThat(with.publisher.get().name).isEqualTo("p");
                assertThat(with.author.get().id).isEqualTo(a.id);
                assertThat(without.publisher.get()).isNull();
                assertThat(without.author.get().id).isEqualTo(a.id);
                assertThat(without.author.get()).isNotSameAs(with.author.get());
            });
        }
    }
}
