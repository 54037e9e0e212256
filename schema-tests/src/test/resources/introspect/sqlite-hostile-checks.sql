CREATE TABLE hostile (
  id INTEGER PRIMARY KEY,
  "naïve ""q"" )" TEXT CONSTRAINT "ck ""q"" ) -- ü" CHECK ("naïve ""q"" )" <> 'a''b ) -- c /* d'),
  n INTEGER CHECK (n <> 1), -- an unnamed one ) CHECK (
  CONSTRAINT "ünïcödé ✓" CHECK (n <> 2),
  CHECK (n <> 3 /* ) CHECK ( */),
  CONSTRAINT not_kept_glob CHECK ("naïve ""q"" )" GLOB '[a-z]*'),
  CONSTRAINT not_kept_typeof CHECK (typeof(n) = 'integer'),
  CONSTRAINT not_kept_types CHECK (n <> 'abc')
);
