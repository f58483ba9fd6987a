-- create Author
CREATE TABLE "author" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "email" TEXT
)

-- create Book
CREATE TABLE "book" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "pages" INTEGER NOT NULL,
    "price" REAL NOT NULL,
    "published" TEXT,
    "author_id" INTEGER NOT NULL,
    "publisher_id" INTEGER,
    CONSTRAINT "book_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "author" ("id") DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT "book_publisher_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "publisher" ("id") DEFERRABLE INITIALLY DEFERRED
)
CREATE INDEX "book_author_id_idx" ON "book" ("author_id")
CREATE INDEX "book_publisher_id_idx" ON "book" ("publisher_id")

-- create Publisher
CREATE TABLE "publisher" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL UNIQUE
)

-- create the junction of Book.tags
CREATE TABLE "book_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "book_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,
    CONSTRAINT "book_tags_book_id_tag_id_uniq" UNIQUE ("book_id", "tag_id"),
    CONSTRAINT "book_tags_book_id_fk" FOREIGN KEY ("book_id") REFERENCES "book" ("id") DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT "book_tags_tag_id_fk" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") DEFERRABLE INITIALLY DEFERRED
)
CREATE INDEX "book_tags_tag_id_idx" ON "book_tags" ("tag_id")

