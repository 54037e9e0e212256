-- Features the kept-features fixtures do not cover; sqlite3 .schema of this is sqlite-unkept-features.schema.sql
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE readings (
  id INTEGER PRIMARY KEY,
  sensor TEXT NOT NULL REFERENCES settings (key) ON DELETE CASCADE,
  value REAL NOT NULL,
  doubled REAL GENERATED ALWAYS AS (value * 2) STORED,
  label TEXT AS (upper(sensor)) VIRTUAL,
  period INTEGER,
  taken_at TEXT DEFAULT CURRENT_TIMESTAMP
) STRICT;
CREATE TABLE tags (name TEXT PRIMARY KEY, rank INTEGER) STRICT, WITHOUT ROWID;
CREATE INDEX readings_sensor ON readings (sensor) WHERE value > 0;
CREATE VIEW hot AS SELECT * FROM readings WHERE value > 100;
CREATE TRIGGER readings_ai AFTER INSERT ON readings BEGIN
  UPDATE settings SET value = NEW.value WHERE key = NEW.sensor;
END;
CREATE VIRTUAL TABLE notes_fts USING fts5(body);
