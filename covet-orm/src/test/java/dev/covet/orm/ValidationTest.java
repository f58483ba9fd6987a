package dev.covet.orm;

import dev.covet.orm.exception.DataError;
import dev.covet.orm.exception.NotNullViolation;
import dev.covet.orm.exception.UniqueViolation;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.models.Article;
import dev.covet.orm.models.Bounded;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.Isbn;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.User;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Field validation with Django's messages, model {@code clean()}, unique checks and how {@code save()}
 * validates. Checks that never query (no unique field is set) are plain tests; the rest run on every database.
 */
class ValidationTest {
    // ---------------------------------------------------------------- helpers

    private static Product product() {
        Product p = new Product();
        p.name = "Widget";
        p.condition = "new";
        p.price = new BigDecimal("9.99");
        p.quantity = 1;
        return p;
    }

    private static User user(String name) {
        User u = new User();
        u.username = name;
        u.email = name + "@example.com";
        return u;
    }

    /** The errors of the ValidationError that {@code action} must throw. */
    private static Map<String, List<String>> errors(Runnable action) {
        ValidationError e = catchThrowableOfType(ValidationError.class, action::run);
        assertThat(e).as("a ValidationError").isNotNull();
        return e.errors();
    }

    /** The messages {@code field} gets when {@code model} is fully cleaned (and no other field fails). */
    private static List<String> fieldErrors(Model model, String field) {
        Map<String, List<String>> errors = errors(model::fullClean);
        assertThat(errors).containsOnlyKeys(field);
        return errors.get(field);
    }

    // ---------------------------------------------------------------- field rules

    @Test
    void aValidProductPasses() {
        assertThatCode(() -> product().fullClean()).doesNotThrowAnyException();
    }

    @Test
    void maxLengthOfACharField() {
        Product p = product();
        p.name = "x".repeat(201);
        assertThat(fieldErrors(p, "name")).containsExactly("Ensure this value has at most 200 characters (it has 201).");
        p.name = "x".repeat(200);
        assertThatCode(p::fullClean).doesNotThrowAnyException();
    }

    @Test
    void maxLengthCountsCharactersNotUtf16Units() {
        Everything e = new Everything();
        e.name = "🚀".repeat(50);
        assertThatCode(() -> e.fullClean(List.of(), false)).doesNotThrowAnyException();
        e.name = "🚀".repeat(51);
        Map<String, List<String>> errors = errors(() -> e.fullClean(List.of(), false));
        assertThat(errors.get("name")).containsExactly("Ensure this value has at most 50 characters (it has 51).");
    }

    @Test
    void minLength() {
        User u = user("a");
        Map<String, List<String>> errors = errors(() -> u.fullClean(List.of(), false));
        assertThat(errors).containsOnlyKeys("username");
        assertThat(errors.get("username")).containsExactly("Ensure this value has at least 2 characters (it has 1).");
        u.username = "ab";
        assertThatCode(() -> u.fullClean(List.of(), false)).doesNotThrowAnyException();
    }

    @Test
    void choices() {
        Product p = product();
        p.condition = "broken";
        assertThat(fieldErrors(p, "condition")).containsExactly("Value 'broken' is not a valid choice.");
        for (String ok : List.of("new", "used", "refurbished")) {
            p.condition = ok;
            assertThatCode(p::fullClean).as(ok).doesNotThrowAnyException();
        }
        p.condition = "NEW";
        assertThat(fieldErrors(p, "condition")).containsExactly("Value 'NEW' is not a valid choice.");
    }

    @Test
    void anEmptyStringOnAChoicesFieldIsBlankNotAnInvalidChoice() {
        Product p = product();
        p.condition = "";
        assertThat(fieldErrors(p, "condition")).containsExactly("This field cannot be blank.");
    }

