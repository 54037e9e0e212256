package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.diff.EnumValueChanges;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * PostgreSQL's part of a migration: one transaction (new enum values committed just before it),
 * {@code ALTER COLUMN … TYPE … USING}, serial sequences created, retyped, renamed with their table
 * or column, or dropped, and enum types created, renamed, given renamed values, rebuilt when they
 * lose values, and dropped. Keys, indexes and foreign keys take the standard statements of {@link
 * EngineMigrationSteps}.
 */
final class PostgresMigrationSteps extends EngineMigrationSteps {

  PostgresMigrationSteps(MigrationWriter writer) {
    super(writer);
  }

  /** A serial's sequence holds a name of the table namespace. */
  @Override
  List<String> namesHeldBesideTables(PlannedTable table) {
    var names = new ArrayList<String>();
    for (var column : table.columns()) {
      if (isSerialSql(column)) {
        sequenceName(table.name(), column.name()).forEach(names::add);
      }
    }
    return names;
  }

  @Override
  void renameSequence(String from, String to) {
    w.statement("ALTER SEQUENCE " + w.q(from) + " RENAME TO " + w.q(to));
  }

  /**
   * A serial column's sequence is named after its table and column; it follows their renames so the
   * database matches a fresh export.
   */
  @Override
  void followRenames(TableMove move, boolean tableRenamed) {
    for (var column : move.table.columns()) {
      var old = move.oldColumns.get(column.id());
      if (old == null || !isSerialSql(old) || !isSerialSql(column)) {
        continue;
      }
      var oldSequence = sequenceName(move.oldName(), old.name());
      var newSequence = sequenceName(move.name(), column.name());
      if (oldSequence.isDefined()
          && newSequence.isDefined()
          && !oldSequence.get().equals(newSequence.get())
          && (tableRenamed || !old.name().equals(column.name()))) {
        w.rename(KeptNameRenames.Kind.SEQUENCE, move.name(), oldSequence.get(), newSequence.get());
      }
    }
  }

  static boolean isSerialSql(PlannedColumn column) {
    return column.sqlType().endsWith("SERIAL");
  }

  /** PostgreSQL's name for a serial's sequence, when it needs no truncation. */
  static Option<String> sequenceName(String table, String column) {
    var name = table + "_" + column + "_seq";
    return name.getBytes(StandardCharsets.UTF_8).length <= PostgresDialect.MAX_IDENTIFIER_BYTES
        ? Option.of(name)
        : Option.none();
  }

  @Override
  void begin() {
    enumAdditionsOutsideTransaction();
    w.out.append("\nBEGIN;\n");
  }

  @Override
  void afterTablesDropped() {
    enumTypes();
  }

  @Override
  void afterRenames() {
    rebuildEnums();
  }

  @Override
  void end() {
    dropEnumTypes();
    w.out.append("\nCOMMIT;\n");
  }

