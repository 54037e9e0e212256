package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.adapter.out.sqlimport.Draft.ColumnDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.ForeignKeyDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.IndexDraft;
import io.dbkeep.adapter.out.sqlimport.Draft.TableDraft;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnPair;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckRenderer;
import io.dbkeep.domain.schema.check.CheckTypes;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Draft} into a document: ids, primary keys, uniques, indexes, enums, and relations
 * — a foreign key is 1:N, or 1:1 when its column is unique; a junction table exactly as DBKeep's
 * export writes one (two foreign keys to whole primary keys forming its own, columns named {@code
 * <table>_<column>}) becomes an N:M relation. A composite foreign key keeps every column pair (the
 * first in the relation's own columns, the others in its additional columns), and is 1:1 when its
 * columns, as a set, are the primary key or a unique index.
 */
final class DocumentAssembler {

  private final Draft draft;
  private final Warnings warnings;
  private final Map<TableDraft, String> tableIds = new HashMap<>();
  private final Map<ColumnDraft, String> columnIds = new HashMap<>();
  private final Map<String, EnumType> enumsByName = new LinkedHashMap<>();
  private final Map<List<String>, EnumType> inlineEnums = new LinkedHashMap<>();

  DocumentAssembler(Draft draft, Warnings warnings) {
    this.draft = draft;
    this.warnings = warnings;
  }

  SchemaDocument assemble() {
    for (var sequence : draft.sequences.entrySet()) {
      warnings.add(
          sequence.getValue(),
          "STATEMENT_NOT_KEPT",
          "the sequence " + sequence.getKey() + " belongs to no column; it is not kept");
    }
    for (var type : draft.enums.values()) {
      var id = "e" + (enumsByName.size() + 1);
      enumsByName.put(Draft.key(type.name()), EnumType.of(id, type.name(), type.values()));
    }
    var all = new ArrayList<>(draft.tables.values());
    var counter = 0;
    for (var table : all) {
      tableIds.put(table, "t" + (++counter));
      var c = 0;
      for (var column : table.columns) {
        columnIds.put(column, "c" + (++c));
      }
    }
    new TypeHints(draft).apply(all);
    var junctions = new LinkedHashMap<TableDraft, Relation>();
    for (var table : all) {
      junction(table).forEach(relation -> junctions.put(table, relation));
    }
    var tables = new ArrayList<Table>();
    var relations = new ArrayList<Relation>();
    for (var table : all) {
      if (junctions.containsKey(table)) {
        relations.add(junctions.get(table));
        continue;
      }
      tables.add(table(table));
    }
    for (var table : all) {
      if (!junctions.containsKey(table)) {
        for (var foreignKey : table.foreignKeys) {
          relation(table, foreignKey, relations.size() + 1).forEach(relations::add);
        }
      }
    }
    var enums = new ArrayList<>(enumsByName.values());
    enums.addAll(inlineEnums.values());
    return SchemaDocument.of(tables, relations).withEnums(enums);
  }

  private Table table(TableDraft draftTable) {
    var columns = new ArrayList<Column>();
    var singleUniques = new HashSet<String>();
    draftTable.uniques.forEach(u -> singleUniques.add(u.get(0)));
    var key = draftTable.primaryKey;
    var ordered = new ArrayList<String>();
    for (var column : draftTable.columns) {
      if (containsName(key, column.name)) {
        ordered.add(column.name);
      }
    }
    if (!sameNames(ordered, key)) {
      warnings.add(
          draftTable.line,
          "KEY_ORDER_NOT_KEPT",
          "table \""
              + draftTable.name
              + "\": the primary key ("
              + String.join(", ", key)
              + ") is imported in column order ("
              + String.join(", ", ordered)
              + ")");
    }
    for (var name : key) {
      if (draftTable.column(name).isEmpty()) {
        warnings.add(
            draftTable.line,
            "KEY_COLUMN_NOT_FOUND",
            "table \"" + draftTable.name + "\": the primary key names no column \"" + name + "\"");
      }
    }
    for (var column : draftTable.columns) {
      var primary = containsName(key, column.name);
      var type = column.type;
      if (column.autoIncrement) {
        type =
            switch (type.withoutAutoIncrement()) {
              case SMALLINT -> ColumnType.SMALLSERIAL;
              case BIGINT -> ColumnType.BIGSERIAL;
              case INT, INTEGER -> ColumnType.SERIAL;
              default -> type;
            };
        if (!type.isSerial()) {
          warnings.add(
              column.line,
              "CLAUSE_NOT_KEPT",
              TableReader.where(draftTable, column)
                  + "auto-increment on a "
                  + type.wireName()
                  + " column is not kept");
        }
      }
      var builder =
          Column.builder(columnIds.get(column), column.name, type)
              .primaryKey(primary)
              .nullable(column.nullable && !primary)
              .unique(
                  (column.unique || containsName(singleUniques, column.name))
                      && !(primary && key.size() == 1));
      column.length.forEach(builder::length);
      column.precision.forEach(p -> builder.precision(p));
      column.scale.forEach(s -> builder.precision(column.precision.getOrElse(s), s));
      column.dimension.forEach(builder::dimension);
      if (!type.isSerial()) {
        column.defaultValue.forEach(builder::defaultValue);
      }
      column.comment.forEach(builder::comment);
      enumOf(draftTable, column).forEach(e -> builder.enumId(e.id()));
      columns.add(builder.build());
    }
    var indexes = new ArrayList<Index>();
    var indexNumber = 0;
    for (var index : draftTable.indexes) {
      if (isOneToOnesUnique(draftTable, index)) {
        continue;
      }
      var ids = new ArrayList<String>();
      for (var name : index.columns()) {
        var column = draftTable.column(name);
        if (column.isEmpty()) {
          ids.clear();
          warnings.add(
              index.line(),
              "INDEX_NOT_KEPT",
              "table \""
                  + draftTable.name
                  + "\": an index names no column \""
                  + name
                  + "\"; it is not kept");
          break;
        }
        ids.add(columnIds.get(column.get()));
      }
      if (ids.isEmpty()) {
        continue;
      }
      var generated =
          (index.unique() ? "ux_" : "ix_")
              + draftTable.name
              + "_"
              + String.join("_", index.columns());
      var name = index.name().filter(n -> !n.equals(generated));
      indexes.add(new Index("i" + (++indexNumber), name, ids, index.unique(), JsonObject.empty()));
    }
    var table = Table.of(tableIds.get(draftTable), draftTable.name, columns).withIndexes(indexes);
    table = table.withChecks(checks(draftTable, table));
    return draftTable.comment.map(table::withComment).getOrElse(table);
  }

  /**
   * The draft's checks that hold for the built table: column names resolved as the engine does
   * (exactly, else case-insensitively), then typed as validation types them; the rest are warnings
   * with their line. A name the export would generate ({@code chk_<table>_<n>}) is left out.
   */
  private List<Check> checks(TableDraft draftTable, Table table) {
    var checks = new ArrayList<Check>();
    var enums = new ArrayList<EnumType>(enumsByName.values());
    enums.addAll(inlineEnums.values());
    var context = SchemaDocument.of(List.of(table), List.of()).withEnums(enums);
    for (var draftCheck : draftTable.checks) {
      var expression = CheckHints.forTable(draftCheck.expression(), table);
      var problems = CheckTypes.problems(expression, table, context);
      if (!problems.isEmpty()) {
        warnings.add(
            draftCheck.line(),
            "CHECK_NOT_KEPT",
            "table \""
                + draftTable.name
                + "\": CHECK "
                + TableReader.shorten(draftCheck.source())
                + " is not kept ("
                + problems.get(0).message()
                + ")");
        continue;
      }
      var generated = "chk_" + draftTable.name + "_" + (checks.size() + 1);
      var name = draftCheck.name().filter(n -> !n.equals(generated));
      checks.add(
          new Check(
              "k" + (checks.size() + 1),
              name,
              CheckRenderer.neutral(expression),
              JsonObject.empty()));
    }
    return checks;
  }

  private Option<EnumType> enumOf(TableDraft table, ColumnDraft column) {
    if (column.type != ColumnType.ENUM) {
      return Option.none();
    }
    if (column.enumName.isDefined()) {
      return Option.of(enumsByName.get(Draft.key(column.enumName.get())));
    }
    var values = column.enumValues.getOrElse(List.of());
    return Option.of(
        inlineEnums.computeIfAbsent(
            values,
            v ->
                EnumType.of(
                    "e" + (enumsByName.size() + inlineEnums.size() + 1),
                    table.name + "_" + column.name,
                    v)));
  }

  private Option<Relation> relation(TableDraft source, ForeignKeyDraft foreignKey, int number) {
    var where =
        "table \""
            + source.name
            + "\": the foreign key ("
            + String.join(", ", foreignKey.columns())
            + ") ";
    var target = draft.table(foreignKey.targetKey(), foreignKey.targetQualified());
    if (target.isEmpty()) {
      warnings.add(
          foreignKey.line(),
          "RELATION_NOT_KEPT",
          where
              + "references table \""
              + foreignKey.targetName()
              + "\", which the script does not create; it is not kept");
      return Option.none();
    }
    var targetColumns =
        foreignKey.targetColumns().isEmpty() ? target.get().primaryKey : foreignKey.targetColumns();
    if (foreignKey.columns().size() != targetColumns.size()) {
      warnings.add(
          foreignKey.line(),
          "RELATION_NOT_KEPT",
          where
              + "has "
              + foreignKey.columns().size()
              + " columns but references "
              + targetColumns.size()
              + "; it is not kept");
      return Option.none();
    }
    var sourceColumns = new ArrayList<ColumnDraft>();
    var referenced = new ArrayList<ColumnDraft>();
    for (int i = 0; i < targetColumns.size(); i++) {
      var sourceColumn = source.column(foreignKey.columns().get(i));
      var targetColumn = target.get().column(targetColumns.get(i));
      if (sourceColumn.isEmpty() || targetColumn.isEmpty()) {
        warnings.add(
            foreignKey.line(),
            "RELATION_NOT_KEPT",
            where + "names a column that does not exist; it is not kept");
        return Option.none();
      }
      sourceColumns.add(sourceColumn.get());
      referenced.add(targetColumn.get());
    }
    var unique =
        sourceColumns.size() == 1
            ? isUnique(source, sourceColumns.get(0))
            : isUniqueSet(source, foreignKey.columns());
    var additional = new ArrayList<ColumnPair>();
    for (int i = 1; i < sourceColumns.size(); i++) {
      additional.add(
          ColumnPair.of(columnIds.get(sourceColumns.get(i)), columnIds.get(referenced.get(i))));
    }
    var relation =
        Relation.of(
                "r" + number,
                unique ? RelationType.ONE_TO_ONE : RelationType.ONE_TO_MANY,
                tableIds.get(source),
                columnIds.get(sourceColumns.get(0)),
                tableIds.get(target.get()),
                columnIds.get(referenced.get(0)))
            .withAdditionalColumns(additional);
    return Option.of(relation.withActions(foreignKey.onDelete(), foreignKey.onUpdate()));
  }

  /**
   * Whether {@code index} is the UNIQUE constraint DBKeep's export writes for a composite 1:1
   * relation: a constraint over exactly a kept composite foreign key's columns, in its order. The
   * relation is read as 1:1 and writes it again, so it is not kept as an index too.
   */
  private boolean isOneToOnesUnique(TableDraft table, IndexDraft index) {
    if (!index.constraint() || !index.unique() || index.columns().size() < 2) {
      return false;
    }
    for (var foreignKey : table.foreignKeys) {
      if (sameNames(foreignKey.columns(), index.columns())
          && !sameSet(table.primaryKey, index.columns())
          && kept(table, foreignKey)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #relation} keeps {@code foreignKey} (its table and every column exist). */
  private boolean kept(TableDraft source, ForeignKeyDraft foreignKey) {
    var target = draft.table(foreignKey.targetKey(), foreignKey.targetQualified());
    if (target.isEmpty()) {
      return false;
    }
    var targetColumns =
        foreignKey.targetColumns().isEmpty() ? target.get().primaryKey : foreignKey.targetColumns();
    if (foreignKey.columns().size() != targetColumns.size()) {
      return false;
    }
    for (int i = 0; i < targetColumns.size(); i++) {
      if (source.column(foreignKey.columns().get(i)).isEmpty()
          || target.get().column(targetColumns.get(i)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code names}, as a set, are the primary key or a unique index of {@code table}. */
  private static boolean isUniqueSet(TableDraft table, List<String> names) {
    if (sameSet(table.primaryKey, names)) {
      return true;
    }
    for (var index : table.indexes) {
      if (index.unique() && sameSet(index.columns(), names)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSet(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (var name : b) {
      if (!containsName(a, name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnique(TableDraft table, ColumnDraft column) {
    if (column.unique
        || (table.primaryKey.size() == 1 && containsName(table.primaryKey, column.name))) {
      return true;
    }
    for (var unique : table.uniques) {
      if (unique.size() == 1 && unique.get(0).equalsIgnoreCase(column.name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The N:M relation a junction table stands for, if it is exactly one DBKeep's export writes: two
   * foreign keys, each to its target's whole primary key, with the same actions; its columns those
   * of the keys in order, named {@code <target>_<key column>}, and all of them its primary key.
   */
  private Option<Relation> junction(TableDraft table) {
    if (table.foreignKeys.size() != 2 || table.comment.isDefined() || !table.uniques.isEmpty()) {
      return Option.none();
    }
    // dumps list constraints by name; the export writes the source's columns first
    var first = table.foreignKeys.get(0);
    var second = table.foreignKeys.get(1);
    if (columnIndex(table, second) < columnIndex(table, first)) {
      var swap = first;
      first = second;
      second = swap;
    }
    var source = draft.table(first.targetKey(), first.targetQualified());
    var target = draft.table(second.targetKey(), second.targetQualified());
    if (source.isEmpty() || target.isEmpty() || source.get() == table || target.get() == table) {
      return Option.none();
    }
    if (!first.onDelete().equals(second.onDelete())
        || !first.onUpdate().equals(second.onUpdate())) {
      return Option.none();
    }
    var expected = new ArrayList<String>();
    if (!junctionColumns(first, source.get(), expected)
        || !junctionColumns(second, target.get(), expected)) {
      return Option.none();
    }
    var names = new ArrayList<String>();
    for (var column : table.columns) {
      if (column.autoIncrement || column.defaultValue.isDefined() || column.comment.isDefined()) {
        return Option.none();
      }
      names.add(column.name);
    }
    if (!names.equals(expected) || !table.primaryKey.equals(expected)) {
      return Option.none();
    }
    for (var index : table.indexes) {
      if (index.unique()
          || !(index.columns().equals(first.columns())
              || index.columns().equals(second.columns()))) {
        return Option.none();
      }
    }
    var sourceKey = source.get().column(source.get().primaryKey.get(0));
    var targetKey = target.get().column(target.get().primaryKey.get(0));
    if (sourceKey.isEmpty() || targetKey.isEmpty()) {
      return Option.none();
    }
    var relation =
        Relation.of(
            "n" + tableIds.get(table),
            RelationType.MANY_TO_MANY,
            tableIds.get(source.get()),
            columnIds.get(sourceKey.get()),
            tableIds.get(target.get()),
            columnIds.get(targetKey.get()));
    if (!table.name.equals(source.get().name + "_" + target.get().name)) {
      relation = relation.withName(table.name);
    }
    var onDelete = first.onDelete().orElse(Option.of(ReferentialAction.NO_ACTION));
    return Option.of(relation.withActions(onDelete, first.onUpdate()));
  }

  private static int columnIndex(TableDraft table, ForeignKeyDraft foreignKey) {
    var name = foreignKey.columns().isEmpty() ? "" : foreignKey.columns().get(0);
    for (int i = 0; i < table.columns.size(); i++) {
      if (table.columns.get(i).name.equals(name)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean junctionColumns(
      ForeignKeyDraft foreignKey, TableDraft target, List<String> expected) {
    var key = target.primaryKey;
    if (key.isEmpty()
        || !(foreignKey.targetColumns().isEmpty() || foreignKey.targetColumns().equals(key))
        || foreignKey.columns().size() != key.size()) {
      return false;
    }
    for (int i = 0; i < key.size(); i++) {
      var actual = foreignKey.columns().get(i);
      if (!generatedFrom(actual, target.name + "_" + key.get(i)) || expected.contains(actual)) {
        return false;
      }
      expected.add(actual);
    }
    return true;
  }

  private static final java.util.regex.Pattern NUMBERED =
      java.util.regex.Pattern.compile("_[0-9]+");
  private static final java.util.regex.Pattern HASHED =
      java.util.regex.Pattern.compile("(.{10,})_[0-9a-f]{8}");

  /**
   * Whether DBKeep's export would name a junction column {@code actual} for {@code candidate}
   * ({@code <table>_<key column>}): the candidate itself, made unique with {@code _2}, {@code _3}
   * …, or cut to the engine's identifier limit and ended with a hash of the full name.
   */
  private static boolean generatedFrom(String actual, String candidate) {
    if (actual.equals(candidate)) {
      return true;
    }
    if (actual.startsWith(candidate)
        && NUMBERED.matcher(actual.substring(candidate.length())).matches()) {
      return true;
    }
    var hashed = HASHED.matcher(actual);
    return hashed.matches() && candidate.startsWith(hashed.group(1).stripTrailing());
  }

  private static boolean containsName(java.util.Collection<String> names, String name) {
    for (var candidate : names) {
      if (candidate.equals(name) || candidate.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameNames(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
