package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.diff.EnumValueChanges;
import io.dbkeep.domain.schema.diff.SchemaChange;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedForeignKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedIndex;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the migration between two plans of one engine, matching tables and columns by the
 * documents' ids. Steps, in order: drop the foreign keys, keys and indexes that change; drop
 * tables; enum types (PostgreSQL); rename tables and columns; create tables; drop, add and alter
 * columns (SQLite: rebuild the tables its ALTER TABLE cannot change); add keys and indexes; add
 * foreign keys; drop what is left over. A key or foreign key whose definition is unchanged is kept
 * (renamed when only its generated name changed).
 */
final class MigrationWriter {

  final Dialect dialect;
  final Engine engine;
  final SchemaDocument from;
  final SchemaDocument to;
  private final SchemaPlan before;
  private final SchemaPlan after;
  private final List<Problem> warnings;
  final StringBuilder out = new StringBuilder(4096);
  final DdlWriter ddl;
  private final Set<String> destructive = new HashSet<>();
  private final Map<String, PlannedTable> oldTables = new LinkedHashMap<>();
  private final Map<String, PlannedTable> newTables = new LinkedHashMap<>();
  private final Map<String, String> oldTableIdByName = new HashMap<>();
  private final Map<String, String> newTableIdByName = new HashMap<>();
  final Map<String, EnumValueChanges> enumChanges = new HashMap<>();
  private final Map<String, io.dbkeep.domain.schema.Table> oldDocTables = new HashMap<>();
  private final Map<String, io.dbkeep.domain.schema.Table> newDocTables = new HashMap<>();

  /** Per table kept in both versions: what happens to it. */
  final Map<String, TableMove> moves = new LinkedHashMap<>();

  // by identity: two tables may plan equal-looking keys, and a record's hash walks its lists
  private final Set<PlannedForeignKey> keptForeignKeys =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final Set<PlannedForeignKey> renamedForeignKeys =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** What a kept object whose generated name changes is, for the engine's RENAME statement. */
  enum NameKind {
    CONSTRAINT,
    UNIQUE,
    INDEX,
    SEQUENCE
  }

  /** A kept constraint, index or sequence whose generated name changes. */
  private record NameChange(NameKind kind, String table, String from, String to) {}

  private final List<NameChange> renames = new ArrayList<>();

  /** What only this engine does, at the points of the script where it does it. */
  private final EngineMigrationSteps steps;

  /** Whether the key passes only collect renames (true) or only add what is new (false). */
  private boolean collectingRenames;

  MigrationWriter(
      Dialect dialect,
      SchemaDocument from,
      SchemaDocument to,
      SchemaPlan before,
      SchemaPlan after,
      List<SchemaChange> changes,
      List<Problem> warnings) {
    this.dialect = dialect;
    this.engine = dialect.engine();
    this.from = from;
    this.to = to;
    this.before = before;
    this.after = after;
    this.warnings = warnings;
    this.ddl = new DdlWriter(dialect, out);
    this.steps = dialect.migrationSteps(this);
    for (var change : changes) {
      if (change.destructive()) {
        destructive.add(change.id());
      }
    }
    for (var table : before.tables()) {
      oldTables.put(table.id(), table);
      oldTableIdByName.put(table.name(), table.id());
    }
    for (var table : after.tables()) {
      newTables.put(table.id(), table);
      newTableIdByName.put(table.name(), table.id());
    }
    from.tables().forEach(table -> oldDocTables.putIfAbsent(table.id(), table));
    to.tables().forEach(table -> newDocTables.putIfAbsent(table.id(), table));
    var oldEnums = new HashMap<String, EnumType>();
    from.enums().forEach(type -> oldEnums.put(type.id(), type));
    for (var type : to.enums()) {
      var old = oldEnums.get(type.id());
      if (old != null) {
        enumChanges.put(type.id(), EnumValueChanges.between(old.values(), type.values()));
      }
    }
  }

  // ------------------------------------------------------------------------------- analysis