  @Override
  void alterColumn(TableMove move, PlannedColumn old, PlannedColumn column) {
    var alter = "ALTER TABLE " + w.q(move.name()) + " ALTER COLUMN " + w.q(column.name());
    var defaultDropped = false;
    if (move.typeChanged.contains(column.id())) {
      var serialKept = isSerialSql(old) && isSerialSql(column);
      if (!serialKept && (old.defaultSql().isDefined() || isSerialSql(old))) {
        w.statement(alter + " DROP DEFAULT");
        defaultDropped = true;
      }
      var type = baseType(column.sqlType());
      var viaText = column.sqlType().startsWith("\"") || old.sqlType().startsWith("\"");
      var cast = w.q(column.name()) + (viaText ? "::text" : "");
      if (!baseType(old.sqlType()).equals(type)) {
        w.statement(alter + " TYPE " + type + " USING " + cast + "::" + type);
      }
      if (serialKept) {
        sequenceName(move.name(), column.name())
            .forEach(name -> w.statement("ALTER SEQUENCE " + w.q(name) + " AS " + type));
      }
      if (isSerialSql(old) && !isSerialSql(column)) {
        sequenceName(move.oldName(), old.name())
            .forEach(name -> w.statement("DROP SEQUENCE IF EXISTS " + w.q(name)));
      }
      if (!isSerialSql(old) && isSerialSql(column)) {
        var sequence = sequenceName(move.name(), column.name());
        if (sequence.isDefined()) {
          var name = w.q(sequence.get());
          w.statement(
              "CREATE SEQUENCE "
                  + name
                  + " AS "
                  + type
                  + " OWNED BY "
                  + w.q(move.name())
                  + "."
                  + w.q(column.name()));
          w.statement(
              "SELECT setval("
                  + w.dialect.literal(name)
                  + ", COALESCE(MAX("
                  + w.q(column.name())
                  + "), 0) + 1, false) FROM "
                  + w.q(move.name()));
          w.statement(alter + " SET DEFAULT nextval(" + w.dialect.literal(name) + "::regclass)");
        } else {
          w.notMigrated(move.name() + "." + column.name(), "its sequence name is too long");
        }
      }
    }
    if (column.notNull() && !old.notNull()) {
      column
          .defaultSql()
          .forEach(
              sql ->
                  w.statement(
                      "UPDATE "
                          + w.q(move.name())
                          + " SET "
                          + w.q(column.name())
                          + " = "
                          + sql
                          + " WHERE "
                          + w.q(column.name())
                          + " IS NULL"));
      w.statement(alter + " SET NOT NULL");
    } else if (!column.notNull() && old.notNull()) {
      w.statement(alter + " DROP NOT NULL");
    }
    if (!isSerialSql(column) && (defaultDropped || !old.defaultSql().equals(column.defaultSql()))) {
      if (column.defaultSql().isDefined()) {
        w.statement(alter + " SET DEFAULT " + column.defaultSql().get());
      } else if (!defaultDropped) {
        w.statement(alter + " DROP DEFAULT");
      }
    }
  }

  /** PostgreSQL: the storage type behind a serial. */
  static String baseType(String sqlType) {
    return switch (sqlType) {
      case "SMALLSERIAL" -> "SMALLINT";
      case "SERIAL" -> "INTEGER";
      case "BIGSERIAL" -> "BIGINT";
      default -> sqlType;
    };
  }

  /**
   * PostgreSQL: new enum values are added before the transaction, so the migration can use them (a
   * value added inside a transaction cannot be used until it commits). Removals, and orders that
   * adding cannot reach, rebuild the type instead ({@link #rebuildEnums()}).
   */
  void enumAdditionsOutsideTransaction() {
    var started = false;
    for (var type : w.to.enums()) {
      var changes = w.enumChanges.get(type.id());
      if (changes == null || changes.added().isEmpty() || needsEnumRebuild(changes)) {
        continue;
      }
      if (!started) {
        w.out.append(
            "\n-- New enum values are committed before the transaction: PostgreSQL cannot use a"
                + " value in the transaction that adds it.\n");
        started = true;
      }
      var oldName = w.from.enumType(type.id()).get().name();
      var oldValueOf = new HashMap<String, String>();
      changes.renamed().forEach((a, b) -> oldValueOf.put(b, a));
      var added = new HashSet<>(changes.added());
      String next = null;
      var values = type.values();
      var statements = new ArrayList<String>();
      for (int i = values.size() - 1; i >= 0; i--) {
        var value = values.get(i);
        if (added.contains(value)) {
          statements.add(
              "ALTER TYPE "
                  + w.q(oldName)
                  + " ADD VALUE IF NOT EXISTS "
                  + w.dialect.literal(value)
                  + (next == null ? "" : " BEFORE " + w.dialect.literal(next)));
          next = value;
        } else {
          next = oldValueOf.getOrDefault(value, value);
        }
      }
      statements.forEach(w::statement);
    }
  }

  static boolean needsEnumRebuild(EnumValueChanges changes) {
    return !changes.removed().isEmpty() || changes.reordered();
  }

  /** PostgreSQL: new types, renamed types and values (before the tables use them). */
  void enumTypes() {
    var oldEnums = new HashMap<String, EnumType>();
    w.from.enums().forEach(type -> oldEnums.put(type.id(), type));
    for (var type : w.to.enums()) {
      var old = oldEnums.get(type.id());
      if (old == null) {
        w.statement(
            "CREATE TYPE " + w.q(type.name()) + " AS ENUM (" + w.literals(type.values()) + ")");
        continue;
      }
      var changes = w.enumChanges.get(type.id());
      if (needsEnumRebuild(changes)) {
        continue; // rebuildEnums() renames the old type away and creates this one
      }
      if (!old.name().equals(type.name())) {
        w.statement("ALTER TYPE " + w.q(old.name()) + " RENAME TO " + w.q(type.name()));
      }
      changes
          .renamed()
          .forEach(
              (a, b) ->
                  w.statement(
                      "ALTER TYPE "
                          + w.q(type.name())
                          + " RENAME VALUE "
                          + w.dialect.literal(a)
                          + " TO "
                          + w.dialect.literal(b)));
    }
  }

  /**
   * PostgreSQL: a type that loses values (or whose order changes) is rebuilt: the old type is
   * renamed away, the new one created, the columns converted (renamed values mapped), and the old
   * type dropped at the end. A row holding a removed value makes the conversion fail.
   */
  void rebuildEnums() {
    for (var type : w.to.enums()) {
      var changes = w.enumChanges.get(type.id());
      if (changes == null || !needsEnumRebuild(changes)) {
        continue;
      }
      var old = w.from.enumType(type.id()).get();
      var retired = retiredName(type);
      w.marked(type.id(), "rebuilds enum " + type.name() + " without " + changes.removed());
      w.statement("ALTER TYPE " + w.q(old.name()) + " RENAME TO " + w.q(retired));
      w.statement(
          "CREATE TYPE " + w.q(type.name()) + " AS ENUM (" + w.literals(type.values()) + ")");
      for (var move : w.moves.values()) {
        for (var column : move.table.columns()) {
          var values = move.enumOf(column.id());
          if (values.isEmpty() || values.get() != changes) {
            continue;
          }
          var old2 = move.oldColumns.get(column.id());
          var alter = "ALTER TABLE " + w.q(move.name()) + " ALTER COLUMN " + w.q(column.name());
          if (old2.defaultSql().isDefined()) {
            w.statement(alter + " DROP DEFAULT");
          }
          var expression = new StringBuilder();
          if (changes.renamed().isEmpty()) {
            expression.append(w.q(column.name())).append("::text");
          } else {
            expression.append("CASE ").append(w.q(column.name())).append("::text");
            changes
                .renamed()
                .forEach(
                    (a, b) ->
                        expression
                            .append(" WHEN ")
                            .append(w.dialect.literal(a))
                            .append(" THEN ")
                            .append(w.dialect.literal(b)));
            expression.append(" ELSE ").append(w.q(column.name())).append("::text END");
          }
          w.statement(
              alter
                  + " TYPE "
                  + w.q(type.name())
                  + " USING ("
                  + expression
                  + ")::"
                  + w.q(type.name()));
          if (column.defaultSql().isDefined()) {
            w.statement(alter + " SET DEFAULT " + column.defaultSql().get());
          }
        }
      }
    }
  }

  String retiredName(EnumType type) {
    return w.dialect.shorten(type.name() + "__dbkeep_old");
  }

  void dropEnumTypes() {
    var newIds = new HashSet<String>();
    w.to.enums().forEach(type -> newIds.add(type.id()));
    for (var type : w.from.enums()) {
      if (!newIds.contains(type.id())) {
        w.statement("DROP TYPE " + w.q(type.name()));
      }
    }
    for (var type : w.to.enums()) {
      var changes = w.enumChanges.get(type.id());
      if (changes != null && needsEnumRebuild(changes)) {
        w.statement("DROP TYPE " + w.q(retiredName(type)));
      }
    }
  }
}
