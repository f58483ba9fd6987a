-- date transforms
SELECT "everything"."id", "everything"."name", "everything"."text", "everything"."email", "everything"."url", "everything"."integer", "everything"."big_integer", "everything"."small_integer", "everything"."double_value", "everything"."float_value", "everything"."decimal", "everything"."flag", "everything"."instant", "everything"."local_date_time", "everything"."offset_date_time", "everything"."date", "everything"."time", "everything"."json", "everything"."json_list", "everything"."binary", "everything"."uuid", "everything"."color" FROM "everything" WHERE (CAST(EXTRACT(QUARTER FROM "everything"."instant") AS INTEGER) = ? AND CAST(EXTRACT(WEEK FROM "everything"."instant") AS INTEGER) >= ? AND CAST(EXTRACT(ISODOW FROM "everything"."instant") AS INTEGER) = ? AND CAST(EXTRACT(ISOYEAR FROM "everything"."instant") AS INTEGER) = ? AND CAST("everything"."instant" AS TIME) < ?) -- params [2, 10, 1, 2024, 12:00]

-- extract, trunc and now
SELECT "everything"."id", "everything"."name", "everything"."text", "everything"."email", "everything"."url", "everything"."integer", "everything"."big_integer", "everything"."small_integer", "everything"."double_value", "everything"."float_value", "everything"."decimal", "everything"."flag", "everything"."instant", "everything"."local_date_time", "everything"."offset_date_time", "everything"."date", "everything"."time", "everything"."json", "everything"."json_list", "everything"."binary", "everything"."uuid", "everything"."color", CAST(EXTRACT(QUARTER FROM "everything"."instant") AS INTEGER) AS "q", CAST(EXTRACT(ISOYEAR FROM "everything"."date") AS INTEGER) AS "iy", DATE_TRUNC('month', "everything"."instant") AS "m", CAST(DATE_TRUNC('week', CAST("everything"."date" AS TIMESTAMP)) AS DATE) AS "w", DATE_TRUNC('quarter', "everything"."instant") AS "qd", CAST("everything"."instant" AS DATE) AS "d" FROM "everything" WHERE "everything"."instant" <= (CURRENT_TIMESTAMP AT TIME ZONE 'UTC')

-- left, right, round to places
SELECT "product"."id", "product"."name", "product"."condition", "product"."price", "product"."quantity", "product"."min_quantity", "product"."rating", "product"."color", SUBSTR("product"."name", CAST(? AS int4), CAST(? AS int4)) AS "l", RIGHT("product"."name", CAST(? AS int4)) AS "r", ROUND(CAST("product"."price" AS NUMERIC), 1) AS "p" FROM "product" -- params [1, 2, 3]

-- dates
SELECT DISTINCT CAST(DATE_TRUNC('month', "everything"."instant") AS DATE) AS "covet_truncated" FROM "everything" WHERE "everything"."instant" IS NOT NULL ORDER BY CAST(DATE_TRUNC('month', "everything"."instant") AS DATE) DESC

-- select for update of
SELECT "book"."id", "book"."title", "book"."pages", "book"."price", "book"."published", "book"."author_id", "book"."publisher_id", "author"."id", "author"."name", "author"."email" FROM "book" INNER JOIN "author" ON ("book"."author_id" = "author"."id") FOR UPDATE OF "book" SKIP LOCKED

-- database defaults
CREATE TABLE "ticket" (
    "id" SERIAL PRIMARY KEY,
    "title" VARCHAR(30) NOT NULL,
    "status" VARCHAR(20) DEFAULT 'open' NOT NULL,
    "priority" INTEGER DEFAULT 3 NOT NULL,
    "opened_at" TIMESTAMP DEFAULT ((CURRENT_TIMESTAMP AT TIME ZONE 'UTC')) NOT NULL,
    "note" VARCHAR(40) DEFAULT 'it''s a \ ''quoted'' note',
    "active" BOOLEAN DEFAULT TRUE NOT NULL,
    "due" DATE DEFAULT '2024-01-31' NOT NULL,
    "fee" DECIMAL(6, 2) DEFAULT 9.50 NOT NULL
)

