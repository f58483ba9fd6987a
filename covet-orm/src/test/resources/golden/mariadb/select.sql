-- filter across a relation
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` INNER JOIN `author` ON (`book`.`author_id` = `author`.`id`) WHERE `author`.`name` LIKE ? ESCAPE '!' -- params [A%]

-- filter across two relations and a transform
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` INNER JOIN `publisher` ON (`book`.`publisher_id` = `publisher`.`id`) WHERE (UPPER(`publisher`.`name`) = UPPER(?) AND YEAR(`book`.`published`) >= ?) -- params [Ace, 2020]

-- Q with OR and NOT
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` WHERE (`book`.`pages` > ? OR NOT (UPPER(`book`.`title`) LIKE UPPER(?) ESCAPE '!')) -- params [100, %war%]

-- exclude on a nullable relation
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` LEFT OUTER JOIN `publisher` ON (`book`.`publisher_id` = `publisher`.`id`) WHERE NOT ((`publisher`.`name` = ? AND `publisher`.`name` IS NOT NULL)) -- params [Ace]

-- exclude across a multi-valued relation
SELECT `author`.`id`, `author`.`name`, `author`.`email` FROM `author` WHERE NOT (`author`.`id` IN (SELECT `U0`.`author_id` FROM `book` `U0` WHERE `U0`.`title` LIKE ? ESCAPE '!')) ORDER BY `author`.`name` ASC -- params [%x%]

-- in, range, isnull, regex
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` WHERE (`book`.`pages` IN (?, ?, ?) AND `book`.`pages` BETWEEN ? AND ? AND `book`.`published` IS NOT NULL AND `book`.`title` REGEXP CONCAT('(*LIMIT_MATCH=1000000)(*LIMIT_DEPTH=100000)(?-i)', ?)) -- params [1, 2, 3, 10, 20, ^A]

-- in a QuerySet
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` WHERE `book`.`author_id` IN (SELECT `U0`.`id` FROM `author` `U0` WHERE `U0`.`name` LIKE ? ESCAPE '!') -- params [%s]

-- F arithmetic
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` WHERE `book`.`pages` > (`book`.`price` * ?) -- params [2]

-- annotate an aggregate and filter on it
SELECT `author`.`id`, `author`.`name`, `author`.`email`, COUNT(`book`.`id`) AS `n` FROM `author` LEFT OUTER JOIN `book` ON (`author`.`id` = `book`.`author_id`) GROUP BY `author`.`id`, `author`.`name`, `author`.`email` HAVING COUNT(`book`.`id`) > ? ORDER BY COUNT(`book`.`id`) DESC -- params [1]

-- annotate an expression
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id`, (`book`.`pages` * ?) AS `double` FROM `book` WHERE (`book`.`pages` * ?) < ? -- params [2, 2, 50]

-- values with an aggregate
SELECT `author`.`name` AS `author__name`, SUM(`book`.`pages`) AS `total` FROM `book` INNER JOIN `author` ON (`book`.`author_id` = `author`.`id`) GROUP BY `author`.`name` ORDER BY `author`.`name` ASC

-- distinct, ordering, slice
SELECT DISTINCT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` ORDER BY `book`.`price` DESC, `book`.`title` ASC LIMIT 10 OFFSET 5

-- select related
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id`, `author`.`id`, `author`.`name`, `author`.`email`, `publisher`.`id`, `publisher`.`name` FROM `book` INNER JOIN `author` ON (`book`.`author_id` = `author`.`id`) LEFT OUTER JOIN `publisher` ON (`book`.`publisher_id` = `publisher`.`id`) WHERE `book`.`pages` <= ? -- params [10]

-- empty in
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id` FROM `book` WHERE 1 = 0

-- subquery annotation
SELECT `author`.`id`, `author`.`name`, `author`.`email`, (SELECT `U0`.`title` FROM `book` `U0` WHERE `U0`.`author_id` = `author`.`id` ORDER BY `U0`.`published` DESC LIMIT 1) AS `latest` FROM `author` ORDER BY `author`.`name` ASC

-- exists and not exists
SELECT `author`.`id`, `author`.`name`, `author`.`email` FROM `author` WHERE (EXISTS(SELECT `U0`.`id` FROM `book` `U0` WHERE (`U0`.`author_id` = `author`.`id` AND `U0`.`pages` > ?)) AND NOT (EXISTS(SELECT `U0`.`id` FROM `book` `U0` WHERE (`U0`.`author_id` = `author`.`id` AND `U0`.`pages` < ?)))) ORDER BY `author`.`name` ASC -- params [200, 10]

-- outer ref two levels out
SELECT `author`.`id`, `author`.`name`, `author`.`email` FROM `author` WHERE EXISTS(SELECT `U0`.`id` FROM `book` `U0` WHERE (`U0`.`author_id` = `author`.`id` AND EXISTS(SELECT `V0`.`id` FROM `chapter` `V0` WHERE (`V0`.`book_id` = `U0`.`id` AND `V0`.`title` = `author`.`name`)))) ORDER BY `author`.`name` ASC

-- case when
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id`, CASE WHEN `book`.`pages` >= ? THEN ? WHEN `author`.`name` = ? THEN ? ELSE ? END AS `size` FROM `book` INNER JOIN `author` ON (`book`.`author_id` = `author`.`id`) -- params [300, long, Ann, hers, short]

