package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Color;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** {@code toDict()}, {@code Model.fromDict(...)} and {@code updateFromDict(...)}, with loose input converted. */
class DictConversionTest {
    private static Product product() {
        Product p = new Product();
        p.name = "Widget";
        p.condition = "used";
        p.price = new BigDecimal("9.99");
        p.quantity = 3;
        p.rating = 4;
        p.color = Color.RED;
        return p;
    }

    /** The errors of the ValidationError that {@code action} must throw. */
    private static Map<String, List<String>> errors(Runnable action) {
        ValidationError e = catchThrowableOfType(ValidationError.class, action::run);
        assertThat(e).as("a ValidationError").isNotNull();
        return e.errors();
    }

    // ---------------------------------------------------------------- toDict

    @Test
    void toDictHoldsEveryColumnInDeclarationOrder() {
        Product p = product();
        p.id = 17L;
        assertThat(p.toDict()).containsExactly(
                entry("id", 17L), entry("name", "Widget"), entry("condition", "used"), entry("price", new BigDecimal("9.99")),
                entry("quantity", 3), entry("minQuantity", 10), entry("rating", 4), entry("color", Color.RED));
    }

    @Test
    void toDictOfSomeFields() {
        Product p = product();
        assertThat(p.toDict("price", "name")).containsExactly(entry("price", new BigDecimal("9.99")), entry("name", "Widget"));
    }

    @Test
    void toDictKeepsNulls() {
        Product p = new Product();
        Map<String, Object> d = p.toDict("id", "name", "rating");
        assertThat(d).containsOnlyKeys("id", "name", "rating");
        assertThat(d.values()).containsOnlyNulls();
    }

