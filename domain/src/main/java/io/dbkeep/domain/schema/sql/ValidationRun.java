package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.problem.BoundedProblems;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One validation of one document for one engine: what the rule objects share (the document, the
 * engine's dialect, the problems found so far, indexes built along the way) and the checks several
 * of them use (ids, names, comments, key sizes). The rules run in document order: enums, tables
 * (with their columns and keys), index names, relations; then, for a document without errors, its
 * plan.
 */
final class ValidationRun {

  final EnumRules enums = new EnumRules(this);
  final TableRules tables = new TableRules(this);
  final ColumnRules columns = new ColumnRules(this);
  final TableKeyRules keys = new TableKeyRules(this);
  final IndexNameRules indexNames = new IndexNameRules(this);
  final CheckRules checks = new CheckRules(this);
  final RelationRules relations = new RelationRules(this);
  final PlanRules plans = new PlanRules(this);

  final SchemaDocument document;

  final Dialect dialect;

  final Engine engine;

  final Set<String> tainted;

  final BoundedProblems problems = new BoundedProblems();

  final Map<String, Integer> tableIndex = new HashMap<>();

  final Set<String> uniqueByOneToOne = new HashSet<>();

  final Set<String> enumNames = new HashSet<>();

  boolean vectorWarned;

  private static final int TYPES = ColumnType.values().length;

  /**
   * Per column type, the last mapping made in this run and the column and enum it was made for: a
   * document's columns share a few types and parameters (a save maps each column more than once,
   * and the engine makes a new type name for every VARCHAR(120) or NUMERIC(12,2)).
   */
  private final Column[] mappedColumn = new Column[TYPES];

  private final EnumType[] mappedEnum = new EnumType[TYPES];
  private final MappedType[] mappedType = new MappedType[TYPES];

  ValidationRun(SchemaDocument document, Dialect dialect, Set<String> tainted) {
    this.document = document;
    this.dialect = dialect;
    this.engine = dialect.engine();
    this.tainted = tainted;
  }

  boolean hasNoErrors() {
    for (var problem : problems) {
      if (problem.isError()) {
        return false;
      }
    }
    return true;
  }

  void error(String path, String code, String message) {
    problems.add(Problem.error(path, code, message));
  }

  void warning(String path, String code, String message) {
    problems.add(Problem.warning(path, code, message));
  }

  /**
   * {@code dialect.map(column, enumType)}, the same value again for a column of the same type,
   * parameters (length, precision, scale, dimension) and enum as the last one of its type: a
   * mapping depends on nothing else, and {@link MappedType} is immutable.
   */
  MappedType map(Column column, Option<EnumType> enumType) {
    var slot = column.type().ordinal();
    var last = mappedColumn[slot];
    var enumValue = enumType.getOrNull();
    if (last != null
        && mappedEnum[slot] == enumValue
        && last.length().equals(column.length())
        && last.precision().equals(column.precision())
        && last.scale().equals(column.scale())
        && last.dimension().equals(column.dimension())) {
      return mappedType[slot];
    }
    var mapped = dialect.map(column, enumType);
    mappedColumn[slot] = column;
    mappedEnum[slot] = enumValue;
    mappedType[slot] = mapped;
    return mapped;
  }

  /**
   * {@link #checkKeySize} of {@code table}'s primary key ({@code keyColumns} columns, at {@code
   * tablePath + ".columns"}), without copying the key, building the path only for a problem and
   * mapping the columns only where keys have a byte limit.
   */
  void checkPrimaryKeySize(Table table, int keyColumns, String tablePath) {
    if (keyColumns > dialect.maxKeyColumns()) {
      checkKeySize(table.primaryKey(), tablePath + ".columns", "the primary key");
      return;
    }
    var max = dialect.maxKeyBytes();
    if (max.isEmpty()) {
      return;
    }
    var bytes = 0;
    for (var column : table.columns()) {
      if (column.primaryKey()) {
        bytes += map(column, enumOfQuiet(column)).keyBytes();
      }
    }
    if (bytes > max.get()) {
      checkKeyBytes(bytes, tablePath + ".columns");
    }
  }

  void checkKeySize(List<Column> columns, String path, String what) {
    if (columns.size() > dialect.maxKeyColumns()) {
      error(
          path,
          "TOO_MANY_KEY_COLUMNS",
          what
              + " has "
              + columns.size()
              + " columns; "
              + engine.displayName()
              + " allows at most "
              + dialect.maxKeyColumns());
      return;
    }
    if (dialect.maxKeyBytes().isEmpty()) {
      return; // no byte limit: nothing to count
    }
    var bytes = 0;
    for (var column : columns) {
      bytes += map(column, enumOfQuiet(column)).keyBytes();
    }
    checkKeyBytes(bytes, path);
  }

  void checkKeyBytes(int bytes, String path) {
    var max = dialect.maxKeyBytes();
    if (max.isDefined() && bytes > max.get()) {
      error(
          path,
          "KEY_TOO_LONG",
          "the key takes up to "
              + bytes
              + " bytes in utf8mb4; "
              + engine.displayName()
              + " keys are at most "
              + max.get()
              + " bytes");
    }
  }

  Option<EnumType> enumOfQuiet(Column column) {
    return column.enumId().flatMap(document::enumType);
  }

  Option<Table> table(String id, String path) {
    var index = tableIndex.get(id);
    if (index == null) {
      error(path, "RELATION_TABLE_NOT_FOUND", "no table has the id " + quoted(id));
      return Option.none();
    }
    return Option.of(document.tables().get(index));
  }

  Option<Column> column(Table table, String id, String path) {
    var column = table.column(id);
    if (column.isEmpty()) {
      error(
          path,
          "RELATION_COLUMN_NOT_FOUND",
          "table " + quoted(table.name()) + " has no column with the id " + quoted(id));
    }
    return column;
  }

  void checkId(String id, Set<String> seen, String path, String what) {
    if (id.isBlank()) {
      error(path + ".id", "BLANK_ID", "a " + what + " needs an id");
    } else if (!seen.add(id)) {
      error(path + ".id", "DUPLICATE_ID", "another " + what + " also has the id " + quoted(id));
    }
  }

  /** Checks a name; true when it is usable (so duplicates can be looked for). */
  boolean checkName(String name, String path, String what, boolean isIdentifier) {
    var refusal = nameRefusal(name, what, isIdentifier);
    if (refusal != null) {
      error(path, refusal.code(), refusal.message());
      return false;
    }
    return true;
  }

  /**
   * What {@link #checkName} reports about a name, or null when it is usable: for callers that build
   * the path only when there is a problem (every table and column is checked on each save).
   */
  Refusal nameRefusal(String name, String what, boolean isIdentifier) {
    if (name.isBlank()) {
      return new Refusal("BLANK_NAME", "a " + what + " needs a name");
    }
    if (!isIdentifier) {
      return null;
    }
    var problem = dialect.identifierProblem(name);
    if (problem.isDefined()) {
      return new Refusal(
          problem.get().code(),
          "the " + what + " name " + quoted(abbreviate(name)) + " " + problem.get().message());
    }
    var reserved = dialect.reservedPrefix();
    if (reserved.isDefined()
        && (what.equals("table") || what.equals("index") || what.equals("junction table"))
        && name.toLowerCase(java.util.Locale.ROOT).startsWith(reserved.get())) {
      return new Refusal(
          "INVALID_NAME",
          engine.displayName() + " reserves names starting with " + reserved.get() + " for itself");
    }
    return null;
  }

  void checkComment(Option<String> comment, String path, Option<Integer> max) {
    comment.forEach(
        text -> {
          if (Dialect.hasNul(text)) {
            error(path, "INVALID_CHARACTER", "comments must not contain the NUL character");
          } else if (max.isDefined() && text.codePointCount(0, text.length()) > max.get()) {
            error(
                path,
                "COMMENT_TOO_LONG",
                engine.displayName() + " comments here are at most " + max.get() + " characters");
          }
        });
  }

  String notKeyable(Column column, MappedType mapped, String role) {
    return column.type().wireName()
        + (mapped.sql().equals(column.type().wireName()) ? "" : " (" + mapped.sql() + ")")
        + " columns cannot be "
        + role
        + " on "
        + engine.displayName()
        + (dialect.largeTypesNeedPrefix() ? " without a prefix length" : "");
  }

  static String describe(Column column) {
    var type = column.type();
    var text = type.wireName();
    if (type.takesLength()) {
      text += column.length().map(n -> "(" + n + ")").getOrElse("");
    } else if (type.takesPrecision()) {
      text += PostgresDialect.precision(column);
    } else if (type.isVector()) {
      text += column.dimension().map(n -> "(" + n + ")").getOrElse("");
    }
    return text;
  }

  static String abbreviate(String name) {
    return name.length() > 80 ? name.substring(0, 77) + "..." : name;
  }

  /**
   * A key for a set of columns of one table: the table id and the sorted column ids; for one column
   * {@code tableId NUL columnId}.
   */
  static String setKey(String tableId, List<String> columnIds) {
    var sorted = new ArrayList<>(columnIds);
    java.util.Collections.sort(sorted);
    return tableId + "\u0000" + String.join("\u0000", sorted);
  }

  /** Runs the document's rules in order. */
  void checkDocument() {
    for (var relation : document.relations()) {
      if (relation.type() == RelationType.ONE_TO_ONE) {
        uniqueByOneToOne.add(setKey(relation.sourceTableId(), relation.sourceColumnIds()));
      }
    }
    enums.checkEnums();
    tables.checkTables();
    indexNames.checkIndexNames();
    relations.checkRelations();
  }

  /** The plan's rules, for a document without other errors. */
  void checkPlan(SchemaPlan plan) {
    plans.checkPlan(plan);
  }
}
