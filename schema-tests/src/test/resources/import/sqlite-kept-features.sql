-- Hand-written SQLite DDL with every feature a DBKeep document keeps. Key columns say NOT NULL:
-- a document's key is always NOT NULL, and SQLite reports a key without it as nullable.
PRAGMA foreign_keys = ON;
CREATE TABLE "Users" (
  id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(255) NOT NULL UNIQUE,
  price NUMERIC(10,2) DEFAULT 0,
  mood TEXT CHECK (mood IN ('happy', 'sad')) DEFAULT 'happy',
  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  flag BOOLEAN DEFAULT TRUE
);
-- the orders
CREATE TABLE orders (
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  -- who ordered
  user_id INTEGER REFERENCES "Users"(id) ON DELETE CASCADE,
  note CHAR(3),
  PRIMARY KEY (a, b)
);
CREATE TABLE profile (user_id INTEGER NOT NULL PRIMARY KEY REFERENCES "Users" (id), bio TEXT);
CREATE TABLE [tags] (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
CREATE TABLE "Users_tags" (
  "Users_id" INTEGER NOT NULL,
  tags_id INTEGER NOT NULL,
  PRIMARY KEY ("Users_id", tags_id),
  FOREIGN KEY ("Users_id") REFERENCES "Users"(id) ON DELETE CASCADE,
  FOREIGN KEY (tags_id) REFERENCES tags(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_orders ON orders (note, user_id);
CREATE INDEX ix_orders_user ON orders (user_id);
-- composite foreign keys: pairs in another order than the key, to a unique index, 1:1 by the key
CREATE TABLE order_lines (
  id INTEGER NOT NULL PRIMARY KEY,
  order_b INTEGER NOT NULL,
  order_a INTEGER NOT NULL,
  FOREIGN KEY (order_b, order_a) REFERENCES orders (b, a) ON DELETE CASCADE
);
CREATE TABLE shipments (
  order_a INTEGER NOT NULL,
  order_b INTEGER NOT NULL,
  note CHAR(3),
  user_id INTEGER,
  PRIMARY KEY (order_a, order_b),
  FOREIGN KEY (order_a, order_b) REFERENCES orders (a, b),
  CONSTRAINT ship_note FOREIGN KEY (note, user_id) REFERENCES orders (note, user_id) ON DELETE SET NULL
);
