-- insert
INSERT INTO "author" ("name", "email") VALUES (?, ?) RETURNING "id"

-- update a row
UPDATE "author" SET "name" = ?, "email" = ? WHERE "id" = ?

-- bulk create
INSERT INTO "book" ("title", "pages", "price", "published", "author_id", "publisher_id") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?) RETURNING "id"

-- bulk create skipping conflicts
INSERT INTO "publisher" ("id", "name") VALUES (?, ?) ON CONFLICT DO NOTHING

-- update with F
UPDATE "book" SET "pages" = ("book"."pages" + ?) WHERE "book"."id" IN (SELECT "book"."id" AS "pk" FROM "book" INNER JOIN "author" ON ("book"."author_id" = "author"."id") WHERE "author"."name" = ?)

-- update across a relation
UPDATE "book" SET "title" = ? WHERE "book"."id" IN (SELECT "book"."id" AS "pk" FROM "book" INNER JOIN "publisher" ON ("book"."publisher_id" = "publisher"."id") WHERE "publisher"."name" = ?)

-- delete with SET_NULL (statements sorted)
DELETE FROM "publisher" WHERE "id" = ?
SELECT "book"."id" AS "pk" FROM "book" WHERE "book"."publisher_id" IN (?)
SELECT "protector"."id" AS "pk" FROM "protector" WHERE "protector"."defaulted_id" IN (?)
SELECT "protector"."id" AS "pk" FROM "protector" WHERE "protector"."fallen_id" IN (?)
SELECT "protector"."id" AS "pk" FROM "protector" WHERE "protector"."nulled_id" IN (?)
SELECT "protector"."id", "protector"."n", "protector"."guarded_id", "protector"."nulled_id", "protector"."defaulted_id", "protector"."fallen_id", "protector"."ignored_id" FROM "protector" WHERE "protector"."guarded_id" IN (?)
SELECT "publisher"."id" AS "pk" FROM "publisher" WHERE "publisher"."name" = ?
UPDATE "book" SET "publisher_id" = ? WHERE "id" IN (?, ?)

-- delete with CASCADE (statements sorted)
DELETE FROM "author" WHERE "id" = ?
DELETE FROM "book" WHERE "id" IN (?, ?)
DELETE FROM "book_tags" WHERE "book_id" IN (?, ?)
DELETE FROM "library_holdings" WHERE "book_id" IN (?, ?)
SELECT "author"."id" AS "pk" FROM "author" ORDER BY "author"."name" ASC
SELECT "book"."id" AS "pk" FROM "book" WHERE "book"."author_id" IN (?)
SELECT "chapter"."id" AS "pk" FROM "chapter" WHERE "chapter"."book_id" IN (?, ?)
SELECT "review"."id" AS "pk" FROM "review" WHERE "review"."book_id" IN (?, ?)