  /** A table in both versions. */
  final class TableMove {
    final PlannedTable old;
    final PlannedTable table;
    final Map<String, PlannedColumn> oldColumns = new LinkedHashMap<>();
    final Map<String, PlannedColumn> newColumns = new LinkedHashMap<>();
    final Set<String> changedColumns = new HashSet<>();
    final Set<String> typeChanged = new HashSet<>();
    boolean keysChanged;
    boolean rebuild;

    TableMove(PlannedTable old, PlannedTable table) {
      this.old = old;
      this.table = table;
      old.columns().forEach(c -> oldColumns.put(c.id(), c));
      table.columns().forEach(c -> newColumns.put(c.id(), c));
      for (var column : table.columns()) {
        var was = oldColumns.get(column.id());
        if (was == null) {
          continue;
        }
        if (typeChanged(was, column)) {
          typeChanged.add(column.id());
        }
        if (typeChanged.contains(column.id())
            || was.notNull() != column.notNull()
            || !was.defaultSql().equals(column.defaultSql())
            || was.autoIncrement() != column.autoIncrement()
            || !checkText(was).equals(checkText(column))
            || enumValuesChange(column)) {
          changedColumns.add(column.id());
        }
      }
      keysChanged =
          !primaryKeySignature(old).equals(primaryKeySignature(table))
              || !uniqueSignatures(old).equals(uniqueSignatures(table));
    }

    String oldName() {
      return old.name();
    }

    String name() {
      return table.name();
    }

    boolean renamed() {
      return !old.name().equals(table.name());
    }

    Option<Column> oldDocColumn(String columnId) {
      return Option.of(oldDocTables.get(old.id())).flatMap(t -> t.column(columnId));
    }

    Option<Column> newDocColumn(String columnId) {
      return Option.of(newDocTables.get(table.id())).flatMap(t -> t.column(columnId));
    }

    private boolean typeChanged(PlannedColumn was, PlannedColumn column) {
      var a = oldDocColumn(column.id());
      var b = newDocColumn(column.id());
      if (a.isDefined()
          && b.isDefined()
          && a.get().type() == ColumnType.ENUM
          && b.get().type() == ColumnType.ENUM
          && a.get().enumId().equals(b.get().enumId())) {
        // an enum type of its own is migrated as a type; an inline one is part of the column
        return !dialect.enumsAreTypes() && !was.sqlType().equals(column.sqlType());
      }
      return !was.sqlType().equals(column.sqlType());
    }

    /** Whether the column keeps its enum and that enum's values are renamed (data to update). */
    boolean enumValuesChange(PlannedColumn column) {
      return enumOf(column.id()).map(c -> !c.renamed().isEmpty()).getOrElse(false);
    }

    /** The value changes of the column's enum, when it keeps the same enum. */
    Option<EnumValueChanges> enumOf(String columnId) {
      var a = oldDocColumn(columnId);
      var b = newDocColumn(columnId);
      if (a.isDefined()
          && b.isDefined()
          && a.get().type() == ColumnType.ENUM
          && b.get().type() == ColumnType.ENUM
          && a.get().enumId().equals(b.get().enumId())) {
        return Option.of(enumChanges.get(b.get().enumId().get()));
      }
      return Option.none();
    }

    List<String> oldIds(List<String> names) {
      return ids(old, names);
    }

    List<String> newIds(List<String> names) {
      return ids(table, names);
    }
  }

  private static String checkText(PlannedColumn column) {
    return column.check().map(check -> check.columns().get(0)).getOrElse("");
  }

  static List<String> ids(PlannedTable table, List<String> names) {
    var result = new ArrayList<String>(names.size());
    for (var name : names) {
      for (var column : table.columns()) {
        if (column.name().equals(name)) {
          result.add(column.id());
          break;
        }
      }
    }
    return result;
  }

  static String primaryKeySignature(PlannedTable table) {
    return table.primaryKey().map(key -> ids(table, key.columns()).toString()).getOrElse("");
  }

