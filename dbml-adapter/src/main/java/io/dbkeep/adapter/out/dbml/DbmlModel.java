package io.dbkeep.adapter.out.dbml;

import java.util.List;

/**
 * What the parser read, before names are resolved: the DBML elements as written, each with the line
 * it starts on. Package-private records only.
 */
final class DbmlModel {

  private DbmlModel() {}

  /** A {@code key} or {@code key: value} inside {@code [ … ]}; {@code ref} carries its target. */
  record Setting(String key, DbmlLexer.Token value, String valueText, Ref ref, int line) {

    boolean hasValue() {
      return value != null;
    }
  }

  /** A table, column or enum name that may carry a schema: {@code schema.name}. */
  record QualifiedName(String schema, String name, int line, int column) {

    String display() {
      return schema == null ? name : schema + "." + name;
    }
  }

  record Project(String name, List<Setting> settings, String note, int line) {}

  record Type(QualifiedName name, List<String> arguments, boolean array) {}

  record Column(String name, Type type, List<Setting> settings, int line) {}

  /** One part of an index: a column name, or a backtick expression. */
  record IndexPart(String column, String expression) {}

  record Index(List<IndexPart> parts, List<Setting> settings, int line) {}

  /** One entry of a table's {@code checks { `expr` [name: 'c'] }} block. */
  record CheckEntry(String expression, List<Setting> settings, int line) {}

  record Table(
      QualifiedName name,
      String alias,
      List<Setting> settings,
      List<Column> columns,
      List<Index> indexes,
      List<CheckEntry> checks,
      String note,
      int noteLine,
      int line) {}

  /** One side of a reference: {@code [schema.]table.column} or {@code table.(a, b)}. */
  record Endpoint(QualifiedName table, List<String> columns, int line, int column) {}

  /**
   * A relation as written: {@code left op right}; for an inline {@code ref} the left is the column
   * it sits on.
   */
  record Ref(String name, Endpoint left, String operator, Endpoint right, List<Setting> settings) {}

  record EnumValue(String value, List<Setting> settings, int line) {}

  record Enum(QualifiedName name, List<EnumValue> values, int line) {}

  record TableGroup(
      String name, List<QualifiedName> tables, List<Setting> settings, String note, int line) {}

  record StickyNote(String name, String content, List<Setting> settings, int line) {}

  /** Something the parser skipped on purpose (an element DBKeep does not model). */
  record Skipped(String what, int line) {}
}
