CREATE TABLE hostile (
  id integer PRIMARY KEY,
  "naïve ""q"" )" text CONSTRAINT "ck ""q"" ) -- ü" CHECK ("naïve ""q"" )" <> 'a''b ) -- c /* d'),
  n integer CONSTRAINT "ünïcödé ✓" CHECK (n <> 1),
  CONSTRAINT not_kept_regex CHECK ("naïve ""q"" )" ~ '^[a-z]+$'),
  CONSTRAINT not_kept_concat CHECK ((n::text || 'x') <> 'y')
);
