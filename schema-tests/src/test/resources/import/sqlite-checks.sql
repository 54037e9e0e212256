CREATE TABLE product (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  status TEXT,
  st TEXT CONSTRAINT "ck_product_st" CHECK ("st" IN ('new', 'done')),
  price NUMERIC,
  qty INTEGER,
  active BOOLEAN,
  "Mixed Case" TEXT,
  CONSTRAINT price_positive CHECK (price >= 0),
  CONSTRAINT "name_len" CHECK (length(name) > 0),
  CONSTRAINT [status_in] CHECK (status IN ('a', 'b', 'it''s')),
  CONSTRAINT qty_range CHECK (qty BETWEEN -1 AND 1000 AND qty <> 7),
  CONSTRAINT name_like CHECK (name NOT LIKE '%;%' AND lower("Mixed Case") <> 'x'),
  CONSTRAINT state_ok CHECK (st <> 'done' OR active)
);
