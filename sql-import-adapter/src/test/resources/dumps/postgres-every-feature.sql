CREATE TYPE mood AS ENUM ('happy', 'sad', 'it''s');
CREATE TABLE "Users" (
  id serial PRIMARY KEY,
  email varchar(255) NOT NULL UNIQUE,
  price numeric(10,2) DEFAULT 0.00 CHECK (price >= 0),
  m mood DEFAULT 'happy',
  created timestamptz NOT NULL DEFAULT now(),
  big bigint GENERATED ALWAYS AS IDENTITY,
  full_name text GENERATED ALWAYS AS (email || 'x') STORED
);
CREATE TABLE orders (
  a int, b int,
  user_id int REFERENCES "Users"(id) ON DELETE CASCADE,
  note char(3),
  PRIMARY KEY (a, b),
  CONSTRAINT uq_ab UNIQUE (b, note)
);
CREATE TABLE lines (x int NOT NULL, a int, b int, FOREIGN KEY (a,b) REFERENCES orders(a,b) ON UPDATE SET NULL);
CREATE TABLE tags (id bigserial primary key, name text);
CREATE TABLE order_tags (a int, b int, tag_id bigint references tags(id), primary key (a,b,tag_id), foreign key (a,b) references orders);
CREATE UNIQUE INDEX ux_lines ON lines (x, a);
CREATE INDEX ix_lines_b ON lines (b);
COMMENT ON TABLE orders IS 'The orders; it''s';
COMMENT ON COLUMN orders.note IS 'a note';
CREATE SCHEMA other;
CREATE TABLE other.t (id int primary key, u int references "Users"(id));
CREATE VIEW v AS SELECT 1;
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
