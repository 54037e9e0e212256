CREATE TABLE product (
  id bigint PRIMARY KEY,
  name varchar(80) NOT NULL,
  status varchar(10),
  st enum('new', 'done'),
  price decimal(10,2),
  qty int,
  active boolean,
  `Mixed Case` text,
  CONSTRAINT price_positive CHECK (price >= 0),
  CONSTRAINT name_len CHECK (char_length(name) > 0),
  CONSTRAINT status_in CHECK (status IN ('a', 'b', 'it''s')),
  CONSTRAINT qty_range CHECK (qty BETWEEN -1 AND 1000 AND qty <> 7),
  CONSTRAINT name_like CHECK (name NOT LIKE '%;%' AND lower(`Mixed Case`) <> 'x'),
  CONSTRAINT state_ok CHECK (st <> 'done' OR active),
  CHECK (abs(qty * 2 - 1) < 5000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
