package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.DbDefault;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.IntegerField;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Fields the database fills when a save leaves them null (database defaults). */
public class Ticket extends Model {
    public static final Manager<Ticket> objects = Manager.of(Ticket.class);

    @CharField(maxLength = 30) public String title;
    @DbDefault("open") @CharField(maxLength = 20) public String status;
    @DbDefault("3") @IntegerField public Integer priority;
    @DbDefault(now = true) @DateTimeField public Instant openedAt;
    @DbDefault("it's a \\ 'quoted' note") @CharField(maxLength = 40, nullable = true) public String note;
    @DbDefault("true") @BooleanField public Boolean active;
    @DbDefault("2024-01-31") @DateField public LocalDate due;
    @DbDefault("9.50") @DecimalField(maxDigits = 6, decimalPlaces = 2) public BigDecimal fee;
}
