-- create Author
CREATE TABLE `author` (
    `id` INT AUTO_INCREMENT PRIMARY KEY,
    `name` VARCHAR(100) NOT NULL,
    `email` VARCHAR(254)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin

-- create Book
CREATE TABLE `book` (
    `id` INT AUTO_INCREMENT PRIMARY KEY,
    `title` VARCHAR(200) NOT NULL,
    `pages` INT NOT NULL,
    `price` DECIMAL(8, 2) NOT NULL,
    `published` DATE,
    `author_id` INT NOT NULL,
    `publisher_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin
ALTER TABLE `book` ADD CONSTRAINT `book_author_id_fk` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`)
ALTER TABLE `book` ADD CONSTRAINT `book_publisher_id_fk` FOREIGN KEY (`publisher_id`) REFERENCES `publisher` (`id`)

-- create Publisher
CREATE TABLE `publisher` (
    `id` INT AUTO_INCREMENT PRIMARY KEY,
    `name` VARCHAR(100) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin

-- create the junction of Book.tags
CREATE TABLE `book_tags` (
    `id` INT AUTO_INCREMENT PRIMARY KEY,
    `book_id` INT NOT NULL,
    `tag_id` INT NOT NULL,
    CONSTRAINT `book_tags_book_id_tag_id_uniq` UNIQUE (`book_id`, `tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin

