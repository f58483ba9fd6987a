-- search lookup
SELECT "story"."id", "story"."title", "story"."body" FROM "story" WHERE to_tsvector('english', COALESCE("story"."body", '')) @@ plainto_tsquery('english', ?) -- params [quick fox]

-- vector, phrase and rank
SELECT "story"."id", "story"."title", "story"."body", ts_rank(to_tsvector('english', COALESCE("story"."title", '') || ' ' || COALESCE("story"."body", '')), plainto_tsquery('english', ?)) AS "rank" FROM "story" WHERE to_tsvector('english', COALESCE("story"."title", '') || ' ' || COALESCE("story"."body", '')) @@ phraseto_tsquery('english', ?) ORDER BY ts_rank(to_tsvector('english', COALESCE("story"."title", '') || ' ' || COALESCE("story"."body", '')), plainto_tsquery('english', ?)) DESC -- params [quick, brown fox, quick]

-- search indexes
CREATE TABLE "story" (
    "id" SERIAL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT
);
CREATE INDEX "story_title_body_search" ON "story" USING GIN (to_tsvector('english', COALESCE("title", '') || ' ' || COALESCE("body", '')));
CREATE INDEX "story_body_search" ON "story" USING GIN (to_tsvector('english', COALESCE("body", '')))

-- json contains
SELECT "everything"."id", "everything"."name", "everything"."text", "everything"."email", "everything"."url", "everything"."integer", "everything"."big_integer", "everything"."small_integer", "everything"."double_value", "everything"."float_value", "everything"."decimal", "everything"."flag", "everything"."instant", "everything"."local_date_time", "everything"."offset_date_time", "everything"."date", "everything"."time", "everything"."json", "everything"."json_list", "everything"."binary", "everything"."uuid", "everything"."color" FROM "everything" WHERE "everything"."json" @> CAST(? AS JSONB) -- params [{"rating":5}]

-- json contained_by
SELECT "everything"."id", "everything"."name", "everything"."text", "everything"."email", "everything"."url", "everything"."integer", "everything"."big_integer", "everything"."small_integer", "everything"."double_value", "everything"."float_value", "everything"."decimal", "everything"."flag", "everything"."instant", "everything"."local_date_time", "everything"."offset_date_time", "everything"."date", "everything"."time", "everything"."json", "everything"."json_list", "everything"."binary", "everything"."uuid", "everything"."color" FROM "everything" WHERE "everything"."json" <@ CAST(? AS JSONB) -- params [{"rating":5,"tags":1}]

-- json key paths in orderBy and values
SELECT "everything"."name", ("everything"."json" -> CAST(? AS text) -> CAST(? AS int4)) AS "json__tags__0" FROM "everything" WHERE "everything"."json" IS NOT NULL ORDER BY ("everything"."json" -> CAST(? AS text)) DESC, ("everything"."json" -> CAST(? AS text) -> CAST(? AS text)) ASC -- params [tags, 0, rating, shop, city]

