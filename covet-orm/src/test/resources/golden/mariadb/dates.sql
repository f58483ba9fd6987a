-- date transforms
SELECT `everything`.`id`, `everything`.`name`, `everything`.`text`, `everything`.`email`, `everything`.`url`, `everything`.`integer`, `everything`.`big_integer`, `everything`.`small_integer`, `everything`.`double_value`, `everything`.`float_value`, `everything`.`decimal`, `everything`.`flag`, `everything`.`instant`, `everything`.`local_date_time`, `everything`.`offset_date_time`, `everything`.`date`, `everything`.`time`, `everything`.`json`, `everything`.`json_list`, `everything`.`binary`, `everything`.`uuid`, `everything`.`color` FROM `everything` WHERE (QUARTER(`everything`.`instant`) = ? AND WEEK(`everything`.`instant`, 3) >= ? AND (WEEKDAY(`everything`.`instant`) + 1) = ? AND (YEARWEEK(`everything`.`instant`, 3) DIV 100) = ? AND TIME(`everything`.`instant`) < ?) -- params [2, 10, 1, 2024, 12:00]

-- extract, trunc and now
SELECT `everything`.`id`, `everything`.`name`, `everything`.`text`, `everything`.`email`, `everything`.`url`, `everything`.`integer`, `everything`.`big_integer`, `everything`.`small_integer`, `everything`.`double_value`, `everything`.`float_value`, `everything`.`decimal`, `everything`.`flag`, `everything`.`instant`, `everything`.`local_date_time`, `everything`.`offset_date_time`, `everything`.`date`, `everything`.`time`, `everything`.`json`, `everything`.`json_list`, `everything`.`binary`, `everything`.`uuid`, `everything`.`color`, QUARTER(`everything`.`instant`) AS `q`, (YEARWEEK(`everything`.`date`, 3) DIV 100) AS `iy`, CAST(DATE_FORMAT(`everything`.`instant`, '%Y-%m-01') AS DATETIME(6)) AS `m`, CAST(DATE(`everything`.`date`) - INTERVAL WEEKDAY(`everything`.`date`) DAY AS DATE) AS `w`, CAST(MAKEDATE(YEAR(`everything`.`instant`), 1) + INTERVAL (QUARTER(`everything`.`instant`) - 1) QUARTER AS DATETIME(6)) AS `qd`, DATE(`everything`.`instant`) AS `d` FROM `everything` WHERE `everything`.`instant` <= UTC_TIMESTAMP(6)

-- left, right, round to places
SELECT `product`.`id`, `product`.`name`, `product`.`condition`, `product`.`price`, `product`.`quantity`, `product`.`min_quantity`, `product`.`rating`, `product`.`color`, SUBSTR(`product`.`name`, ?, ?) AS `l`, RIGHT(`product`.`name`, ?) AS `r`, ROUND(`product`.`price`, 1) AS `p` FROM `product` -- params [1, 2, 3]

-- dates
SELECT DISTINCT DATE(CAST(DATE_FORMAT(`everything`.`instant`, '%Y-%m-01') AS DATETIME(6))) AS `covet_truncated` FROM `everything` WHERE `everything`.`instant` IS NOT NULL ORDER BY DATE(CAST(DATE_FORMAT(`everything`.`instant`, '%Y-%m-01') AS DATETIME(6))) DESC

-- database defaults
CREATE TABLE `ticket` (
    `id` INT AUTO_INCREMENT PRIMARY KEY,
    `title` VARCHAR(30) NOT NULL,
    `status` VARCHAR(20) DEFAULT 'open' NOT NULL,
    `priority` INT DEFAULT 3 NOT NULL,
    `opened_at` DATETIME(6) DEFAULT (UTC_TIMESTAMP(6)) NOT NULL,
    `note` VARCHAR(40) DEFAULT 'it''s a \\ ''quoted'' note',
    `active` TINYINT(1) DEFAULT TRUE NOT NULL,
    `due` DATE DEFAULT '2024-01-31' NOT NULL,
    `fee` DECIMAL(6, 2) DEFAULT 9.50 NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin

