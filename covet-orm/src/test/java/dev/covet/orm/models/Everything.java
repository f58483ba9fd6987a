package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BigIntegerField;
import dev.covet.orm.field.BinaryField;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.EmailField;
import dev.covet.orm.field.EnumField;
import dev.covet.orm.field.FloatField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.JSONField;
import dev.covet.orm.field.SmallIntegerField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.field.TimeField;
import dev.covet.orm.field.URLField;
import dev.covet.orm.field.UUIDField;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One nullable field of every type (arrays aside: PostgreSQL only, see PgArrays). */
public class Everything extends Model {
    public static final Manager<Everything> objects = Manager.of(Everything.class);

    @CharField(maxLength = 50, nullable = true, blank = true) public String name;
    @TextField(nullable = true, blank = true) public String text;
    @EmailField(nullable = true, blank = true) public String email;
    @URLField(nullable = true, blank = true) public String url;
    @IntegerField(nullable = true) public Integer integer;
    @BigIntegerField(nullable = true) public Long bigInteger;
    @SmallIntegerField(nullable = true) public Short smallInteger;
    @FloatField(nullable = true) public Double doubleValue;
    @FloatField(nullable = true) public Float floatValue;
    @DecimalField(maxDigits = 12, decimalPlaces = 4, nullable = true) public BigDecimal decimal;
    @BooleanField(nullable = true) public Boolean flag;
    @DateTimeField(nullable = true) public Instant instant;
    @DateTimeField(nullable = true) public LocalDateTime localDateTime;
    @DateTimeField(nullable = true) public OffsetDateTime offsetDateTime;
    @DateField(nullable = true) public LocalDate date;
    @TimeField(nullable = true) public LocalTime time;
    @JSONField(nullable = true) public Map<String, Object> json;
    @JSONField(nullable = true) public List<Object> jsonList;
    @BinaryField(nullable = true) public byte[] binary;
    @UUIDField(nullable = true) public UUID uuid;
    @EnumField(nullable = true) public Color color;
}
