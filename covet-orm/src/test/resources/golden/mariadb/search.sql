-- search lookup
SELECT `story`.`id`, `story`.`title`, `story`.`body` FROM `story` WHERE MATCH (`story`.`body`) AGAINST (? IN BOOLEAN MODE) -- params [+(quick Quick QUICK) +(fox Fox FOX)]

-- vector, phrase and rank
SELECT `story`.`id`, `story`.`title`, `story`.`body`, MATCH (`story`.`title`, `story`.`body`) AGAINST (? IN BOOLEAN MODE) AS `rank` FROM `story` WHERE MATCH (`story`.`title`, `story`.`body`) AGAINST (? IN BOOLEAN MODE) ORDER BY MATCH (`story`.`title`, `story`.`body`) AGAINST (? IN BOOLEAN MODE) DESC -- params [+(quick Quick QUICK), +("brown fox" "Brown fox" "BROWN FOX"), +(quick Quick QUICK)]

-- search indexes
CREATE TABLE `story` (
    `id` INT AUTO_INCREMENT PRIMARY KEY,
    `title` VARCHAR(200) NOT NULL,
    `body` LONGTEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE FULLTEXT INDEX `story_title_body_search` ON `story` (`title`, `body`);
CREATE FULLTEXT INDEX `story_body_search` ON `story` (`body`)

-- json contains
SELECT `everything`.`id`, `everything`.`name`, `everything`.`text`, `everything`.`email`, `everything`.`url`, `everything`.`integer`, `everything`.`big_integer`, `everything`.`small_integer`, `everything`.`double_value`, `everything`.`float_value`, `everything`.`decimal`, `everything`.`flag`, `everything`.`instant`, `everything`.`local_date_time`, `everything`.`offset_date_time`, `everything`.`date`, `everything`.`time`, `everything`.`json`, `everything`.`json_list`, `everything`.`binary`, `everything`.`uuid`, `everything`.`color` FROM `everything` WHERE JSON_CONTAINS(`everything`.`json`, ?) -- params [{"rating":5}]

-- json contained_by
SELECT `everything`.`id`, `everything`.`name`, `everything`.`text`, `everything`.`email`, `everything`.`url`, `everything`.`integer`, `everything`.`big_integer`, `everything`.`small_integer`, `everything`.`double_value`, `everything`.`float_value`, `everything`.`decimal`, `everything`.`flag`, `everything`.`instant`, `everything`.`local_date_time`, `everything`.`offset_date_time`, `everything`.`date`, `everything`.`time`, `everything`.`json`, `everything`.`json_list`, `everything`.`binary`, `everything`.`uuid`, `everything`.`color` FROM `everything` WHERE JSON_CONTAINS(?, `everything`.`json`) -- params [{"rating":5,"tags":1}]

-- json key paths in orderBy and values
SELECT `everything`.`name`, JSON_EXTRACT(`everything`.`json`, ?) AS `json__tags__0` FROM `everything` WHERE `everything`.`json` IS NOT NULL ORDER BY CASE WHEN JSON_TYPE(JSON_EXTRACT(`everything`.`json`, ?)) IN ('INTEGER', 'DOUBLE', 'DECIMAL', 'UNSIGNED INTEGER') THEN JSON_EXTRACT(`everything`.`json`, ?) + 0 END DESC, JSON_UNQUOTE(JSON_EXTRACT(`everything`.`json`, ?)) DESC, CASE WHEN JSON_TYPE(JSON_EXTRACT(`everything`.`json`, ?)) IN ('INTEGER', 'DOUBLE', 'DECIMAL', 'UNSIGNED INTEGER') THEN JSON_EXTRACT(`everything`.`json`, ?) + 0 END ASC, JSON_UNQUOTE(JSON_EXTRACT(`everything`.`json`, ?)) ASC -- params [$."tags"[0], $."rating", $."rating", $."rating", $."shop"."city", $."shop"."city", $."shop"."city"]

