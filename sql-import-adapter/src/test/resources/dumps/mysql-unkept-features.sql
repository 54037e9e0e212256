-- Features the kept-features fixtures do not cover; MariaDB's mysqldump --no-data --routines --triggers --events of this is mariadb-unkept-features.mysqldump.sql
CREATE TABLE customers (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(200) NOT NULL,
  first_name VARCHAR(50) NOT NULL,
  last_name VARCHAR(50) NOT NULL,
  full_name VARCHAR(101) GENERATED ALWAYS AS (CONCAT(first_name, ' ', last_name)) STORED,
  initials VARCHAR(2) AS (CONCAT(LEFT(first_name, 1), LEFT(last_name, 1))) VIRTUAL,
  bio TEXT,
  location POINT NOT NULL,
  period INT,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  touched DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  UNIQUE KEY uq_email (email),
  FULLTEXT KEY ft_bio (bio),
  SPATIAL INDEX sp_location (location),
  KEY ix_name (last_name(10), first_name),
  CONSTRAINT chk_names CHECK (first_name <> '')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='people';
CREATE TABLE orders (
  id BIGINT NOT NULL AUTO_INCREMENT,
  customer_id INT UNSIGNED NOT NULL,
  placed_on DATE NOT NULL,
  status ENUM('new','paid','shipped') NOT NULL DEFAULT 'new',
  flags SET('gift','rush') DEFAULT NULL,
  PRIMARY KEY (id, placed_on),
  KEY ix_customer (customer_id)
) ENGINE=InnoDB PARTITION BY RANGE (YEAR(placed_on)) (
  PARTITION p2025 VALUES LESS THAN (2026),
  PARTITION pmax VALUES LESS THAN MAXVALUE
);
CREATE TABLE order_lines (
  order_id BIGINT NOT NULL,
  placed_on DATE NOT NULL,
  line INT NOT NULL,
  customer_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (order_id, line),
  CONSTRAINT fk_lines_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE SQL SECURITY DEFINER VIEW customer_names AS SELECT id, full_name FROM customers;
DELIMITER //
CREATE TRIGGER customers_bi BEFORE INSERT ON customers FOR EACH ROW
BEGIN
  SET NEW.first_name = TRIM(NEW.first_name); -- semicolon in body
END//
CREATE PROCEDURE count_customers(OUT n INT)
BEGIN
  SELECT COUNT(*) INTO n FROM customers;
END//
CREATE FUNCTION greet(s VARCHAR(20)) RETURNS VARCHAR(30) DETERMINISTIC
BEGIN
  RETURN CONCAT('hi ', s);
END//
DELIMITER ;
CREATE EVENT IF NOT EXISTS nightly ON SCHEDULE EVERY 1 DAY DO DELETE FROM order_lines WHERE line < 0;
