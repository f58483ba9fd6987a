package dev.covet.orm.sql;

import dev.covet.orm.DbTest;
import dev.covet.orm.TestDb;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Book;
import dev.covet.orm.models.Everything;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.Ticket;
import dev.covet.orm.query.functions.ExtractIsoYear;
import dev.covet.orm.query.functions.ExtractQuarter;
import dev.covet.orm.query.functions.Left;
import dev.covet.orm.query.functions.Now;
import dev.covet.orm.query.functions.Right;
import dev.covet.orm.query.functions.Round;
import dev.covet.orm.query.functions.TruncDate;
import dev.covet.orm.query.functions.TruncMonth;
import dev.covet.orm.query.functions.TruncQuarter;
import dev.covet.orm.query.functions.TruncWeek;

import java.time.LocalTime;
import java.util.Set;

/**
 * The SQL of the date transforms, Extract / Trunc / Now, Left / Right / Round to places, dates(),
 * selectForUpdate(of) and database defaults, per database, against {@code golden/<database>/dates.sql}.
 */
class DateAndLockGoldenSqlTest {
    @DbTest
    void dateFunctionsLocksAndDefaults(TestDb db) {
        GoldenSql g = new GoldenSql(db, "dates");
        g.add("date transforms", Everything.objects.filter("instant__quarter", 2).filter("instant__week__gte", 10)
                .filter("instant__iso_week_day", 1).filter("instant__iso_year", 2024).filter("instant__time__lt", LocalTime.NOON).toSql());
        g.add("extract, trunc and now", Everything.objects.annotate("q", ExtractQuarter.of("instant"))
                .annotate("iy", ExtractIsoYear.of("date")).annotate("m", TruncMonth.of("instant")).annotate("w", TruncWeek.of("date"))
                .annotate("qd", TruncQuarter.of("instant")).annotate("d", TruncDate.of("instant")).filter("instant__lte", Now.of()).toSql());
        g.add("left, right, round to places", Product.objects.annotate("l", Left.of("name", 2)).annotate("r", Right.of("name", 3))
                .annotate("p", Round.of("price", 1)).toSql());
        g.add("dates", Everything.objects.all().dates("instant", "month", "DESC").toSql());
        if (db.isPostgres()) {
            g.add("select for update of", Book.objects.selectRelated("author").selectForUpdate(false, true, false, "self").toSql());
        }
        g.add("database defaults", DdlCompiler.createTable(ModelRegistry.info(Ticket.class), Set.of(), db.database().dialect()).create());
        g.verify();
    }
}
