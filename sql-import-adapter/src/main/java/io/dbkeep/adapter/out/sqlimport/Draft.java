package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the statements of a script said so far, before it becomes a document: tables by folded name,
 * enum types, and sequences waiting for their owner. Mutable; one per read.
 */
final class Draft {

  /**
   * Tables by folded {@code schema.name} (the schema folded to "" when it is the default one). Read
   * it freely; change it only through {@link #addTable} and {@link #removeTable}, which keep the
   * index of document names.
   */
  final Map<String, TableDraft> tables = new LinkedHashMap<>();

  /**
   * How many tables have each document name, by {@link #caseKey}: {@link #nameTaken} looked at
   * every table for every new one, which made a 10,000-table dump quadratic (95 % of its time).
   */
  private final Map<String, Integer> names = new HashMap<>();

  final Map<String, EnumDraft> enums = new LinkedHashMap<>();

  /** Sequences by folded name, with the line they were created on, until a column owns them. */
  final Map<String, Integer> sequences = new LinkedHashMap<>();

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The table a reference names: exactly, or by its bare name in any schema when unqualified. */
  Option<TableDraft> table(String qualifiedKey, boolean qualified) {
    var exact = tables.get(qualifiedKey);
    if (exact != null || qualified) {
      return Option.of(exact);
    }
    var bare = qualifiedKey.substring(qualifiedKey.indexOf('.') + 1);
    for (var table : tables.values()) {
      if (key(table.bareName).equals(bare)) {
        return Option.of(table);
      }
    }
    return Option.none();
  }

  /** Whether a table already has the document name {@code name} (case-insensitively). */
  boolean nameTaken(String name) {
    return names.containsKey(caseKey(name));
  }

  void addTable(String key, TableDraft table) {
    var replaced = tables.put(key, table);
    if (replaced != null) {
      forgetName(replaced.name);
    }
    names.merge(caseKey(table.name), 1, Integer::sum);
  }

  void removeTable(String key) {
    var removed = tables.remove(key);
    if (removed != null) {
      forgetName(removed.name);
    }
  }

  private void forgetName(String name) {
    names.computeIfPresent(caseKey(name), (key, count) -> count == 1 ? null : count - 1);
  }

  /**
   * Equal for two names exactly when {@link String#equalsIgnoreCase} says they are: each code point
   * upper-cased, then lower-cased, as that comparison does.
   */
  static String caseKey(String name) {
    var key = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            codePoint ->
                key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(codePoint))));
    return key.toString();
  }

  static final class TableDraft {
    final String name;
    final String bareName;
    final String qualifiedKey;
    final int line;
    final int offset;
    final List<ColumnDraft> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<List<String>> uniques = new ArrayList<>();
    final List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
    final List<IndexDraft> indexes = new ArrayList<>();
    final List<CheckDraft> checks = new ArrayList<>();
    Option<String> comment = Option.none();

    TableDraft(String name, String bareName, String qualifiedKey, int line, int offset) {
      this.name = name;
      this.bareName = bareName;
      this.qualifiedKey = qualifiedKey;
      this.line = line;
      this.offset = offset;
    }

    Option<ColumnDraft> column(String name) {
      for (var column : columns) {
        if (column.name.equals(name)) {
          return Option.of(column);
        }
      }
      for (var column : columns) {
        if (column.name.equalsIgnoreCase(name)) {
          return Option.of(column);
        }
      }
      return Option.none();
    }
  }

  static final class ColumnDraft {
    final String name;
    final int line;
    final int offset;
    ColumnType type = ColumnType.TEXT;
    Option<Integer> length = Option.none();
    Option<Integer> precision = Option.none();
    Option<Integer> scale = Option.none();
    Option<Integer> dimension = Option.none();

    /** The named enum type (PostgreSQL) or the inline values (MySQL ENUM, SQLite CHECK IN). */
    Option<String> enumName = Option.none();

    Option<List<String>> enumValues = Option.none();
    boolean nullable = true;
    boolean unique;
    boolean autoIncrement;
    Option<String> defaultValue = Option.none();
    Option<String> comment = Option.none();

    /** The declared type, when a default told a more precise one (SQLite's TEXT dates, …). */
    Option<ColumnType> inferredFrom = Option.none();

    ColumnDraft(String name, int line, int offset) {
      this.name = name;
      this.line = line;
      this.offset = offset;
    }
  }

  record ForeignKeyDraft(
      List<String> columns,
      String targetKey,
      boolean targetQualified,
      String targetName,
      List<String> targetColumns,
      Option<ReferentialAction> onDelete,
      Option<ReferentialAction> onUpdate,
      int line) {}

  /** A CHECK in the neutral subset, as read; its columns are resolved when the table is built. */
  record CheckDraft(
      Option<String> name,
      io.dbkeep.domain.schema.check.CheckExpression expression,
      String source,
      int line) {}

  /**
   * @param constraint a UNIQUE constraint of the table (not CREATE INDEX): what DBKeep's export
   *     writes for a composite 1:1 relation
   */
  record IndexDraft(
      Option<String> name, List<String> columns, boolean unique, int line, boolean constraint) {}

  record EnumDraft(String name, List<String> values) {}
}
