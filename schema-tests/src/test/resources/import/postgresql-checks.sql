CREATE TYPE state AS ENUM ('new', 'done');
CREATE TABLE product (
  id bigint PRIMARY KEY,
  name varchar(80) NOT NULL CHECK (char_length(name) > 0),
  status varchar(10) CHECK (status IN ('a', 'b', 'it''s')),
  st state,
  price numeric(10,2) CONSTRAINT price_positive CHECK (price >= 0),
  qty integer,
  active boolean,
  "Mixed Case" text,
  CONSTRAINT qty_range CHECK (qty BETWEEN -1 AND 1000 AND qty <> 7),
  CONSTRAINT name_like CHECK (name NOT LIKE '%;%' AND lower("Mixed Case") <> 'x'),
  CONSTRAINT state_ok CHECK (st <> 'done' OR active),
  CONSTRAINT math CHECK (abs(qty * 2 - 1) < 5000 AND price / 2 < 1000000)
);
ALTER TABLE product ADD CONSTRAINT late CHECK (qty IS NOT NULL) NOT VALID;
