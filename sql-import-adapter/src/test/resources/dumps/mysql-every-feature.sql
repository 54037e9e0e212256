CREATE TABLE `Users` (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE COMMENT 'the mail; it\'s',
  price decimal(10,2) DEFAULT 0.00 CHECK (price >= 0),
  m enum('happy','sad','it''s') DEFAULT 'happy',
  created datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  full_name varchar(300) GENERATED ALWAYS AS (concat(email,'x')) STORED,
  flag tinyint(1) DEFAULT 1,
  body longtext
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='people';
CREATE TABLE orders (a int, b int, user_id int, note char(3), PRIMARY KEY (a,b), UNIQUE KEY uq_ab (b, note), KEY ix_u (user_id),
  CONSTRAINT fk_u FOREIGN KEY (user_id) REFERENCES `Users`(id) ON DELETE CASCADE);
CREATE TABLE `lines` (x int NOT NULL, a int, b int, FOREIGN KEY (a,b) REFERENCES orders(a,b) ON UPDATE SET NULL);
CREATE UNIQUE INDEX ux_lines ON `lines` (x, a);
CREATE VIEW v AS SELECT 1;
