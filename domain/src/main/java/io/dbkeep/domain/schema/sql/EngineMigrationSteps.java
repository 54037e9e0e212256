package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;

/**
 * What one engine adds to a migration script, at the points of {@link MigrationWriter}'s
 * engine-neutral order where it adds it: opening and closing the script (transactions, pragmas),
 * PostgreSQL's enum types, MySQL's AUTO_INCREMENT around key changes, how a changed column is
 * altered, and SQLite's table rebuild.
 */
interface EngineMigrationSteps {

  /** The script's opening, before anything is dropped. */
  void begin();

  /** After tables are dropped, before renames. */
  default void afterTablesDropped() {}

  /** After tables, columns and kept constraints are renamed, before new tables are created. */
  default void afterRenames() {}

  /** Alters a column kept in a table that is altered in place (not rebuilt). */
  void alterColumn(MigrationWriter.TableMove move, PlannedColumn old, PlannedColumn column);

  /** Rebuilds a table this engine cannot alter in place. */
  default void rebuild(MigrationWriter.TableMove move) {
    throw new IllegalStateException("this engine alters tables in place: " + move.name());
  }

  /** After new keys and indexes are added, before foreign keys. */
  default void afterKeysAndIndexes() {}

  /** The script's closing, after comments. */
  void end();
}
