package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.ArrayField;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Array fields, which only PostgreSQL stores. Not in {@link TestModels#ALL}: its table cannot exist on
 * SQLite or MariaDB, so the tests that use it create and drop it themselves.
 */
public class PgArrays extends Model {
    public static final Manager<PgArrays> objects = Manager.of(PgArrays.class);

    @ArrayField(blank = true) public List<String> tags;
    @ArrayField(blank = true) public List<Integer> numbers;
    @ArrayField(blank = true) public List<LocalDate> dates;
    @ArrayField(nullable = true, blank = true) public List<UUID> ids;
}
