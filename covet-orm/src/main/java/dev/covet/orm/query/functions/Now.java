package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.OutputType;

/**
 * The database's current date and time, in UTC, as a datetime (Django's {@code Now()}); on PostgreSQL
 * the time the transaction began, elsewhere the time the statement runs. Also a database-side default:
 * {@code @Field(dbDefault = "now")}.
 *
 * <pre>{@code Event.objects.filter("startsAt__lte", Now.of())}</pre>
 */
public record Now() implements Expression {
    private static final Now NOW = new Now();
    private static final OutputType TYPE = OutputType.of(Storage.TIMESTAMP);

    /** {@return the database's current date and time (Django's {@code Now()}); one shared instance} */
    public static Now of() {
        return NOW;
    }

    @Override
    public Expression resolve(Resolver query) {
        return this;
    }

    @Override
    public OutputType outputType() {
        return TYPE;
    }
}