  private static Set<String> uniqueSignatures(PlannedTable table) {
    var result = new HashSet<String>();
    table.uniques().forEach(key -> result.add(ids(table, key.columns()).toString()));
    return result;
  }

  private String foreignKeySignature(
      PlannedTable table, PlannedForeignKey key, Map<String, String> idByName, boolean old) {
    var targetId = idByName.get(key.targetTable());
    var target = (old ? oldTables : newTables).get(targetId);
    return ids(table, key.columns())
        + "->"
        + targetId
        + (target == null ? key.targetColumns() : ids(target, key.targetColumns()))
        + key.onDelete().map(Enum::name).getOrElse("")
        + "/"
        + key.onUpdate().map(Enum::name).getOrElse("");
  }

  /** The signatures of {@code table}'s foreign keys, in the old or the new version. */
  Set<String> foreignKeySignatures(PlannedTable table, boolean old) {
    var result = new HashSet<String>();
    table
        .foreignKeys()
        .forEach(
            key ->
                result.add(
                    foreignKeySignature(
                        table, key, old ? oldTableIdByName : newTableIdByName, old)));
    return result;
  }

  private void analyse() {
    for (var table : after.tables()) {
      var old = oldTables.get(table.id());
      if (old != null) {
        moves.put(table.id(), new TableMove(old, table));
      }
    }
    // foreign keys: kept when the same definition exists in both versions and nothing under it
    // changes; a kept one whose generated name changed is renamed where the engine can
    for (var move : moves.values()) {
      var newKeys = new HashMap<String, PlannedForeignKey>();
      for (var key : move.table.foreignKeys()) {
        newKeys.put(foreignKeySignature(move.table, key, newTableIdByName, false), key);
      }
      for (var key : move.old.foreignKeys()) {
        var signature = foreignKeySignature(move.old, key, oldTableIdByName, true);
        var match = newKeys.get(signature);
        if (match == null || !foreignKeyUntouched(move, key)) {
          continue;
        }
        if (!match.name().equals(key.name()) && !steps.renamesForeignKeys()) {
          continue;
        }
        keptForeignKeys.add(key);
        keptForeignKeys.add(match);
        if (!match.name().equals(key.name())) {
          renamedForeignKeys.add(match);
        }
      }
    }
    for (var move : moves.values()) {
      move.rebuild = steps.needsRebuild(move);
    }
  }

