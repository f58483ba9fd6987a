package dev.covet.orm.field;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.custom.Broken;
import dev.covet.orm.models.custom.Money;
import dev.covet.orm.models.custom.Priced;
import dev.covet.orm.sql.DdlCompiler;
import dev.covet.orm.sql.Sql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User-defined field types: an upper-casing code and money in a DECIMAL column with a type per database. */
class CustomFieldTest {
    record Row(String code, Money price) {
    }

    private static Priced priced(String name, String code, String price) {
        Priced p = new Priced();
        p.name = name;
        p.code = code;
        p.price = price == null ? null : Money.eur(price);
        return p;
    }

    private static void three() {
        priced("pen", "pen", "1.50").save();
        priced("book", "Book", "12.00").save();
        priced("lamp", "lamp", "39.99").save();
    }

    @DbTest
    void valuesRoundTripThroughTheType(TestDb db) {
        Priced p = priced("pen", "pen", "1.50");
        p.save();
        Priced loaded = Priced.objects.get("id", p.id);
        assertThat(loaded.code).isEqualTo("PEN");
        assertThat(loaded.price).isEqualTo(Money.eur("1.50"));
        var d = db.database().dialect();
        assertThat(db.database().query(Sql.of("SELECT " + d.quote("code") + " FROM " + d.quote("priced")), rs -> rs.getString(1)))
                .containsExactly("PEN");
        assertThat(db.database().query(Sql.of("SELECT " + d.quote("price") + " FROM " + d.quote("priced")), rs -> rs.getBigDecimal(1)))
                .singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("1.50"));
        Priced empty = priced("free", "free", null);
        empty.save();
        assertThat(Priced.objects.get("id", empty.id).price).isNull();
    }

    @DbTest
    void filtersAndOrderingConvertTheValue(TestDb db) {
        three();
        assertThat(Priced.objects.filter("price__gte", Money.eur("12.00")).orderBy("price").valuesList(String.class, "name").list())
                .containsExactly("book", "lamp");
        assertThat(Priced.objects.filter("price", Money.eur("1.50")).valuesList(String.class, "name").list()).containsExactly("pen");
        assertThat(Priced.objects.filter("code", "lamp").valuesList(String.class, "name").list()).containsExactly("lamp");
        assertThat(Priced.objects.filter("code__in", List.of("pen", "book")).count()).isEqualTo(2);
        assertThat(Priced.objects.filter("code__contains", "AM").valuesList(String.class, "name").list()).containsExactly("lamp");
        assertThat(Priced.objects.orderBy("-price").valuesList(Money.class, "price").list())
                .containsExactly(Money.eur("39.99"), Money.eur("12.00"), Money.eur("1.50"));
        assertThat(Priced.objects.orderBy("code").values(Row.class).list())
                .containsExactly(new Row("BOOK", Money.eur("12.00")), new Row("LAMP", Money.eur("39.99")), new Row("PEN", Money.eur("1.50")));
    }

    @DbTest
    void bulkCreateAndUpdateConvert(TestDb db) {
        Priced.objects.bulkCreate(List.of(priced("a", "ab", "2.00"), priced("b", "cd", "3.00")));
        assertThat(Priced.objects.orderBy("code").valuesList(String.class, "code").list()).containsExactly("AB", "CD");
        assertThat(Priced.objects.filter("code", "ab").update(java.util.Map.of("price", Money.eur("5.25")))).isEqualTo(1);
        assertThat(Priced.objects.get("name", "a").price).isEqualTo(Money.eur("5.25"));
    }

    @DbTest
    void badValuesAreValidationErrors(TestDb db) {
        Priced bad = priced("x", "x1", "1.999");
        bad.price = new Money(new BigDecimal("1.999"), "USD");
        assertThatThrownBy(bad::fullClean).isInstanceOf(ValidationError.class)
                .satisfies(e -> assertThat(((ValidationError) e).errors())
                        .containsEntry("code", List.of("A code has 2 to 10 letters, not 'x1'."))
                        .containsEntry("price", List.of("Only EUR is stored, not USD.")));
        Priced tooLong = priced("y", "abcdefghijk", "1.00");
        assertThatThrownBy(tooLong::fullClean).isInstanceOf(ValidationError.class)
                .satisfies(e -> assertThat(((ValidationError) e).errors().get("code")).singleElement().asString()
                        .contains("at most 10 characters"));
        Priced decimals = priced("z", "abc", "1.999");
        assertThatThrownBy(decimals::fullClean).isInstanceOf(ValidationError.class)
                .satisfies(e -> assertThat(((ValidationError) e).errors().get("price")).containsExactly("An amount has at most 2 decimals."));
        assertThat(Priced.objects.count()).isZero();
    }

    @DbTest
    void createTablesUsesTheColumnTypeOfEachDatabase(TestDb db) {
        String create = DdlCompiler.createTable(ModelRegistry.info(Priced.class), Set.of(), db.database().dialect()).create();
        if (db.isPostgres()) {
            assertThat(create).contains("\"price\" NUMERIC(12,2)\n");
            assertThat(create).contains("\"code\" VARCHAR(10) NOT NULL");
        } else if (db.isMariaDb()) {
            assertThat(create).contains("`price` DECIMAL(12,2)\n");
            assertThat(create).contains("`code` VARCHAR(10) NOT NULL");
        } else {
            assertThat(create).contains("\"price\" " + db.database().dialect().ddl().columnType(ModelRegistry.info(dev.covet.orm.models.Ticket.class).field("fee")));
        }
        if (!db.isSqlite()) {
            String schema = db.isPostgres() ? "current_schema()" : "DATABASE()";
            assertThat(db.database().query(Sql.of("SELECT numeric_precision, numeric_scale FROM information_schema.columns WHERE table_schema = "
                    + schema + " AND table_name = 'priced' AND column_name = 'price'"), rs -> rs.getInt(1) + "," + rs.getInt(2)))
                    .containsExactly("12,2");
        }
    }

    @DbTest
    void aTypeThatCannotBeMadeIsAnErrorNamingTheField(TestDb db) {
        assertThatThrownBy(() -> ModelRegistry.info(Broken.NoConstructor.class)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("field code").hasMessageContaining("Broken$NeedsArgument")
                .hasMessageContaining("cannot be instantiated");
        assertThatThrownBy(() -> ModelRegistry.info(Broken.BadColumnType.class)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("field code").hasMessageContaining("DROP TABLE");
        assertThatThrownBy(() -> ModelRegistry.info(Broken.WrongJavaType.class)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("field price").hasMessageContaining("is declared as String").hasMessageContaining("holds Money");
    }

    @DbTest
    void aToDbOfTheWrongStorageIsAnErrorNamingTheField(TestDb db) {
        Broken.WrongStorage w = new Broken.WrongStorage();
        w.count = "three";
        assertThatThrownBy(w::save).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("WrongStorage.count").hasMessageContaining("Broken$Liar.toDb returned a java.lang.String")
                .hasMessageContaining("storage INT needs a java.lang.Integer");
        assertThatThrownBy(() -> Broken.WrongStorage.objects.filter("count", "three").count()).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("WrongStorage.count");
    }
}