    @Test
    void toDictOfAnUnknownFieldIsAFieldError() {
        assertThatThrownBy(() -> product().toDict("name", "nope"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("'nope'")
                .hasMessageContaining("Choices are:")
                .hasMessageContaining("quantity");
    }

    // ---------------------------------------------------------------- fromDict with loose input

    @Test
    void numbersFromText() {
        Product p = Model.fromDict(Product.class, Map.of("name", "Widget", "quantity", "50", "minQuantity", " 7 ",
                "price", "19.99", "rating", "3"));
        assertThat(p.quantity).isEqualTo(50);
        assertThat(p.minQuantity).isEqualTo(7);
        assertThat(p.price).isEqualTo(new BigDecimal("19.99"));
        assertThat(p.rating).isEqualTo(3);
        assertThat(p.id).isNull();

        Everything e = Model.fromDict(Everything.class, Map.of("integer", "-2147483648", "bigInteger", "9223372036854775807",
                "smallInteger", "-300", "doubleValue", "0.1", "floatValue", "2.5", "decimal", "-0.0001"));
        assertThat(e.integer).isEqualTo(Integer.MIN_VALUE);
        assertThat(e.bigInteger).isEqualTo(Long.MAX_VALUE);
        assertThat(e.smallInteger).isEqualTo((short) -300);
        assertThat(e.doubleValue).isEqualTo(0.1);
        assertThat(e.floatValue).isEqualTo(2.5f);
        assertThat(e.decimal).isEqualByComparingTo("-0.0001").hasScaleOf(4);
    }

    @Test
    void numbersFromOtherNumbers() {
        Everything e = Model.fromDict(Everything.class, Map.of("integer", 7L, "bigInteger", 3, "smallInteger", 12,
                "doubleValue", 2, "decimal", 1.5));
        assertThat(e.integer).isEqualTo(7);
        assertThat(e.bigInteger).isEqualTo(3L);
        assertThat(e.smallInteger).isEqualTo((short) 12);
        assertThat(e.doubleValue).isEqualTo(2.0);
        assertThat(e.decimal).isEqualByComparingTo("1.5");
    }

    @Test
    void decimalsAreKeptAtTheFieldsScale() {
        Product p = Model.fromDict(Product.class, Map.of("price", "19.9"));
        assertThat(p.price).isEqualTo(new BigDecimal("19.90"));
    }

    @Test
    void booleansFromText() {
        for (String yes : List.of("yes", "1", "true", "on", "TRUE", "Yes", "t", "y")) {
            User u = Model.fromDict(User.class, Map.of("isStaff", yes, "isActive", yes));
            assertThat(u.isStaff).as(yes).isTrue();
            assertThat(u.isActive).as(yes).isTrue();
        }
        for (String no : List.of("no", "0", "false", "off", "False", "f", "n")) {
            User u = Model.fromDict(User.class, Map.of("isStaff", no, "isActive", no));
            assertThat(u.isStaff).as(no).isFalse();
            assertThat(u.isActive).as(no).isFalse();
        }
        assertThat(Model.fromDict(Everything.class, Map.of("flag", 1)).flag).isTrue();
        assertThat(Model.fromDict(Everything.class, Map.of("flag", 0)).flag).isFalse();
        assertThat(Model.fromDict(Everything.class, Map.of("flag", true)).flag).isTrue();
    }

    @Test
    void datesAndTimesFromIsoText() {
        Everything e = Model.fromDict(Everything.class, Map.of(
                "instant", "2024-02-29T23:59:59.123456Z",
                "localDateTime", "2024-01-02T03:04:05.000006",
                "offsetDateTime", "2024-06-01T10:15:30+02:00",
                "date", "2024-02-29",
                "time", "13:45:07.123456"));
        assertThat(e.instant).isEqualTo(Instant.parse("2024-02-29T23:59:59.123456Z"));
        assertThat(e.localDateTime).isEqualTo(LocalDateTime.parse("2024-01-02T03:04:05.000006"));
        assertThat(e.offsetDateTime.toInstant()).isEqualTo(Instant.parse("2024-06-01T08:15:30Z"));
        assertThat(e.date).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(e.time).isEqualTo(LocalTime.parse("13:45:07.123456"));
    }

    @Test
    void aDateFromADateTimeIsItsDate() {
        for (String text : List.of("2024-02-29T10:00:00", "2024-02-29 23:59:59.999", "2024-02-29T23:00:00-05:00", "2024-02-29T00:30Z")) {
            assertThat(Model.fromDict(Everything.class, Map.of("date", text)).date).as(text).isEqualTo(LocalDate.of(2024, 2, 29));
        }
    }

    @Test
    void instantsFromOtherForms() {
        assertThat(Model.fromDict(Everything.class, Map.of("instant", "2024-02-29T12:00:00+02:00")).instant)
                .isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
        // no offset: UTC
        assertThat(Model.fromDict(Everything.class, Map.of("instant", "2024-02-29 12:00:00")).instant)
                .isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
        assertThat(Model.fromDict(Everything.class, Map.of("instant", "2024-02-29")).instant)
                .isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(Model.fromDict(Everything.class, Map.of("instant", OffsetDateTime.parse("2024-02-29T12:00:00-05:00"))).instant)
                .isEqualTo(Instant.parse("2024-02-29T17:00:00Z"));
    }

    @Test
    void uuidFromText() {
        UUID u = UUID.fromString("12345678-1234-5678-9abc-def012345678");
        assertThat(Model.fromDict(Everything.class, Map.of("uuid", "12345678-1234-5678-9abc-def012345678")).uuid).isEqualTo(u);
        assertThat(Model.fromDict(Everything.class, Map.of("uuid", "12345678123456789ABCDEF012345678")).uuid).isEqualTo(u);
        assertThat(Model.fromDict(Everything.class, Map.of("uuid", u)).uuid).isSameAs(u);
    }

    @Test
    void enumFromItsNameInAnyCase() {
        assertThat(Model.fromDict(Product.class, Map.of("color", "GREEN")).color).isEqualTo(Color.GREEN);
        assertThat(Model.fromDict(Product.class, Map.of("color", "green")).color).isEqualTo(Color.GREEN);
        assertThat(Model.fromDict(Product.class, Map.of("color", "Blue")).color).isEqualTo(Color.BLUE);
        assertThat(Model.fromDict(Product.class, Map.of("color", Color.RED)).color).isEqualTo(Color.RED);
    }

    @Test
    void stringsBinaryAndJson() {
        byte[] bytes = {0, 1, 2, (byte) 255};
        Map<String, Object> json = Map.of("a", List.of(1, 2), "b", Map.of("c", true));
        Everything e = Model.fromDict(Everything.class, Map.of("name", 42, "binary", Base64.getEncoder().encodeToString(bytes),
                "json", json, "jsonList", List.of("x", 1)));
        assertThat(e.name).isEqualTo("42");
        assertThat(e.binary).isEqualTo(bytes);
        assertThat(e.json).isEqualTo(json);
        assertThat(e.jsonList).containsExactly("x", 1);
    }

    @Test
    void nullClearsANullableField() {
        Product p = product();
        p.updateFromDict(Collections.singletonMap("rating", null));
        assertThat(p.rating).isNull();
    }

    // ---------------------------------------------------------------- unconvertible input

    @Test
    void unconvertibleIntegerNamesTheField() {
        Map<String, List<String>> errors = errors(() -> Model.fromDict(Product.class, Map.of("quantity", "abc")));
        assertThat(errors).containsOnlyKeys("quantity");
        assertThat(errors.get("quantity")).containsExactly("'abc' value must be an integer.");
        assertThat(errors(() -> Model.fromDict(Product.class, Map.of("quantity", "2.5"))).get("quantity"))
                .containsExactly("'2.5' value must be an integer.");
        assertThat(errors(() -> Model.fromDict(Product.class, Map.of("quantity", "3000000000"))).get("quantity"))
                .containsExactly("'3000000000' value is out of range.");
        assertThat(errors(() -> Model.fromDict(Everything.class, Map.of("smallInteger", "40000"))).get("smallInteger"))
                .containsExactly("'40000' value is out of range.");
    }

    @Test
    void unconvertibleBooleanNamesTheField() {
        Map<String, List<String>> errors = errors(() -> Model.fromDict(User.class, Map.of("isStaff", "maybe")));
        assertThat(errors).containsOnlyKeys("isStaff");
        assertThat(errors.get("isStaff")).containsExactly("'maybe' value must be either true or false.");
        for (Object bad : List.of(2, -1, 1.5, 0.3, "", "yes!", "2")) {
            assertThat(errors(() -> Model.fromDict(User.class, Map.of("isStaff", bad))).get("isStaff")).as("%s", bad)
                    .containsExactly("'" + bad + "' value must be either true or false.");
        }
        assertThat(Model.fromDict(User.class, Map.of("isStaff", 1.0)).isStaff).isTrue();
    }

    @Test
    void unconvertibleDateNamesTheField() {
        Map<String, List<String>> errors = errors(() -> Model.fromDict(Everything.class, Map.of("date", "2024-13-45")));
        assertThat(errors).containsOnlyKeys("date");
        assertThat(errors.get("date")).singleElement().asString().contains("'2024-13-45'", "YYYY-MM-DD");
        assertThat(errors(() -> Model.fromDict(Everything.class, Map.of("date", "2023-02-29")))).containsOnlyKeys("date");
        assertThat(errors(() -> Model.fromDict(Everything.class, Map.of("date", "2024-02-29xyz")))).containsOnlyKeys("date");
        assertThat(errors(() -> Model.fromDict(Everything.class, Map.of("date", "2024-02-29T25:00")))).containsOnlyKeys("date");
        assertThat(errors(() -> Model.fromDict(Everything.class, Map.of("instant", "yesterday")))).containsOnlyKeys("instant");
        assertThat(errors(() -> Model.fromDict(Everything.class, Map.of("time", "25:00")))).containsOnlyKeys("time");
    }

    @Test
    void unconvertibleUuidNamesTheField() {
        Map<String, List<String>> errors = errors(() -> Model.fromDict(Everything.class, Map.of("uuid", "x")));
        assertThat(errors).containsOnlyKeys("uuid");
        assertThat(errors.get("uuid")).containsExactly("'x' is not a valid UUID.");
    }

    @Test
    void unconvertibleEnumAndDecimalNameTheField() {
        Map<String, List<String>> errors = errors(() -> Model.fromDict(Product.class, Map.of("color", "purple", "price", "cheap")));
        assertThat(errors).containsOnlyKeys("color", "price");
        assertThat(errors.get("color")).containsExactly("'purple' is not one of RED, GREEN, BLUE.");
        assertThat(errors.get("price")).containsExactly("'cheap' value must be a decimal number.");
    }

    @Test
    void nullForAPrimitiveField() {
        Map<String, List<String>> errors = errors(() -> Model.fromDict(Product.class, Collections.singletonMap("quantity", null)));
        assertThat(errors).containsExactly(entry("quantity", List.of("This field cannot be null.")));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "fine");
        input.put("integer", "abc");
        input.put("flag", "maybe");
        input.put("date", "2024-13-45");
        input.put("uuid", "x");
        input.put("color", "purple");
        input.put("doubleValue", "1.5");
        Map<String, List<String>> errors = errors(() -> Model.fromDict(Everything.class, input));
        assertThat(errors).containsOnlyKeys("integer", "flag", "date", "uuid", "color");
        errors.values().forEach(messages -> assertThat(messages).hasSize(1));
    }

    @Test
    void updateFromDictReportsEveryBadFieldAndSetsTheGoodOnes() {
        Product p = product();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("quantity", "x");
        input.put("name", "Renamed");
        input.put("rating", "high");
        Map<String, List<String>> errors = errors(() -> p.updateFromDict(input));
        assertThat(errors).containsOnlyKeys("quantity", "rating");
        assertThat(p.quantity).isEqualTo(3);
        assertThat(p.rating).isEqualTo(4);
    }

    @Test
    void unknownKeyIsAFieldErrorListingTheChoices() {
        FieldError e = catchThrowableOfType(FieldError.class, () -> Model.fromDict(Product.class, Map.of("colour", "RED")));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("'colour'", "Product", "Choices are:", "color", "condition", "name", "price",
                "quantity", "minQuantity", "rating");
        assertThatThrownBy(() -> product().updateFromDict(Map.of("nope", 1)))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("'nope'")
                .hasMessageContaining("Choices are:");
    }

    // ---------------------------------------------------------------- non-editable fields

    @Test
    void nonEditableFieldsAreSkipped() {
        User u = new User();
        Instant created = Instant.parse("2020-01-01T00:00:00Z");
        u.createdAt = created;
        u.updateFromDict(Map.of("createdAt", "1999-01-01T00:00:00Z", "updatedAt", "1999-01-01T00:00:00Z", "firstName", "Ann"));
        assertThat(u.createdAt).isEqualTo(created);
        assertThat(u.updatedAt).isNull();
        assertThat(u.firstName).isEqualTo("Ann");

        User fresh = Model.fromDict(User.class, Map.of("updatedAt", "1999-01-01T00:00:00Z", "username", "ann"));
        assertThat(fresh.updatedAt).isNull();
        assertThat(fresh.username).isEqualTo("ann");
    }

    @Test
    void nonEditableFieldsAreSkippedEvenWhenUnconvertible() {
        User u = new User();
        u.updateFromDict(Map.of("updatedAt", "not a date"));
        assertThat(u.updatedAt).isNull();
    }

    // ---------------------------------------------------------------- round trips

    private static Everything filled() {
        Everything e = new Everything();
        e.id = 5L;
        e.name = "Zoë";
        e.text = "text";
        e.email = "zoe@example.com";
        e.url = "https://example.com/";
        e.integer = 7;
        e.bigInteger = 1L << 40;
        e.smallInteger = (short) 300;
        e.doubleValue = 0.1;
        e.floatValue = 0.1f;
        e.decimal = new BigDecimal("1.5000");
        e.flag = false;
        e.instant = Instant.parse("2024-02-29T23:59:59.123456Z");
        e.localDateTime = LocalDateTime.parse("2024-01-02T03:04:05.000006");
        e.offsetDateTime = OffsetDateTime.parse("2024-01-02T03:04:05Z");
        e.date = LocalDate.of(2024, 2, 29);
        e.time = LocalTime.of(12, 0, 1, 2_000);
        e.json = new LinkedHashMap<>(Map.of("a", List.of(1, 2)));
        e.jsonList = new ArrayList<>(List.of("x"));
        e.binary = new byte[]{0, 1, -1};
        e.uuid = UUID.fromString("12345678-1234-5678-9abc-def012345678");
        e.color = Color.GREEN;
        return e;
    }

    @Test
    void fromDictOfToDictGivesTheSameValues() {
        Everything original = filled();
        Everything copy = Model.fromDict(Everything.class, original.toDict());
        assertThat(copy).isNotSameAs(original);
        assertThat(copy.toDict()).usingRecursiveComparison().isEqualTo(original.toDict());

        Product p = product();
        assertThat(Model.fromDict(Product.class, p.toDict()).toDict()).isEqualTo(p.toDict());
    }

    @Test
    void fromDictOfStringifiedValuesGivesTheSameValues() {
        Everything original = filled();
        Map<String, Object> text = new LinkedHashMap<>();
        original.toDict().forEach((k, v) -> {
            if (v instanceof byte[] b) {
                text.put(k, Base64.getEncoder().encodeToString(b));
            } else if (v instanceof Map<?, ?> || v instanceof List<?>) {
                text.put(k, v);
            } else {
                text.put(k, v == null ? null : v.toString());
            }
        });
        Everything copy = Model.fromDict(Everything.class, text);
        assertThat(copy.toDict()).usingRecursiveComparison().isEqualTo(original.toDict());
    }

    @DbTest
    void updateFromDictThenSavePersistsTheConvertedValues() {
        Product p = product();
        p.save();
        p.updateFromDict(Map.of("quantity", "50", "price", "19.99", "color", "blue", "condition", "refurbished"));
        p.save();
        Product fresh = Product.objects.get("pk", p.id);
        assertThat(fresh.quantity).isEqualTo(50);
        assertThat(fresh.price).isEqualTo(new BigDecimal("19.99"));
        assertThat(fresh.color).isEqualTo(Color.BLUE);
        assertThat(fresh.condition).isEqualTo("refurbished");
        assertThat(fresh.toDict()).isEqualTo(p.toDict());
    }

    @DbTest
    void toDictLoadsDeferredFields() {
        Product p = product();
        p.save();
        Product partial = Product.objects.only("name").get("pk", p.id);
        Map<String, Object> d = partial.toDict();
        assertThat(d).isEqualTo(p.toDict());
    }

    @DbTest
    void createConvertsLooseInput() {
        Product created = Product.objects.create(Map.of("name", "Gadget", "quantity", "12", "price", "0.50", "color", "red"));
        Product fresh = Product.objects.get("pk", created.id);
        assertThat(fresh.quantity).isEqualTo(12);
        assertThat(fresh.price).isEqualTo(new BigDecimal("0.50"));
        assertThat(fresh.color).isEqualTo(Color.RED);
    }
}