  private boolean foreignKeyUntouched(TableMove move, PlannedForeignKey key) {
    if (!steps.keepsForeignKeysOf(move)) {
      return false;
    }
    for (var id : move.oldIds(key.columns())) {
      if (!move.newColumns.containsKey(id) || move.changedColumns.contains(id)) {
        return false;
      }
    }
    var targetId = oldTableIdByName.get(key.targetTable());
    var target = moves.get(targetId);
    if (target == null || target.keysChanged) {
      return false;
    }
    for (var id : target.oldIds(key.targetColumns())) {
      if (!target.newColumns.containsKey(id) || target.changedColumns.contains(id)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------- script

  String write() {
    analyse();
    out.append("-- Migration generated by DBKeep for ").append(engine.displayName()).append('\n');
    if (!warnings.isEmpty()) {
      out.append("-- Destructive or data-dependent steps (marked DESTRUCTIVE below):\n");
      warnings.forEach(w -> comment("  " + w.message()));
    }
    steps.begin();
    dropForeignKeys();
    dropKeysAndIndexes();
    dropTables();
    steps.afterTablesDropped();
    renameTables();
    renameColumns();
    collectingRenames = true;
    addKeysAndIndexes();
    addForeignKeys();
    collectingRenames = false;
    flushRenames();
    steps.afterRenames();
    createTables();
    for (var move : moves.values()) {
      if (move.rebuild) {
        steps.rebuild(move);
      } else {
        alterColumns(move);
      }
    }
    addKeysAndIndexes();
    steps.afterKeysAndIndexes();
    addForeignKeys();
    comments();
    steps.end();
    return out.toString();
  }

  // ------------------------------------------------------------------------- foreign keys

  private void dropForeignKeys() {
    if (!steps.altersConstraints()) {
      return;
    }
    for (var old : before.tables()) {
      for (var key : old.foreignKeys()) {
        if (keptForeignKeys.contains(key)) {
          continue;
        }
        steps.dropForeignKey(old, key);
      }
    }
  }

  private void addForeignKeys() {
    for (var table : after.tables()) {
      var move = moves.get(table.id());
      for (var key : table.foreignKeys()) {
        if (!steps.altersConstraints()) {
          continue; // declared in CREATE TABLE (new and rebuilt tables)
        }
        if (keptForeignKeys.contains(key)) {
          if (renamedForeignKeys.contains(key) && collectingRenames) {
            rename(
                NameKind.CONSTRAINT, table.name(), oldForeignKeyFor(move, key).name(), key.name());
          }
          continue;
        }
        if (collectingRenames) {
          continue;
        }
        statement(
            "ALTER TABLE "
                + q(table.name())
                + " ADD CONSTRAINT "
                + q(key.name())
                + " "
                + ddl.foreignKeyClause(key));
      }
    }
  }

  private PlannedForeignKey oldForeignKeyFor(TableMove move, PlannedForeignKey key) {
    var signature = foreignKeySignature(move.table, key, newTableIdByName, false);
    for (var old : move.old.foreignKeys()) {
      if (foreignKeySignature(move.old, old, oldTableIdByName, true).equals(signature)) {
        return old;
      }
    }
    throw new IllegalStateException("a kept foreign key has a counterpart");
  }

  // -------------------------------------------------------------------- keys and indexes

  private void dropKeysAndIndexes() {
    for (var move : moves.values()) {
      var table = move.oldName();
      for (var index : move.old.indexes()) {
        if (matchingIndex(move, index).isEmpty()) {
          steps.dropIndex(table, index);
        }
      }
      if (move.rebuild || !steps.altersConstraints()) {
        continue;
      }
      var newUniques = uniqueSignatures(move.table);
      for (var unique : move.old.uniques()) {
        if (!newUniques.contains(move.oldIds(unique.columns()).toString())) {
          steps.dropUnique(table, unique);
        }
      }
      if (move.old.primaryKey().isDefined()
          && !primaryKeySignature(move.old).equals(primaryKeySignature(move.table))) {
        steps.dropPrimaryKey(table, move.old.primaryKey().get());
      }
    }
  }

  /** The new index with the same definition as {@code index}, if the index is kept. */
  private Option<PlannedIndex> matchingIndex(TableMove move, PlannedIndex index) {
    if (move.rebuild) {
      return Option.none();
    }
    var signature = move.oldIds(index.columns());
    for (var candidate : move.table.indexes()) {
      if (candidate.unique() == index.unique()
          && move.newIds(candidate.columns()).equals(signature)
          && (steps.renamesIndexes() || candidate.name().equals(index.name()))) {
        return Option.of(candidate);
      }
    }
    return Option.none();
  }

  private void addKeysAndIndexes() {
    for (var move : moves.values()) {
      if (move.rebuild) {
        continue;
      }
      var table = move.name();
      if (steps.altersConstraints()) {
        if (move.table.primaryKey().isDefined()) {
          var key = move.table.primaryKey().get();
          if (!primaryKeySignature(move.old).equals(primaryKeySignature(move.table))) {
            if (!collectingRenames) {
              steps.addPrimaryKey(table, key);
            }
          } else if (!dialect.primaryKeyUnnamed()
              && !key.name().equals(move.old.primaryKey().get().name())
              && collectingRenames) {
            rename(NameKind.CONSTRAINT, table, move.old.primaryKey().get().name(), key.name());
          }
        }
        var oldUniques = new HashMap<String, PlannedKey>();
        move.old.uniques().forEach(u -> oldUniques.put(move.oldIds(u.columns()).toString(), u));
        for (var unique : move.table.uniques()) {
          var old = oldUniques.get(move.newIds(unique.columns()).toString());
          if (old == null) {
            if (!collectingRenames) {
              steps.addUnique(table, unique);
            }
          } else if (!old.name().equals(unique.name()) && collectingRenames) {
            rename(NameKind.UNIQUE, table, old.name(), unique.name());
          }
        }
      }
      var kept = new HashMap<PlannedIndex, PlannedIndex>();
      for (var index : move.old.indexes()) {
        matchingIndex(move, index).forEach(match -> kept.put(match, index));
      }
      for (var index : move.table.indexes()) {
        var old = kept.get(index);
        if (old == null) {
          if (!collectingRenames) {
            createIndex(table, index);
          }
        } else if (!old.name().equals(index.name()) && collectingRenames) {
          rename(NameKind.INDEX, table, old.name(), index.name());
        }
      }
    }
  }

  void rename(NameKind kind, String table, String from, String to) {
    renames.add(new NameChange(kind, table, from, to));
  }

  /**
   * Renames kept constraints, indexes and sequences, through temporary names when a new name is
   * still held by another object (two tables that swap names swap their keys' names too).
   */
  private void flushRenames() {
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

  private void createIndex(String table, PlannedIndex index) {
    statement(
        (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
            + q(index.name())
            + " ON "
            + q(table)
            + " ("
            + names(index.columns())
            + ")");
  }

  // ------------------------------------------------------------------------------- tables

  private void dropTables() {
    for (var old : before.tables()) {
      if (!newTables.containsKey(old.id())) {
        marked(old.id(), "drops table " + old.name() + " and its rows");
        statement("DROP TABLE " + q(old.name()));
      }
    }
  }

  /** Renames in two phases when a new name is still taken by another table being renamed. */
  private void renameTables() {
    var renames = new ArrayList<TableMove>();
    var taken = new HashSet<String>();
    for (var move : moves.values()) {
      taken.add(dialect.fold(move.oldName()));
      if (move.renamed()) {
        renames.add(move);
      }
    }
    var temporary = new HashMap<TableMove, String>();
    for (var move : renames) {
      if (taken.contains(dialect.fold(move.name()))
          && !dialect.fold(move.name()).equals(dialect.fold(move.oldName()))) {
        var name = dialect.shorten("__dbkeep_" + move.table.id() + "_" + move.name());
        temporary.put(move, name);
        steps.renameTable(move.oldName(), name);
      }
    }
    for (var move : renames) {
      steps.renameTable(temporary.getOrDefault(move, move.oldName()), move.name());
      steps.followRenames(move, true);
    }
  }

  private void renameColumns() {
    for (var move : moves.values()) {
      if (move.rebuild) {
        continue;
      }
      var renames = new ArrayList<PlannedColumn>();
      var taken = new HashSet<String>();
      for (var column : move.old.columns()) {
        taken.add(dialect.fold(column.name()));
      }
      for (var column : move.table.columns()) {
        var old = move.oldColumns.get(column.id());
        if (old != null && !old.name().equals(column.name())) {
          renames.add(column);
        }
      }
      var temporary = new HashMap<PlannedColumn, String>();
      for (var column : renames) {
        var old = move.oldColumns.get(column.id());
        if (taken.contains(dialect.fold(column.name()))
            && !dialect.fold(column.name()).equals(dialect.fold(old.name()))) {
          var name = dialect.shorten("__dbkeep_" + column.id() + "_" + column.name());
          temporary.put(column, name);
          renameColumn(move.name(), old.name(), name);
        }
      }
      for (var column : renames) {
        var old = move.oldColumns.get(column.id());
        renameColumn(move.name(), temporary.getOrDefault(column, old.name()), column.name());
      }
      if (!move.renamed()) {
        steps.followRenames(move, false);
      }
    }
  }

  private void renameColumn(String table, String oldName, String newName) {
    statement("ALTER TABLE " + q(table) + " RENAME COLUMN " + q(oldName) + " TO " + q(newName));
  }

  private void createTables() {
    for (var table : after.tables()) {
      if (oldTables.containsKey(table.id())) {
        continue;
      }
      out.append('\n');
      ddl.createTable(table, table.name());
      ddl.indexes(table);
      ddl.comments(table);
    }
  }

  // ------------------------------------------------------------------------------ columns

  private void alterColumns(TableMove move) {
    var table = move.name();
    for (var old : move.old.columns()) {
      if (!move.newColumns.containsKey(old.id())) {
        marked(move.table.id() + "/" + old.id(), "drops column " + table + "." + old.name());
        statement("ALTER TABLE " + q(table) + " DROP COLUMN " + q(old.name()));
      }
    }
    for (var column : move.table.columns()) {
      var old = move.oldColumns.get(column.id());
      if (old == null) {
        marked(
            move.table.id() + "/" + column.id(),
            "adds NOT NULL column " + table + "." + column.name() + " without a default");
        // AUTO_INCREMENT (MySQL) waits for the column's key: MySqlMigrationSteps puts it on
        statement(
            "ALTER TABLE "
                + q(table)
                + " ADD COLUMN "
                + ddl.columnDefinition(column, move.table, false));
        continue;
      }
      // an inline column comment is part of the definition: changing it alters the column
      var commentAlters =
          dialect.commentStyle() == Dialect.CommentStyle.INLINE
              && !old.comment().equals(column.comment());
      if (!move.changedColumns.contains(column.id()) && !commentAlters) {
        continue;
      }
      marked(
          move.table.id() + "/" + column.id(),
          "changes " + table + "." + column.name() + " in a way existing rows may not fit");
      steps.alterColumn(move, old, column);
    }
  }

  // ----------------------------------------------------------------------------- comments

  private void comments() {
    for (var move : moves.values()) {
      var oldComment = move.old.comment();
      var comment = move.table.comment();
      switch (dialect.commentStyle()) {
        case COMMENT_ON -> {
          if (!oldComment.equals(comment)) {
            statement(
                "COMMENT ON TABLE "
                    + q(move.name())
                    + " IS "
                    + comment.map(dialect::literal).getOrElse("NULL"));
          }
          for (var column : move.table.columns()) {
            var old = move.oldColumns.get(column.id());
            var was = old == null ? Option.<String>none() : old.comment();
            if (!was.equals(column.comment())) {
              statement(
                  "COMMENT ON COLUMN "
                      + q(move.name())
                      + "."
                      + q(column.name())
                      + " IS "
                      + column.comment().map(dialect::literal).getOrElse("NULL"));
            }
          }
        }
        case INLINE -> {
          if (!oldComment.equals(comment)) {
            statement(
                "ALTER TABLE "
                    + q(move.name())
                    + " COMMENT = "
                    + dialect.literal(comment.getOrElse("")));
          }
        }
        case SQL_COMMENTS -> {}
      }
    }
  }

  // ------------------------------------------------------------------------------ writing

  void statement(String sql) {
    out.append(sql).append(";\n");
  }

  void comment(String text) {
    for (var line : text.split("\r\n|\r|\n", -1)) {
      out.append("-- ").append(line).append('\n');
    }
  }

  /** A DESTRUCTIVE marker before the step when the change with {@code id} is destructive. */
  void marked(String id, String what) {
    var relation = id.startsWith("relation:") ? id.substring("relation:".length()) : id;
    if (destructive.contains(id) || destructive.contains(relation)) {
      comment("DESTRUCTIVE: " + what);
    }
  }

  void notMigrated(String subject, String why) {
    warnings.add(Problem.warning(subject, "NOT_MIGRATED", subject + " is not migrated: " + why));
    comment("NOT MIGRATED: " + subject + ": " + why);
  }

  String literals(List<String> values) {
    var result = new ArrayList<String>(values.size());
    values.forEach(value -> result.add(dialect.literal(value)));
    return String.join(", ", result);
  }

  String names(List<String> columns) {
    var result = new ArrayList<String>(columns.size());
    columns.forEach(column -> result.add(q(column)));
    return String.join(", ", result);
  }

  String q(String identifier) {
    return dialect.quote(Objects.requireNonNull(identifier));
  }
}