    @Test
    void nonFiniteFloatsAreInvalidEvenWithBounds() {
        Bounded b = new Bounded();
        for (double bad : new double[]{Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            b.ratio = bad;
            Map<String, List<String>> errors = errors(() -> b.fullClean(List.of(), false));
            assertThat(errors).as("%s", bad).containsOnlyKeys("ratio");
            assertThat(errors.get("ratio")).containsExactly("'" + bad + "' value must be a finite number.");
        }
        Everything e = new Everything();
        e.doubleValue = Double.NaN;
        e.floatValue = Float.POSITIVE_INFINITY;
        Map<String, List<String>> errors = errors(() -> e.fullClean(List.of(), false));
        assertThat(errors).containsOnlyKeys("doubleValue", "floatValue");
        assertThat(errors.get("doubleValue")).containsExactly("'NaN' value must be a finite number.");
        assertThat(errors.get("floatValue")).containsExactly("'Infinity' value must be a finite number.");
    }

    @Test
    void email() {
        Everything e = new Everything();
        for (String ok : List.of("a@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie", "x_y-z@a-b.io")) {
            e.email = ok;
            assertThatCode(() -> e.fullClean(List.of(), false)).as(ok).doesNotThrowAnyException();
        }
        for (String bad : List.of("plainaddress", "@example.com", "a@", "a@b", "a b@example.com", "a@example..com", "a@@example.com")) {
            e.email = bad;
            Map<String, List<String>> errors = errors(() -> e.fullClean(List.of(), false));
            assertThat(errors).as(bad).containsOnlyKeys("email");
            assertThat(errors.get("email")).as(bad).containsExactly("Enter a valid email address.");
        }
    }

    @Test
    void url() {
        Everything e = new Everything();
        for (String ok : List.of("https://example.com", "http://example.com/path?q=1#frag", "http://localhost:8000/",
                "ftp://files.example.org/a.txt", "http://192.168.0.1/", "https://user:pass@example.com:8443/x",
                "http://[::1]/", "https://bücher.example/")) {
            e.url = ok;
            assertThatCode(() -> e.fullClean(List.of(), false)).as(ok).doesNotThrowAnyException();
        }
        for (String bad : List.of("example.com", "http://", "javascript:alert(1)", "http://exa mple.com", "mailto:a@example.com",
                "https://example", "//example.com/x")) {
            e.url = bad;
            Map<String, List<String>> errors = errors(() -> e.fullClean(List.of(), false));
            assertThat(errors).as(bad).containsOnlyKeys("url");
            assertThat(errors.get("url")).as(bad).containsExactly("Enter a valid URL.");
        }
    }

    @Test
    void minValueOfDecimalAndInteger() {
        Product p = product();
        p.price = new BigDecimal("-0.01");
        assertThat(fieldErrors(p, "price")).containsExactly("Ensure this value is greater than or equal to 0.00.");
        p.price = new BigDecimal("0.00");
        assertThatCode(p::fullClean).doesNotThrowAnyException();

        p.quantity = -1;
        assertThat(fieldErrors(p, "quantity")).containsExactly("Ensure this value is greater than or equal to 0.");
        p.quantity = 0;
        assertThatCode(p::fullClean).doesNotThrowAnyException();
    }

    @Test
    void minAndMaxValueOfEveryKindOfNumber() {
        Bounded b = new Bounded();
        assertThatCode(() -> b.fullClean(List.of(), false)).doesNotThrowAnyException();

        b.level = 11;
        b.percent = (short) 101;
        b.ratio = 1.5;
        b.amount = new BigDecimal("100.01");
        Map<String, List<String>> high = errors(() -> b.fullClean(List.of(), false));
        assertThat(high).containsOnlyKeys("level", "percent", "ratio", "amount");
        assertThat(high.get("level")).containsExactly("Ensure this value is less than or equal to 10.");
        assertThat(high.get("percent")).containsExactly("Ensure this value is less than or equal to 100.");
        assertThat(high.get("ratio")).containsExactly("Ensure this value is less than or equal to 1.0.");
        assertThat(high.get("amount")).containsExactly("Ensure this value is less than or equal to 100.00.");

        b.level = -11;
        b.percent = (short) -5;
        b.ratio = -0.1;
        b.amount = new BigDecimal("-1.51");
        Map<String, List<String>> low = errors(() -> b.fullClean(List.of(), false));
        assertThat(low).containsOnlyKeys("level", "ratio", "amount");
        assertThat(low.get("level")).containsExactly("Ensure this value is greater than or equal to -10.");
        assertThat(low.get("ratio")).containsExactly("Ensure this value is greater than or equal to 0.0.");
        assertThat(low.get("amount")).containsExactly("Ensure this value is greater than or equal to -1.50.");

        // the bounds themselves are allowed
        b.level = 10;
        b.percent = (short) 100;
        b.ratio = 1.0;
        b.amount = new BigDecimal("-1.5");
        assertThatCode(() -> b.fullClean(List.of(), false)).doesNotThrowAnyException();
    }

    @Test
    void decimalDigitsAndPlaces() {
        Product p = product();
        p.price = new BigDecimal("1.234");
        assertThat(fieldErrors(p, "price")).containsExactly("Ensure that there are no more than 2 decimal places.");
        p.price = new BigDecimal("123456789.5");
        assertThat(fieldErrors(p, "price")).containsExactly("Ensure that there are no more than 8 digits before the decimal point.");
        p.price = new BigDecimal("123456789");
        assertThat(fieldErrors(p, "price")).containsExactly("Ensure that there are no more than 8 digits before the decimal point.");
        p.price = new BigDecimal("123456789.12");
        assertThat(fieldErrors(p, "price")).containsExactly("Ensure that there are no more than 10 digits in total.");
        for (String ok : List.of("12345678.99", "0.01", "0", "99999999")) {
            p.price = new BigDecimal(ok);
            assertThatCode(p::fullClean).as(ok).doesNotThrowAnyException();
        }
    }

    @Test
    void nonBlankCharFieldRejectsTheEmptyString() {
        Product p = product();
        p.name = "";
        assertThat(fieldErrors(p, "name")).containsExactly("This field cannot be blank.");
    }

    @Test
    void blankCharFieldAcceptsTheEmptyString() {
        User u = user("bob");
        u.firstName = "";
        u.lastName = "";
        assertThatCode(() -> u.fullClean(List.of(), false)).doesNotThrowAnyException();
    }

    @Test
    void nonNullFieldRejectsNull() {
        Product p = product();
        p.name = null;
        p.price = null;
        Map<String, List<String>> errors = errors(p::fullClean);
        assertThat(errors).containsOnlyKeys("name", "price");
        assertThat(errors.get("name")).containsExactly("This field cannot be null.");
        assertThat(errors.get("price")).containsExactly("This field cannot be null.");
    }

    @Test
    void nullableFieldsAcceptNull() {
        Product p = product();
        p.rating = null;
        p.color = null;
        assertThatCode(p::fullClean).doesNotThrowAnyException();
        assertThatCode(() -> new Everything().fullClean(List.of(), false)).doesNotThrowAnyException();
    }

    @Test
    void customValidator() {
        Product p = product();
        for (int ok = 1; ok <= 5; ok++) {
            p.rating = ok;
            assertThatCode(p::fullClean).as("rating %d", ok).doesNotThrowAnyException();
        }
        p.rating = 0;
        assertThat(fieldErrors(p, "rating")).containsExactly("Rating must be 1-5");
        p.rating = 6;
        assertThat(fieldErrors(p, "rating")).containsExactly("Rating must be 1-5");
    }

    @Test
    void modelClean() {
        User u = user("superadmin");
        Map<String, List<String>> errors = errors(() -> u.fullClean(List.of(), false));
        assertThat(errors).containsOnlyKeys("username");
        assertThat(errors.get("username")).containsExactly("Admin usernames require staff privileges.");
        u.isStaff = true;
        assertThatCode(() -> u.fullClean(List.of(), false)).doesNotThrowAnyException();
    }

    @Test
    void modelCleanAddsToTheFieldErrors() {
        User u = user("admin");
        u.email = "not an email";
        Map<String, List<String>> errors = errors(() -> u.fullClean(List.of(), false));
        assertThat(errors).containsOnlyKeys("username", "email");
        assertThat(errors.get("username")).containsExactly("Admin usernames require staff privileges.");
        assertThat(errors.get("email")).containsExactly("Enter a valid email address.");
    }

    @Test
    void everyFailingFieldIsReportedAtOnce() {
        Product p = product();
        p.name = "";
        p.condition = "broken";
        p.price = new BigDecimal("-1.234");
        p.quantity = -5;
        p.rating = 9;
        ValidationError e = catchThrowableOfType(ValidationError.class, p::fullClean);
        assertThat(e).isNotNull();
        assertThat(e.errors()).containsOnlyKeys("name", "condition", "price", "quantity", "rating");
        assertThat(e.errors().get("name")).containsExactly("This field cannot be blank.");
        assertThat(e.errors().get("condition")).containsExactly("Value 'broken' is not a valid choice.");
        assertThat(e.errors().get("price")).containsExactlyInAnyOrder(
                "Ensure this value is greater than or equal to 0.00.", "Ensure that there are no more than 2 decimal places.");
        assertThat(e.errors().get("quantity")).containsExactly("Ensure this value is greater than or equal to 0.");
        assertThat(e.errors().get("rating")).containsExactly("Rating must be 1-5");
        assertThat(e.messages()).hasSize(6);
        assertThat(e.getMessage()).contains("name", "condition", "price", "quantity", "rating");
    }

    @Test
    void excludedFieldsAreNotChecked() {
        Product p = product();
        p.name = "";
        p.quantity = -1;
        Map<String, List<String>> errors = errors(() -> p.fullClean(List.of("name"), false));
        assertThat(errors).containsOnlyKeys("quantity");
        assertThatCode(() -> p.fullClean(List.of("name", "quantity"), false)).doesNotThrowAnyException();
    }

    @Test
    void validationErrorOfOneFieldAndOfTheWholeInstance() {
        ValidationError one = ValidationError.of("email", "Enter a valid email address.");
        assertThat(one.errors()).containsExactly(Map.entry("email", List.of("Enter a valid email address.")));
        ValidationError whole = new ValidationError("Something is off.");
        assertThat(whole.errors()).containsOnlyKeys(ValidationError.NON_FIELD_ERRORS);
        assertThat(whole.messages()).containsExactly("Something is off.");
    }

    // ---------------------------------------------------------------- unique checks (they query)

    @DbTest
    void uniqueFieldsAreCheckedByFullClean() {
        user("alice").save();
        User twin = user("alice");
        Map<String, List<String>> errors = errors(twin::fullClean);
        assertThat(errors).containsOnlyKeys("username", "email");
        assertThat(errors.get("username")).containsExactly("User with this Username already exists.");
        assertThat(errors.get("email")).containsExactly("User with this Email already exists.");

        twin.username = "alice2";
        errors = errors(twin::fullClean);
        assertThat(errors).containsOnlyKeys("email");

        twin.email = "alice2@example.com";
        assertThatCode(twin::fullClean).doesNotThrowAnyException();
    }

    @DbTest
    void uniqueChecksCanBeSkipped() {
        user("alice").save();
        User twin = user("alice");
        assertThatCode(() -> twin.fullClean(List.of(), false)).doesNotThrowAnyException();
        assertThatCode(() -> twin.fullClean(List.of("username", "email"), true)).doesNotThrowAnyException();
    }

    @DbTest
    void aFieldThatAlreadyFailedIsNotCheckedForUniqueness() {
        User a = user("alice");
        a.save();
        User twin = user("alice");
        twin.email = "not an email";
        Map<String, List<String>> errors = errors(twin::fullClean);
        assertThat(errors.get("email")).containsExactly("Enter a valid email address.");
        assertThat(errors.get("username")).containsExactly("User with this Username already exists.");
    }

    @DbTest
    void anInstanceBeingUpdatedDoesNotClashWithItself() {
        User u = user("carol");
        u.save();
        assertThatCode(u::fullClean).doesNotThrowAnyException();
        u.firstName = "Carol";
        assertThatCode(u::fullClean).doesNotThrowAnyException();

        User loaded = User.objects.get("username", "carol");
        loaded.lastName = "King";
        assertThatCode(loaded::fullClean).doesNotThrowAnyException();
        loaded.save();
        assertThat(User.objects.get("pk", u.id).lastName).isEqualTo("King");

        // but it does clash with another row
        user("dave").save();
        loaded.username = "dave";
        assertThat(errors(loaded::fullClean)).containsOnlyKeys("username");
    }

    @DbTest
    void aNewInstanceWithATakenPrimaryKeyFailsTheUniqueCheck() {
        Isbn a = new Isbn();
        a.isbn = "9780441013593";
        a.title = "Dune";
        a.save();
        Isbn b = new Isbn();
        b.isbn = "9780441013593";
        b.title = "Dune again";
        assertThat(errors(b::fullClean)).containsExactly(Map.entry("isbn", List.of("Isbn with this Isbn already exists.")));
        // the saved instance itself is fine
        assertThatCode(a::fullClean).doesNotThrowAnyException();
    }

    private static Article article(String title, String slug, Instant publishedAt) {
        Article a = new Article();
        a.title = title;
        a.slug = slug;
        a.publishedAt = publishedAt;
        return a;
    }

    @DbTest
    void uniqueTogetherIsANonFieldError() {
        Instant when = Instant.parse("2024-05-01T09:30:00Z");
        Article first = article("Hello", "hello", when);
        first.save();
        assertThatCode(first::fullClean).doesNotThrowAnyException();

        Article clash = article("Hello", "hello-again", when);
        Map<String, List<String>> errors = errors(clash::fullClean);
        assertThat(errors).containsOnlyKeys(ValidationError.NON_FIELD_ERRORS);
        assertThat(errors.get(ValidationError.NON_FIELD_ERRORS))
                .containsExactly("Article with this Title and Published at already exists.");

        // one of the pair differs: no clash
        clash.publishedAt = when.plusSeconds(1);
        assertThatCode(clash::fullClean).doesNotThrowAnyException();
        clash.publishedAt = when;
        clash.title = "Hello!";
        assertThatCode(clash::fullClean).doesNotThrowAnyException();
    }

    @DbTest
    void uniqueTogetherIgnoresNulls() {
        article("Draft", "draft-1", null).save();
        Article second = article("Draft", "draft-2", null);
        assertThatCode(second::fullClean).doesNotThrowAnyException();
        second.save();
        assertThat(Article.objects.filter("title", "Draft").count()).isEqualTo(2);
    }

    @DbTest
    void uniqueFieldAndUniqueTogetherAtOnce() {
        Instant when = Instant.parse("2024-05-01T09:30:00Z");
        article("Hello", "hello", when).save();
        Map<String, List<String>> errors = errors(article("Hello", "hello", when)::fullClean);
        assertThat(errors).containsOnlyKeys("slug", ValidationError.NON_FIELD_ERRORS);
        assertThat(errors.get("slug")).containsExactly("Article with this Slug already exists.");
    }

    // ---------------------------------------------------------------- save() and validation

    @DbTest
    void saveValidatesAndLeavesNoRowWhenInvalid() {
        Product p = product();
        p.quantity = -1;
        p.condition = "broken";
        ValidationError e = catchThrowableOfType(ValidationError.class, p::save);
        assertThat(e).isNotNull();
        assertThat(e.errors()).containsOnlyKeys("quantity", "condition");
        assertThat(p.id).isNull();
        assertThat(Product.objects.count()).isZero();

        p.quantity = 1;
        p.condition = "used";
        p.save();
        assertThat(Product.objects.count()).isEqualTo(1);
    }

    @DbTest
    void anInvalidUpdateLeavesTheRowAsItWas() {
        Product p = product();
        p.save();
        p.name = "x".repeat(300);
        p.quantity = 5;
        assertThatThrownBy(p::save).isInstanceOf(ValidationError.class);
        Product fresh = Product.objects.get("pk", p.id);
        assertThat(fresh.name).isEqualTo("Widget");
        assertThat(fresh.quantity).isEqualTo(1);
    }

    @DbTest
    void saveDoesNotRunUniqueChecksTheDatabaseEnforcesThem() {
        user("erin").save();
        User twin = user("erin");
        assertThatThrownBy(twin::save).isInstanceOf(UniqueViolation.class);
        assertThat(User.objects.count()).isEqualTo(1);
    }

    @DbTest
    void skipValidationLeavesTheDatabaseToJudge(TestDb db) {
        Product p = product();
        p.condition = "broken";
        p.quantity = -3;
        p.save(SaveOptions.skipValidation());
        Product fresh = Product.objects.get("pk", p.id);
        assertThat(fresh.condition).isEqualTo("broken");
        assertThat(fresh.quantity).isEqualTo(-3);

        Product tooLong = product();
        tooLong.name = "y".repeat(201);
        if (db.isSqlite()) {
            // SQLite does not enforce VARCHAR lengths
            tooLong.save(SaveOptions.skipValidation());
            assertThat(Product.objects.get("pk", tooLong.id).name).hasSize(201);
            assertThat(Product.objects.count()).isEqualTo(2);
        } else {
            assertThatThrownBy(() -> tooLong.save(SaveOptions.skipValidation())).isInstanceOf(DataError.class);
            assertThat(Product.objects.count()).isEqualTo(1);
        }
        // with validation, the same value never reaches the database
        Product validated = product();
        validated.name = "y".repeat(201);
        assertThatThrownBy(validated::save).isInstanceOf(ValidationError.class);
        assertThat(Product.objects.filter("name", "y".repeat(201)).count()).isEqualTo(db.isSqlite() ? 1 : 0);
    }

    @DbTest
    void nullInANonNullColumnWithoutValidationIsANotNullViolation() {
        Product p = product();
        p.name = null;
        assertThatThrownBy(() -> p.save(SaveOptions.skipValidation())).isInstanceOf(NotNullViolation.class);
        assertThat(Product.objects.count()).isZero();
    }
}
