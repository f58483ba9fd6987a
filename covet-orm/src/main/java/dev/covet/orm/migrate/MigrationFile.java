package dev.covet.orm.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covet.orm.migrate.operation.Operation;
import dev.covet.orm.migrate.operation.OperationJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes migration files: declarative JSON, one file per migration, reviewed in a pull
 * request like code. The checksum is SHA-256 over the text with line endings made {@code \n}.
 */
final class MigrationFile {
    /** {@code 0001_initial}: a number, then a name of letters, digits and underscores. */
    public static final Pattern NAME = Pattern.compile("\\d{4,}_[A-Za-z0-9_]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MigrationFile() {
    }

    /**
     * Reads the text of file {@code app/name.json}; a malformed file fails naming it and what was wrong.
     *
     * @param app the app label, the file's folder
     * @param name the migration's name, the file's name without {@code .json}
     * @param text the file's text
     * @return the migration, with the checksum of the text
     * @throws MigrationError if the text is not JSON or not a migration (the message names the file)
     */
    public static Migration read(String app, String name, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("the file holds no JSON object");
            }
            List<String> deps = new ArrayList<>();
            root.path("dependencies").forEach(d -> deps.add(d.asText()));
            for (String d : deps) {
                if (!d.contains(".")) {
                    throw new IllegalArgumentException("dependency '" + d + "' is not of the form app.name");
                }
            }
            List<Operation> ops = new ArrayList<>();
            int i = 0;
            for (JsonNode op : root.path("operations")) {
                i++;
                try {
                    ops.add(OperationJson.read(op));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("operation " + i + ": " + e.getMessage(), e);
                }
            }
            List<String> replaces = new ArrayList<>();
            root.path("replaces").forEach(r -> replaces.add(r.asText()));
            return new Migration(app, name, deps, ops, root.path("atomic").asBoolean(true), replaces, checksum(text));
        } catch (JsonProcessingException e) {
            throw new MigrationError("Migration " + app + "." + name + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MigrationError("Migration " + app + "." + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The file text of a migration.
     *
     * @param m the migration
     * @return its JSON: dependencies, {@code atomic} when false, {@code replaces} when any, and the operations
     */
    public static String write(Migration m) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode deps = root.putArray("dependencies");
        m.dependencies().forEach(deps::add);
        if (!m.atomic()) {
            root.put("atomic", false);
        }
        if (!m.replaces().isEmpty()) {
            ArrayNode r = root.putArray("replaces");
            m.replaces().forEach(r::add);
        }
        ArrayNode ops = root.putArray("operations");
        m.operations().forEach(o -> ops.add(OperationJson.write(o)));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The checksum a migration file is recorded with, so that a changed applied file is noticed.
     *
     * @param text the file's text; Windows line ends count as Unix ones
     * @return the SHA-256 of the text, in hex
     */
    public static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
