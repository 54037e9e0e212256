-- Hand-written MySQL DDL with every feature a DBKeep document keeps.
CREATE TABLE `Users` (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE COMMENT 'the mail; it\'s',
  price decimal(10,2) DEFAULT 0.00,
  m enum('happy','sad','it''s') DEFAULT 'happy',
  created datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  flag tinyint(1) DEFAULT 1,
  body longtext
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='people; "quoted"';
CREATE TABLE orders (
  a int NOT NULL,
  b int NOT NULL,
  user_id int,
  note char(3),
  PRIMARY KEY (a, b),
  UNIQUE KEY uq_ab (b, note),
  KEY ix_u (user_id),
  CONSTRAINT fk_u FOREIGN KEY (user_id) REFERENCES `Users` (id) ON DELETE CASCADE
);
CREATE TABLE `profile` (user_id int PRIMARY KEY, bio text, FOREIGN KEY (user_id) REFERENCES `Users` (id));
CREATE TABLE tags (id bigint AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL);
CREATE TABLE `Users_tags` (
  `Users_id` int NOT NULL,
  `tags_id` bigint NOT NULL,
  PRIMARY KEY (`Users_id`, `tags_id`),
  FOREIGN KEY (`Users_id`) REFERENCES `Users` (id) ON DELETE CASCADE,
  FOREIGN KEY (`tags_id`) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_orders ON orders (note, user_id);
-- composite foreign keys (InnoDB wants the referenced key's order): to the key, to a unique index
CREATE TABLE order_lines (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_b int NOT NULL,
  order_a int NOT NULL,
  CONSTRAINT fk_lines FOREIGN KEY (order_a, order_b) REFERENCES orders (a, b) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE shipments (
  order_a int NOT NULL,
  order_b int NOT NULL,
  note char(3),
  user_id int,
  PRIMARY KEY (order_a, order_b),
  FOREIGN KEY (order_a, order_b) REFERENCES orders (a, b),
  CONSTRAINT fk_ship_note FOREIGN KEY (note, user_id) REFERENCES orders (note, user_id) ON DELETE SET NULL
);
