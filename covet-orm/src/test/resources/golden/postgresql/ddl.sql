-- create Author
CREATE TABLE "author" (
    "id" SERIAL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "email" VARCHAR(254)
)

-- create Book
CREATE TABLE "book" (
    "id" SERIAL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "pages" INTEGER NOT NULL,
    "price" DECIMAL(8, 2) NOT NULL,
    "published" DATE,
    "author_id" INTEGER NOT NULL,
    "publisher_id" INTEGER
)
CREATE INDEX "book_author_id_idx" ON "book" ("author_id")
CREATE INDEX "book_publisher_id_idx" ON "book" ("publisher_id")
ALTER TABLE "book" ADD CONSTRAINT "book_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "author" ("id") DEFERRABLE INITIALLY DEFERRED
ALTER TABLE "book" ADD CONSTRAINT "book_publisher_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "publisher" ("id") DEFERRABLE INITIALLY DEFERRED

-- create Publisher
CREATE TABLE "publisher" (
    "id" SERIAL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL UNIQUE
)

-- create the junction of Book.tags
CREATE TABLE "book_tags" (
    "id" SERIAL PRIMARY KEY,
    "book_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,
    CONSTRAINT "book_tags_book_id_tag_id_uniq" UNIQUE ("book_id", "tag_id")
)
CREATE INDEX "book_tags_tag_id_idx" ON "book_tags" ("tag_id")

