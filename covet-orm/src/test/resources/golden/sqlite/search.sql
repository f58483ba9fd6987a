-- search lookup
SELECT "story"."id", "story"."title", "story"."body" FROM "story" WHERE "story"."id" IN (SELECT rowid FROM "story_title_body_search" WHERE "story_title_body_search" MATCH ?) -- params [{body} : ("quick" "fox")]

-- vector, phrase and rank
SELECT "story"."id", "story"."title", "story"."body", COALESCE((SELECT -bm25("story_title_body_search") FROM "story_title_body_search" WHERE "story_title_body_search" MATCH ? AND rowid = "story"."id"), 0) AS "rank" FROM "story" WHERE "story"."id" IN (SELECT rowid FROM "story_title_body_search" WHERE "story_title_body_search" MATCH ?) ORDER BY COALESCE((SELECT -bm25("story_title_body_search") FROM "story_title_body_search" WHERE "story_title_body_search" MATCH ? AND rowid = "story"."id"), 0) DESC -- params ["quick", "brown fox", "quick"]

-- search indexes
CREATE TABLE "story" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "body" TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS "story_title_body_search" USING fts5("title", "body", content='story', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS "story_title_body_search_ai" AFTER INSERT ON "story" BEGIN INSERT INTO "story_title_body_search" (rowid, "title", "body") VALUES (new."id", new."title", new."body"); END;
CREATE TRIGGER IF NOT EXISTS "story_title_body_search_ad" AFTER DELETE ON "story" BEGIN INSERT INTO "story_title_body_search" ("story_title_body_search", rowid, "title", "body") VALUES ('delete', old."id", old."title", old."body"); END;
CREATE TRIGGER IF NOT EXISTS "story_title_body_search_au" AFTER UPDATE ON "story" BEGIN INSERT INTO "story_title_body_search" ("story_title_body_search", rowid, "title", "body") VALUES ('delete', old."id", old."title", old."body"); INSERT INTO "story_title_body_search" (rowid, "title", "body") VALUES (new."id", new."title", new."body"); END;
INSERT INTO "story_title_body_search" ("story_title_body_search") VALUES ('rebuild');
CREATE VIRTUAL TABLE IF NOT EXISTS "story_body_search" USING fts5("body", content='story', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS "story_body_search_ai" AFTER INSERT ON "story" BEGIN INSERT INTO "story_body_search" (rowid, "body") VALUES (new."id", new."body"); END;
CREATE TRIGGER IF NOT EXISTS "story_body_search_ad" AFTER DELETE ON "story" BEGIN INSERT INTO "story_body_search" ("story_body_search", rowid, "body") VALUES ('delete', old."id", old."body"); END;
CREATE TRIGGER IF NOT EXISTS "story_body_search_au" AFTER UPDATE ON "story" BEGIN INSERT INTO "story_body_search" ("story_body_search", rowid, "body") VALUES ('delete', old."id", old."body"); INSERT INTO "story_body_search" (rowid, "body") VALUES (new."id", new."body"); END;
INSERT INTO "story_body_search" ("story_body_search") VALUES ('rebuild')

-- json key paths in orderBy and values
SELECT "everything"."name", ("everything"."json" -> ?) AS "json__tags__0" FROM "everything" WHERE "everything"."json" IS NOT NULL ORDER BY json_extract("everything"."json", ?) DESC, json_extract("everything"."json", ?) ASC -- params [$."tags"[0], $."rating", $."shop"."city"]

