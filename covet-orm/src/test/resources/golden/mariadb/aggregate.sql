-- aggregate
SELECT AVG(`book`.`price`) AS `price__avg`, MAX(`book`.`pages`) AS `pages__max`, COUNT(*) AS `count` FROM `book` WHERE `book`.`pages` > ?

-- aggregate over a sliced query
SELECT SUM(`subquery`.`__c0`) AS `pages__sum` FROM (SELECT `book`.`pages` AS `__c0` FROM `book` ORDER BY `book`.`title` ASC LIMIT 2) `subquery`

-- count
SELECT COUNT(*) AS `count` FROM `book` INNER JOIN `author` ON (`book`.`author_id` = `author`.`id`) WHERE `author`.`name` = ?

-- exists
SELECT `book`.`id` AS `a` FROM `book` INNER JOIN `author` ON (`book`.`author_id` = `author`.`id`) WHERE `author`.`name` = ? LIMIT 1

-- prefetch a reverse foreign key
SELECT `author`.`id`, `author`.`name`, `author`.`email` FROM `author` ORDER BY `author`.`name` ASC
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` WHERE `book`.`author_id` IN (?)

-- prefetch a many-to-many
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book`
SELECT `tag`.`id`, `tag`.`name`, `book_tags`.`book_id` AS `covetPrefetchKey` FROM `tag` INNER JOIN `book_tags` ON (`tag`.`id` = `book_tags`.`tag_id`) WHERE `book_tags`.`book_id` = ?

