package io.dbkeep.domain.schema.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * The renames of kept constraints, indexes and sequences whose generated name changes: collected
 * while a pass of the migration runs, then written together through the engine's RENAME statements,
 * via temporary names when a new name is still held by another object of the old version (two
 * tables that swap names swap their keys' names too).
 */
final class KeptNameRenames {

  /** What a kept object is, for the engine's RENAME statement. */
  enum Kind {
    CONSTRAINT,
    UNIQUE,
    INDEX,
    SEQUENCE
  }

  /** A kept constraint, index or sequence whose generated name changes. */
  private record NameChange(Kind kind, String table, String from, String to) {}

  private final List<NameChange> renames = new ArrayList<>();
  private final Dialect dialect;
  private final SchemaPlan before;
  private final EngineMigrationSteps steps;

  KeptNameRenames(Dialect dialect, SchemaPlan before, EngineMigrationSteps steps) {
    this.dialect = dialect;
    this.before = before;
    this.steps = steps;
  }

  void add(Kind kind, String table, String from, String to) {
    renames.add(new NameChange(kind, table, from, to));
  }

  /**
   * Writes the renames collected so far, through temporary names where needed, and forgets them.
   */
  void flush() {
    var taken = new HashSet<String>();
    for (var table : before.tables()) {
      taken.add(dialect.fold(table.name()));
      table.primaryKey().forEach(key -> taken.add(dialect.fold(key.name())));
      table.uniques().forEach(key -> taken.add(dialect.fold(key.name())));
      table.indexes().forEach(index -> taken.add(dialect.fold(index.name())));
      table.foreignKeys().forEach(key -> taken.add(dialect.fold(key.name())));
      steps.namesHeldBesideTables(table).forEach(name -> taken.add(dialect.fold(name)));
    }
    var temporary = new HashMap<NameChange, String>();
    for (var change : renames) {
      if (taken.contains(dialect.fold(change.to()))) {
        var name = dialect.shorten("__dbkeep_" + temporary.size() + "_" + change.to());
        temporary.put(change, name);
        renameNow(change, change.from(), name);
      }
    }
    for (var change : renames) {
      renameNow(change, temporary.getOrDefault(change, change.from()), change.to());
    }
    renames.clear();
  }

  private void renameNow(NameChange change, String from, String to) {
    switch (change.kind()) {
      case SEQUENCE -> steps.renameSequence(from, to);
      case INDEX -> steps.renameIndex(change.table(), from, to);
      case UNIQUE -> steps.renameUnique(change.table(), from, to);
      case CONSTRAINT -> steps.renameConstraint(change.table(), from, to);
    }
  }
}