-- conditional count
SELECT `author`.`id`, `author`.`name`, `author`.`email`, COUNT(CASE WHEN `book`.`pages` > ? THEN `book`.`id` END) AS `n` FROM `author` LEFT OUTER JOIN `book` ON (`author`.`id` = `book`.`author_id`) GROUP BY `author`.`id`, `author`.`name`, `author`.`email` -- params [60]

-- functions and a transform
SELECT `author`.`id`, `author`.`name`, `author`.`email`, CONCAT(COALESCE(UPPER(`author`.`name`), ''), COALESCE(?, ''), COALESCE(`author`.`email`, '')) AS `label`, INSTR(`author`.`name`, ?) AS `at`, CHAR_LENGTH(`author`.`name`) AS `l` FROM `author` WHERE (LOWER(`author`.`name`) LIKE ? ESCAPE '!' AND `author`.`id` > GREATEST(`author`.`id`, ?)) ORDER BY `author`.`name` ASC -- params [ <, n, a%, 0]

-- cast
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id`, CAST(`book`.`pages` AS CHAR) AS `p` FROM `book`

-- window
SELECT `book`.`id`, `book`.`title`, `book`.`pages`, `book`.`price`, `book`.`published`, `book`.`author_id`, `book`.`publisher_id`, SUM(`book`.`pages`) OVER (PARTITION BY `book`.`author_id` ORDER BY `book`.`published` DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `running`, LAG(`book`.`pages`, 1) OVER (ORDER BY `book`.`pages` ASC) AS `prev` FROM `book`

-- filter on a window wraps the query
SELECT `qualify`.`c0`, `qualify`.`c1`, `qualify`.`c2`, `qualify`.`c3`, `qualify`.`c4`, `qualify`.`c5`, `qualify`.`c6`, `qualify`.`c7` AS `rn` FROM (SELECT `book`.`id` AS `c0`, `book`.`title` AS `c1`, `book`.`pages` AS `c2`, `book`.`price` AS `c3`, `book`.`published` AS `c4`, `book`.`author_id` AS `c5`, `book`.`publisher_id` AS `c6`, ROW_NUMBER() OVER (PARTITION BY `book`.`author_id` ORDER BY `book`.`pages` DESC) AS `c7`, ROW_NUMBER() OVER (PARTITION BY `book`.`author_id` ORDER BY `book`.`pages` DESC) AS `t0`, `book`.`pages` AS `t1` FROM `book` WHERE `book`.`pages` > ?) `qualify` WHERE `qualify`.`t0` = ? ORDER BY `qualify`.`t1` DESC LIMIT 5 -- params [10, 1]

-- json key paths and has_keys
SELECT `everything`.`id`, `everything`.`name`, `everything`.`text`, `everything`.`email`, `everything`.`url`, `everything`.`integer`, `everything`.`big_integer`, `everything`.`small_integer`, `everything`.`double_value`, `everything`.`float_value`, `everything`.`decimal`, `everything`.`flag`, `everything`.`instant`, `everything`.`local_date_time`, `everything`.`offset_date_time`, `everything`.`date`, `everything`.`time`, `everything`.`json`, `everything`.`json_list`, `everything`.`binary`, `everything`.`uuid`, `everything`.`color` FROM `everything` WHERE (JSON_UNQUOTE(JSON_EXTRACT(`everything`.`json`, ?)) >= ? AND JSON_UNQUOTE(JSON_EXTRACT(`everything`.`json`, ?)) = ? AND (JSON_CONTAINS_PATH(`everything`.`json`, 'one', ?) OR JSON_CONTAINS_PATH(`everything`.`json`, 'one', ?))) -- params [$."rating", 4, $."tags"[0], x, $."a", $."b"]

-- union ordered and sliced
SELECT `author`.`id`, `author`.`name`, `author`.`email` FROM `author` WHERE `author`.`name` = ? UNION SELECT `author`.`id`, `author`.`name`, `author`.`email` FROM `author` WHERE `author`.`name` = ? ORDER BY 2 DESC LIMIT 2 -- params [A, B]

-- difference of values
SELECT `book`.`title` FROM `book` EXCEPT SELECT `book`.`title` FROM `book` WHERE `book`.`pages` < ? -- params [10]

