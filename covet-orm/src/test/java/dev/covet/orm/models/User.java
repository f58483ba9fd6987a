package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.EmailField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;

import java.time.Instant;

/** The user of spec 000: unique username and email, timestamps, a default ordering, indexes. Its table is named "user", a reserved word. */
@Meta(ordering = "-createdAt", indexes = {@Index(fields = {"isActive", "-createdAt"})}, verboseName = "user")
public class User extends Model {
    public static final Manager<User> objects = Manager.of(User.class);

    @CharField(maxLength = 100, unique = true, minLength = 2) public String username;
    @EmailField(unique = true) public String email;
    @CharField(maxLength = 50, blank = true) public String firstName = "";
    @CharField(maxLength = 50, blank = true) public String lastName = "";
    @BooleanField public boolean isActive = true;
    @BooleanField public boolean isStaff;
    @DateTimeField(autoNowAdd = true) public Instant createdAt;
    @DateTimeField(autoNow = true) public Instant updatedAt;

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }

    @Override
    public void clean() {
        if (username != null && username.contains("admin") && !isStaff) {
            throw ValidationError.of("username", "Admin usernames require staff privileges.");
        }
    }
}
