package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedCheck;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedForeignKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedIndex;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import java.util.List;

/**
 * One engine's knowledge of migrations, asked by {@link MigrationWriter} at the points of its
 * engine-neutral order: what the engine can change in place (capabilities), how it writes each
 * statement whose form differs between engines (strategies; the defaults here are the standard
 * forms PostgreSQL and SQLite share), and what only it adds (hooks: transactions and pragmas,
 * PostgreSQL's enum types and sequences, MySQL's AUTO_INCREMENT around key changes, SQLite's table
 * rebuild). The writer never asks which engine it writes for; each engine's {@link Dialect} makes
 * its subclass.
 */
abstract class EngineMigrationSteps {

  /** The script being written, and the analysis of the two versions. */
  final MigrationWriter w;

  EngineMigrationSteps(MigrationWriter writer) {
    this.w = writer;
  }

  // ------------------------------------------------------------------------------ capabilities

  /**
   * Whether keys, uniques and foreign keys are added, dropped and renamed by ALTER TABLE. False
   * where they are declared in CREATE TABLE only (SQLite): they change by rebuilding the table.
   */
  boolean altersConstraints() {
    return true;
  }

  /**
   * Whether a kept foreign key whose generated name changes is renamed in place; if not (MySQL has
   * no RENAME of a foreign key), it is dropped and added again under its new name.
   */
  boolean renamesForeignKeys() {
    return true;
  }

  /**
   * Whether a kept index whose generated name changes is renamed; if not (SQLite has no RENAME of
   * an index), only an index of the same name is kept and the others are dropped and created.
   */
  boolean renamesIndexes() {
    return true;
  }

  /**
   * Whether the foreign keys of a table kept in both versions can stay while the rest of the table
   * changes as {@code move} says. MySQL: not when its keys or indexes change, since the index a
   * foreign key relies on may be among them.
   */
  boolean keepsForeignKeysOf(TableMove move) {
    return true;
  }

  /** Whether {@code move}'s table is rebuilt rather than altered in place (SQLite). */
  boolean needsRebuild(TableMove move) {
    return false;
  }

  /**
   * Names that objects other than tables, keys and indexes hold in {@code table} (PostgreSQL: a
   * serial's sequence), which a rename must not take while they are still held.
   */
  List<String> namesHeldBesideTables(PlannedTable table) {
    return List.of();
  }

  // -------------------------------------------------------------------------------- statements

  void dropForeignKey(PlannedTable table, PlannedForeignKey key) {
    dropConstraint(table.name(), key.name());
  }

  void dropIndex(String table, PlannedIndex index) {
    w.statement("DROP INDEX " + w.q(index.name()));
  }

  void dropUnique(String table, PlannedKey unique) {
    dropConstraint(table, unique.name());
  }

  void dropPrimaryKey(String table, PlannedKey key) {
    dropConstraint(table, key.name());
  }

  void addPrimaryKey(String table, PlannedKey key) {
    addConstraint(table, key.name(), "PRIMARY KEY (" + w.names(key.columns()) + ")");
  }

  void addUnique(String table, PlannedKey unique) {
    addConstraint(table, unique.name(), "UNIQUE (" + w.names(unique.columns()) + ")");
  }

  /**
   * Drops a CHECK constraint. {@code DROP CONSTRAINT} is what PostgreSQL, MariaDB 10.2+ and MySQL
   * 8.0.19+ share (MySQL 8.0.16-8.0.18 knew only {@code DROP CHECK}, which MariaDB refuses).
   */
  void dropCheck(String table, PlannedCheck check) {
    dropConstraint(table, check.name());
  }

  void addCheck(String table, PlannedCheck check) {
    addConstraint(table, check.name(), "CHECK (" + check.sql() + ")");
  }

  /** {@code ALTER TABLE table DROP CONSTRAINT name}. */
  final void dropConstraint(String table, String name) {
    w.statement("ALTER TABLE " + w.q(table) + " DROP CONSTRAINT " + w.q(name));
  }

  /** {@code ALTER TABLE table ADD CONSTRAINT name definition}. */
  final void addConstraint(String table, String name, String definition) {
    w.statement("ALTER TABLE " + w.q(table) + " ADD CONSTRAINT " + w.q(name) + " " + definition);
  }

  void renameTable(String from, String to) {
    w.statement("ALTER TABLE " + w.q(from) + " RENAME TO " + w.q(to));
  }

  void renameConstraint(String table, String from, String to) {
    w.statement("ALTER TABLE " + w.q(table) + " RENAME CONSTRAINT " + w.q(from) + " TO " + w.q(to));
  }

  /** A unique key is a constraint of its own (MySQL: an index). */
  void renameUnique(String table, String from, String to) {
    renameConstraint(table, from, to);
  }

  void renameIndex(String table, String from, String to) {
    w.statement("ALTER INDEX " + w.q(from) + " RENAME TO " + w.q(to));
  }

  void renameSequence(String from, String to) {
    throw new IllegalStateException("this engine has no sequences to rename: " + from);
  }

  // ------------------------------------------------------------------------------------- hooks

  /** The script's opening, before anything is dropped. */
  abstract void begin();

  /** After tables are dropped, before renames. */
  void afterTablesDropped() {}

  /**
   * After {@code move}'s table (when {@code tableRenamed}) or its columns are renamed: renames what
   * is named after them (PostgreSQL: a serial's sequence), through {@link MigrationWriter#rename}.
   */
  void followRenames(TableMove move, boolean tableRenamed) {}

  /** After tables, columns and kept constraints are renamed, before new tables are created. */
  void afterRenames() {}

  /** Alters a column kept in a table that is altered in place (not rebuilt). */
  abstract void alterColumn(TableMove move, PlannedColumn old, PlannedColumn column);

  /** Rebuilds a table this engine cannot alter in place. */
  void rebuild(TableMove move) {
    throw new IllegalStateException("this engine alters tables in place: " + move.name());
  }

  /** After new keys and indexes are added, before foreign keys. */
  void afterKeysAndIndexes() {}

  /** The script's closing, after comments. */
  abstract void end();
}
