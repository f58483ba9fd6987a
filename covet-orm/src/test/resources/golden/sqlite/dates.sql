-- date transforms
SELECT "everything"."id", "everything"."name", "everything"."text", "everything"."email", "everything"."url", "everything"."integer", "everything"."big_integer", "everything"."small_integer", "everything"."double_value", "everything"."float_value", "everything"."decimal", "everything"."flag", "everything"."instant", "everything"."local_date_time", "everything"."offset_date_time", "everything"."date", "everything"."time", "everything"."json", "everything"."json_list", "everything"."binary", "everything"."uuid", "everything"."color" FROM "everything" WHERE (((CAST(strftime('%m', "everything"."instant") AS INTEGER) + 2) / 3) = ? AND CAST(strftime('%V', "everything"."instant") AS INTEGER) >= ? AND CAST(strftime('%u', "everything"."instant") AS INTEGER) = ? AND CAST(strftime('%G', "everything"."instant") AS INTEGER) = ? AND substr("everything"."instant", 12) < ?) -- params [2, 10, 1, 2024, 12:00]

-- extract, trunc and now
SELECT "everything"."id", "everything"."name", "everything"."text", "everything"."email", "everything"."url", "everything"."integer", "everything"."big_integer", "everything"."small_integer", "everything"."double_value", "everything"."float_value", "everything"."decimal", "everything"."flag", "everything"."instant", "everything"."local_date_time", "everything"."offset_date_time", "everything"."date", "everything"."time", "everything"."json", "everything"."json_list", "everything"."binary", "everything"."uuid", "everything"."color", ((CAST(strftime('%m', "everything"."instant") AS INTEGER) + 2) / 3) AS "q", CAST(strftime('%G', "everything"."date") AS INTEGER) AS "iy", strftime('%Y-%m-01 00:00:00.000000', "everything"."instant") AS "m", strftime('%Y-%m-%d', "everything"."date", 'weekday 0', '-6 days') AS "w", printf('%04d-%02d-01 00:00:00.000000', CAST(strftime('%Y', "everything"."instant") AS INTEGER), ((CAST(strftime('%m', "everything"."instant") AS INTEGER) - 1) / 3) * 3 + 1) AS "qd", date("everything"."instant") AS "d" FROM "everything" WHERE "everything"."instant" <= strftime('%Y-%m-%d %H:%M:%f000', 'now')

-- left, right, round to places
SELECT "product"."id", "product"."name", "product"."condition", "product"."price", "product"."quantity", "product"."min_quantity", "product"."rating", "product"."color", SUBSTR("product"."name", ?, ?) AS "l", covet_right("product"."name", ?) AS "r", ROUND("product"."price", 1) AS "p" FROM "product" -- params [1, 2, 3]

-- dates
SELECT DISTINCT date(strftime('%Y-%m-01 00:00:00.000000', "everything"."instant")) AS "covet_truncated" FROM "everything" WHERE "everything"."instant" IS NOT NULL ORDER BY date(strftime('%Y-%m-01 00:00:00.000000', "everything"."instant")) DESC

-- database defaults
CREATE TABLE "ticket" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "status" TEXT DEFAULT 'open' NOT NULL,
    "priority" INTEGER DEFAULT 3 NOT NULL,
    "opened_at" TEXT DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now')) NOT NULL,
    "note" TEXT DEFAULT 'it''s a \ ''quoted'' note',
    "active" INTEGER DEFAULT TRUE NOT NULL,
    "due" TEXT DEFAULT '2024-01-31' NOT NULL,
    "fee" REAL DEFAULT 9.50 NOT NULL
)

