package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.EmailField;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/** Spec 000's UserManager: a custom manager with methods. */
public class Account extends Model {
    public static final AccountManager objects = new AccountManager();

    @CharField(maxLength = 100, unique = true) public String username;
    @EmailField(unique = true) public String email;
    @CharField(maxLength = 255, sensitive = true) public String password;
    @BooleanField public boolean isActive;

    public static final class AccountManager extends Manager<Account> {
        AccountManager() {
            super(Account.class);
        }

        /** Creates an active account with a hashed password. */
        public Account createUser(String username, String email, String password) {
            return create(Map.of("username", username, "email", email, "password", hash(password), "isActive", true));
        }

        public Account getByEmail(String email) {
            return get("email", email);
        }

        static String hash(String password) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
