package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.ProjectExport;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a {@link SchemaDocument} for an engine and reports every problem at once, each with the
 * path of what it is about ({@code tables[2].columns[0].name}), a stable code, a severity and a
 * message.
 *
 * <p>The contract: a document with no errors for an engine exports, through {@link DdlExporter},
 * DDL that executes on that engine. So besides the document's own consistency (names, ids, types,
 * relations, defaults) the checks cover each engine's limits: identifier length, type parameter
 * ranges, which types can be keys, key and row sizes on MySQL, and so on. Warnings name what the
 * export changes or cannot enforce (type mappings, missing primary keys, unindexed foreign keys on
 * PostgreSQL). Pure and thread-safe.
 */
public final class SchemaValidator {

  private static final int MAX_VECTOR_DIMENSION = 16_000;
  private static final int MAX_SPARSEVEC_DIMENSION = 1_000_000_000;

  private SchemaValidator() {}

  /** Validates a document built in code (or read without problems). */
  public static ValidationReport validate(SchemaDocument document, Engine engine) {
    return check(document, engine, Set.of()).report();
  }

  /**
   * Validates a document as read from JSON: the reading problems come first, and checks that would
   * only repeat them (about elements that could not be read) are left out.
   */
  public static ValidationReport validate(Decoded<SchemaDocument> decoded, Engine engine) {
    var tainted = new HashSet<String>();
    var tooLarge = false;
    for (var problem : decoded.problems()) {
      if (problem.isError()) {
        tainted.add(problem.path());
        tooLarge |= problem.code().equals("TOO_MANY_TABLES");
      }
    }
    var problems = new ArrayList<>(decoded.problems());
    if (!tooLarge) {
      for (var problem : check(decoded.value(), engine, tainted).report().problems()) {
        if (!covered(tainted, problem.path())) {
          problems.add(problem);
        }
      }
    }
    return new ValidationReport(problems);
  }

  /**
   * Validates an export envelope as read from JSON: its own problems (version, name, engine) and
   * its document's for {@code engine}, every path relative to the envelope ({@code
   * project.tables[0].name}).
   */
  public static ValidationReport validateExport(Decoded<ProjectExport> decoded, Engine engine) {
    var problems = new ArrayList<>(SchemaDocumentReader.envelopeProblems(decoded.problems()));
    var document =
        new Decoded<>(
            decoded.value().document(), SchemaDocumentReader.documentProblems(decoded.problems()));
    for (var problem : validate(document, engine).problems()) {
      problems.add(
          new Problem(
              problem.path().isEmpty() ? "project" : "project." + problem.path(),
              problem.code(),
              problem.severity(),
              problem.message()));
    }
    return new ValidationReport(problems);
  }

  /** The checks and, for a valid document, its plan. */
  static Checked check(SchemaDocument document, Engine engine, Set<String> tainted) {
    var run = new Run(document, Dialect.of(engine), tainted);
    run.checkDocument();
    Option<SchemaPlan> plan = Option.none();
    // A document with reading errors is invalid already, and the checks above skip what those
    // errors taint (e.g. relations of a table whose columns could not be read): planning it would
    // work on parts that were never checked.
    if (run.hasNoErrors() && tainted.isEmpty()) {
      plan = Option.of(new PlanBuilder(document, run.dialect, run.problems).build());
      if (run.hasNoErrors()) {
        run.checkPlan(plan.get());
      }
    }
    var report = new ValidationReport(run.problems);
    return new Checked(report, report.isValid() ? plan : Option.none());
  }

  record Checked(ValidationReport report, Option<SchemaPlan> plan) {}

  /** Whether {@code path} is, or is inside, a path that had a reading error. */
  private static boolean covered(Set<String> tainted, String path) {
    if (tainted.contains(path)) {
      return true;
    }
    for (int i = 0; i < path.length(); i++) {
      var c = path.charAt(i);
      if ((c == '.' || c == '[') && tainted.contains(path.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  private static final class Run {
    private final SchemaDocument document;
    private final Dialect dialect;
    private final Engine engine;
    private final Set<String> tainted;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> tableIndex = new HashMap<>();
    private final Set<String> uniqueByOneToOne = new HashSet<>();
    private final Set<String> enumNames = new HashSet<>();
    private boolean vectorWarned;

    Run(SchemaDocument document, Dialect dialect, Set<String> tainted) {
      this.document = document;
      this.dialect = dialect;
      this.engine = dialect.engine();
      this.tainted = tainted;
    }

    boolean hasNoErrors() {
      return problems.stream().noneMatch(Problem::isError);
    }

    private void error(String path, String code, String message) {
      problems.add(Problem.error(path, code, message));
    }

    private void warning(String path, String code, String message) {
      problems.add(Problem.warning(path, code, message));
    }

    void checkDocument() {
      for (var relation : document.relations()) {
        if (relation.type() == RelationType.ONE_TO_ONE) {
          uniqueByOneToOne.add(relation.sourceTableId() + "\u0000" + relation.sourceColumnId());
        }
      }
      checkEnums();
      checkTables();
      checkIndexNames();
      checkRelations();
    }

    // ---------------------------------------------------------------------------------- enums

    private void checkEnums() {
      var ids = new HashSet<String>();
      var names = new HashSet<String>();
      for (int i = 0; i < document.enums().size(); i++) {
        var type = document.enums().get(i);
        var path = "enums[" + i + "]";
        checkId(type.id(), ids, path, "enum");
        dialect
            .enumNameProblem(type.name())
            .forEach(
                problem ->
                    error(
                        path + ".name",
                        "INVALID_NAME",
                        "on "
                            + engine.displayName()
                            + " the enum name "
                            + quoted(type.name())
                            + " "
                            + problem));
        if (checkName(type.name(), path + ".name", "enum", dialect.enumsAreTypes())) {
          if (!names.add(dialect.fold(type.name()))) {
            error(
                path + ".name",
                "DUPLICATE_NAME",
                "another enum is also named " + quoted(type.name()));
          }
        }
        enumNames.add(dialect.fold(type.name()));
        if (type.values().isEmpty()) {
          error(path + ".values", "EMPTY_ENUM", "an enum needs at least one value");
        }
        var seen = new HashSet<String>();
        for (int v = 0; v < type.values().size(); v++) {
          var value = type.values().get(v);
          var valuePath = path + ".values[" + v + "]";
          if (value.strip().isEmpty()) {
            error(valuePath, "INVALID_ENUM_VALUE", "enum values must not be blank");
          } else if (Dialect.hasNul(value)) {
            error(
                valuePath, "INVALID_ENUM_VALUE", "enum values must not contain the NUL character");
          } else {
            dialect
                .enumValueProblem(value)
                .forEach(problem -> error(valuePath, "INVALID_ENUM_VALUE", problem));
          }
          var key = dialect.enumValueKey(value);
          if (!seen.add(key)) {
            error(
                valuePath,
                "DUPLICATE_ENUM_VALUE",
                quoted(value) + " repeats a value of this enum" + dialect.comparisonNote("them"));
          }
        }
      }
    }

    // --------------------------------------------------------------------------------- tables

    private void checkTables() {
      var ids = new HashSet<String>();
      var names = new HashSet<String>();
      var groupIds = new HashSet<String>();
      document.groups().forEach(group -> groupIds.add(group.id()));
      for (int i = 0; i < document.tables().size(); i++) {
        var table = document.tables().get(i);
        var path = "tables[" + i + "]";
        if (!table.id().isBlank() && !ids.contains(table.id())) {
          tableIndex.put(table.id(), i);
        }
        checkId(table.id(), ids, path, "table");
        if (checkName(table.name(), path + ".name", "table", true)) {
          if (!names.add(dialect.fold(table.name()))) {
            error(
                path + ".name",
                "DUPLICATE_NAME",
                "another table is also named " + quoted(table.name()));
          } else if (dialect.enumsAreTypes() && enumNames.contains(dialect.fold(table.name()))) {
            error(
                path + ".name",
                "DUPLICATE_NAME",
                "on "
                    + engine.displayName()
                    + " a table cannot have the name of an enum ("
                    + quoted(table.name())
                    + ")");
          }
        }
        table
            .parentNode()
            .filter(parent -> !groupIds.contains(parent))
            .forEach(
                parent ->
                    warning(
                        path + ".parentNode",
                        "UNKNOWN_PARENT_NODE",
                        "no group has the id " + quoted(parent)));
        checkComment(table.comment(), path + ".comment", dialect.maxTableComment());
        checkColumns(table, path);
        checkTableKeys(table, path);
      }
    }

    private void checkColumns(Table table, String path) {
      if (table.columns().isEmpty()) {
        error(path + ".columns", "NO_COLUMNS", "a table needs at least one column");
        return;
      }
      if (table.columns().size() > dialect.maxColumns()) {
        error(
            path + ".columns",
            "TOO_MANY_COLUMNS",
            engine.displayName() + " tables have at most " + dialect.maxColumns() + " columns");
      }
      var ids = new HashSet<String>();
      var names = new HashSet<String>();
      for (int j = 0; j < table.columns().size(); j++) {
        var column = table.columns().get(j);
        var columnPath = path + ".columns[" + j + "]";
        checkId(column.id(), ids, columnPath, "column");
        if (checkName(column.name(), columnPath + ".name", "column", true)) {
          if (!names.add(dialect.fold(column.name()))) {
            error(
                columnPath + ".name",
                "DUPLICATE_NAME",
                "another column of this table is also named "
                    + quoted(column.name())
                    + dialect.comparisonNote("names"));
          }
        }
        checkColumn(table, column, columnPath);
      }
    }

    private void checkColumn(Table table, Column column, String path) {
      var type = column.type();
      var enumType = enumOf(column, path);
      checkParameters(column, path);
      var mapped = dialect.map(column, enumType);
      mapped.mapping().forEach(note -> warning(path + ".type", "TYPE_MAPPED", note));
      if (type.isVector() && dialect.vectorsNeedExtension() && !vectorWarned) {
        vectorWarned = true;
        warning(
            path + ".type",
            "PGVECTOR_REQUIRED",
            type.wireName()
                + " needs the pgvector extension on the server (the script runs"
                + " CREATE EXTENSION IF NOT EXISTS vector)");
      }
      if (column.primaryKey() && column.nullable()) {
        warning(
            path + ".nullable",
            "PRIMARY_KEY_NULLABLE",
            "primary-key columns are always NOT NULL; nullable is ignored");
      }
      if (column.primaryKey() && !mapped.keyable()) {
        error(
            path + ".primaryKey",
            "TYPE_NOT_INDEXABLE",
            notKeyable(column, mapped, "a primary key"));
      }
      if (column.unique() && !column.primaryKey()) {
        if (!mapped.keyable()) {
          error(path + ".unique", "TYPE_NOT_INDEXABLE", notKeyable(column, mapped, "unique"));
        } else {
          checkKeyBytes(mapped.keyBytes(), path + ".unique");
        }
      }
      column
          .defaultValue()
          .filter(text -> !text.isBlank())
          .forEach(
              text -> {
                var parsed = DefaultValue.parse(text);
                var refusal =
                    parsed.isLeft()
                        ? Option.of(parsed.getLeft())
                        : DefaultRules.refusal(parsed.get(), column, enumType, engine);
                refusal.forEach(r -> error(path + ".default", r.code(), r.message()));
              });
      checkComment(column.comment(), path + ".comment", dialect.maxColumnComment());
      if (type.isSerial()
          && dialect.autoIncrementOnlyAsSoleKey()
          && !(column.primaryKey() && table.primaryKey().size() == 1)) {
        warning(
            path + ".type",
            "TYPE_MAPPED",
            type.wireName()
                + " is stored as INTEGER without auto-increment on SQLite unless it is the only"
                + " primary-key column");
      }
    }

    private Option<EnumType> enumOf(Column column, String path) {
      if (column.type() != ColumnType.ENUM) {
        return Option.none();
      }
      if (column.enumId().isEmpty()) {
        error(path + ".enumId", "UNKNOWN_ENUM", "an ENUM column needs an enumId");
        return Option.none();
      }
      var found = document.enumType(column.enumId().get());
      if (found.isEmpty()) {
        error(
            path + ".enumId",
            "UNKNOWN_ENUM",
            "no enum has the id " + quoted(column.enumId().get()));
      }
      return found;
    }

    private void checkParameters(Column column, String path) {
      var type = column.type();
      if (type.takesLength()) {
        int max =
            switch (type) {
              case CHAR -> dialect.maxCharLength();
              case VARCHAR -> dialect.maxVarcharLength();
              default -> dialect.maxBitLength();
            };
        column
            .length()
            .filter(length -> length < 1 || length > max)
            .forEach(
                length ->
                    error(
                        path + ".length",
                        "PARAMETER_OUT_OF_RANGE",
                        type.wireName()
                            + " length must be from 1 to "
                            + max
                            + " on "
                            + engine.displayName()
                            + ", not "
                            + length));
      }
      if (type.takesPrecision()) {
        var maxPrecision = dialect.maxDecimalPrecision();
        var precision = column.precision();
        precision
            .filter(p -> p < 1 || p > maxPrecision)
            .forEach(
                p ->
                    error(
                        path + ".precision",
                        "PARAMETER_OUT_OF_RANGE",
                        type.wireName()
                            + " precision must be from 1 to "
                            + maxPrecision
                            + " on "
                            + engine.displayName()
                            + ", not "
                            + p));
        column
            .scale()
            .forEach(
                scale -> {
                  if (precision.isEmpty()) {
                    error(path + ".scale", "PARAMETER_OUT_OF_RANGE", "a scale needs a precision");
                  } else if (scale < 0
                      || scale > precision.get()
                      || scale > dialect.maxDecimalScale()) {
                    error(
                        path + ".scale",
                        "PARAMETER_OUT_OF_RANGE",
                        type.wireName()
                            + " scale must be from 0 to the precision ("
                            + precision.get()
                            + ")"
                            + (dialect.maxDecimalScale() < dialect.maxDecimalPrecision()
                                ? " and at most "
                                    + dialect.maxDecimalScale()
                                    + " on "
                                    + engine.displayName()
                                : "")
                            + ", not "
                            + scale);
                  }
                });
      }
      if (type.isVector()) {
        var max = type == ColumnType.SPARSEVEC ? MAX_SPARSEVEC_DIMENSION : MAX_VECTOR_DIMENSION;
        column
            .dimension()
            .filter(d -> d < 1 || d > max)
            .forEach(
                d ->
                    error(
                        path + ".dimension",
                        "PARAMETER_OUT_OF_RANGE",
                        type.wireName() + " dimension must be from 1 to " + max + ", not " + d));
      }
    }

    private void checkTableKeys(Table table, String path) {
      if (table.columns().isEmpty()) {
        return;
      }
      var key = table.primaryKey();
      if (key.isEmpty()) {
        warning(path, "NO_PRIMARY_KEY", "table " + quoted(table.name()) + " has no primary key");
      } else {
        checkKeySize(key, path + ".columns", "the primary key");
      }
      var serials = 0;
      for (int j = 0; j < table.columns().size(); j++) {
        var column = table.columns().get(j);
        if (!column.type().isSerial() || !dialect.autoIncrementColumns()) {
          continue;
        }
        var columnPath = path + ".columns[" + j + "].type";
        if (++serials > 1) {
          error(
              columnPath,
              "MULTIPLE_AUTO_INCREMENT",
              "MySQL tables have at most one auto-increment (serial) column");
        } else if (!isMySqlKeyStart(table, column)) {
          error(
              columnPath,
              "AUTO_INCREMENT_NOT_KEY",
              "on MySQL an auto-increment (serial) column must be the first column of the primary"
                  + " key, unique, or the first column of an index");
        }
      }
      var ids = new HashSet<String>();
      for (int k = 0; k < table.indexes().size(); k++) {
        var index = table.indexes().get(k);
        var indexPath = path + ".indexes[" + k + "]";
        checkId(index.id(), ids, indexPath, "index");
        if (index.columnIds().isEmpty()) {
          error(
              indexPath + ".columnIds",
              "INDEX_WITHOUT_COLUMNS",
              "an index needs at least one column");
          continue;
        }
        var columns = new ArrayList<Column>();
        var seen = new HashSet<String>();
        for (int m = 0; m < index.columnIds().size(); m++) {
          var columnId = index.columnIds().get(m);
          var column = table.column(columnId);
          var columnPath = indexPath + ".columnIds[" + m + "]";
          if (column.isEmpty()) {
            error(
                columnPath,
                "INDEX_COLUMN_NOT_FOUND",
                "the table has no column with the id " + quoted(columnId));
          } else if (!seen.add(columnId)) {
            error(columnPath, "DUPLICATE_INDEX_COLUMN", "the index names this column twice");
          } else {
            columns.add(column.get());
            var mapped = dialect.map(column.get(), enumOfQuiet(column.get()));
            if (!mapped.keyable()) {
              error(columnPath, "TYPE_NOT_INDEXABLE", notKeyable(column.get(), mapped, "indexed"));
            }
          }
        }
        checkKeySize(columns, indexPath + ".columnIds", "the index");
      }
    }

    private boolean isMySqlKeyStart(Table table, Column column) {
      var key = table.primaryKey();
      if (!key.isEmpty() && key.get(0).id().equals(column.id())) {
        return true;
      }
      if (column.unique() && !column.primaryKey()) {
        return true;
      }
      return table.indexes().stream()
          .anyMatch(
              index ->
                  !index.columnIds().isEmpty() && index.columnIds().get(0).equals(column.id()));
    }

    private void checkKeySize(List<Column> columns, String path, String what) {
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
      var bytes = 0;
      for (var column : columns) {
        bytes += dialect.map(column, enumOfQuiet(column)).keyBytes();
      }
      checkKeyBytes(bytes, path);
    }

    private void checkKeyBytes(int bytes, String path) {
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

    private Option<EnumType> enumOfQuiet(Column column) {
      return column.enumId().flatMap(document::enumType);
    }

    /** Index names chosen by the user share one namespace with tables (and PostgreSQL types). */
    private void checkIndexNames() {
      var taken = new HashSet<String>();
      document.tables().forEach(table -> taken.add(dialect.fold(table.name())));
      if (dialect.enumsAreTypes()) {
        taken.addAll(enumNames);
      }
      for (int i = 0; i < document.tables().size(); i++) {
        var table = document.tables().get(i);
        for (int k = 0; k < table.indexes().size(); k++) {
          var index = table.indexes().get(k);
          var path = "tables[" + i + "].indexes[" + k + "].name";
          if (index.name().isEmpty()) {
            continue;
          }
          var name = index.name().get();
          if (dialect.reservedIndexName(name)) {
            error(
                path,
                "INVALID_NAME",
                engine.displayName() + " reserves the index name " + name.toUpperCase());
          } else if (checkName(name, path, "index", true) && !taken.add(dialect.fold(name))) {
            error(
                path, "DUPLICATE_NAME", quoted(name) + " is already the name of a table or index");
          }
        }
      }
    }

    // ------------------------------------------------------------------------------ relations

    private void checkRelations() {
      var ids = new HashSet<String>();
      for (int r = 0; r < document.relations().size(); r++) {
        var relation = document.relations().get(r);
        var path = "relations[" + r + "]";
        checkId(relation.id(), ids, path, "relation");
        var sourceTable = table(relation.sourceTableId(), path + ".sourceTableId");
        var targetTable = table(relation.targetTableId(), path + ".targetTableId");
        var source =
            sourceTable.flatMap(
                t -> column(t, relation.sourceColumnId(), path + ".sourceColumnId"));
        var target =
            targetTable.flatMap(
                t -> column(t, relation.targetColumnId(), path + ".targetColumnId"));
        if (source.isEmpty() || target.isEmpty()) {
          continue;
        }
        if (touchesTaintedTable(relation)) {
          continue;
        }
        if (relation.type() == RelationType.MANY_TO_MANY) {
          checkManyToMany(relation, sourceTable.get(), targetTable.get(), path);
        } else {
          checkForeignKey(
              relation, sourceTable.get(), source.get(), targetTable.get(), target.get(), path);
        }
      }
    }

    private boolean touchesTaintedTable(Relation relation) {
      if (taintedTables == null) {
        taintedTables = new HashSet<>();
        for (var path : tainted) {
          if (path.startsWith("tables[")) {
            var end = path.indexOf(']');
            taintedTables.add(Integer.parseInt(path.substring("tables[".length(), end)));
          }
        }
      }
      return taintedTables.contains(tableIndex.get(relation.sourceTableId()))
          || taintedTables.contains(tableIndex.get(relation.targetTableId()));
    }

    private Set<Integer> taintedTables;

    private void checkManyToMany(Relation relation, Table source, Table target, String path) {
      if (source.primaryKey().isEmpty()) {
        error(
            path + ".sourceTableId",
            "N_M_WITHOUT_PRIMARY_KEY",
            "an N:M relation joins primary keys, and " + quoted(source.name()) + " has none");
      }
      if (target.primaryKey().isEmpty()) {
        error(
            path + ".targetTableId",
            "N_M_WITHOUT_PRIMARY_KEY",
            "an N:M relation joins primary keys, and " + quoted(target.name()) + " has none");
      }
      checkSetNull(relation, path, false);
      relation.name().forEach(name -> checkName(name, path + ".name", "junction table", true));
    }

    private void checkForeignKey(
        Relation relation,
        Table sourceTable,
        Column source,
        Table targetTable,
        Column target,
        String path) {
      if (!isUnique(targetTable, target)) {
        error(
            path + ".targetColumnId",
            "FK_TARGET_NOT_UNIQUE",
            "a foreign key must reference a primary key or unique column; "
                + quoted(targetTable.name() + "." + target.name())
                + " is neither");
      }
      if (!compatible(source, target)) {
        error(
            path,
            "INCOMPATIBLE_TYPES",
            quoted(sourceTable.name() + "." + source.name())
                + " ("
                + describe(source)
                + ") cannot reference "
                + quoted(targetTable.name() + "." + target.name())
                + " ("
                + describe(target)
                + ")");
      }
      var mapped = dialect.map(source, enumOfQuiet(source));
      if (!mapped.keyable()) {
        error(
            path + ".sourceColumnId",
            "TYPE_NOT_INDEXABLE",
            notKeyable(source, mapped, "a foreign key"));
      } else {
        checkKeyBytes(mapped.keyBytes(), path + ".sourceColumnId");
      }
      checkSetNull(relation, path, source.nullable() && !source.primaryKey());
      if (dialect.refusesCascadeIntoNotNull()
          && relation.onUpdate().contains(ReferentialAction.CASCADE)
          && !(source.nullable() && !source.primaryKey())
          && target.nullable()
          && !target.primaryKey()) {
        error(
            path + ".onUpdate",
            "CASCADE_INTO_NOT_NULL",
            "on MySQL, ON UPDATE CASCADE from a NOT NULL column needs a NOT NULL referenced column"
                + " (the referenced value could become NULL)");
      }
      if (dialect.warnsUnindexedForeignKeys()
          && relation.type() == RelationType.ONE_TO_MANY
          && !leadsAnIndex(sourceTable, source)) {
        warning(
            path,
            "FK_WITHOUT_INDEX",
            "foreign-key column "
                + quoted(sourceTable.name() + "." + source.name())
                + " has no index; "
                + engine.displayName()
                + " does not create one (joins and deletes on "
                + quoted(targetTable.name())
                + " scan the table)");
      }
    }

    private void checkSetNull(Relation relation, String path, boolean nullable) {
      if (nullable) {
        return;
      }
      if (relation.onDelete().contains(ReferentialAction.SET_NULL)) {
        error(
            path + ".onDelete",
            "SET_NULL_ON_NOT_NULL",
            "ON DELETE SET NULL needs a nullable foreign-key column");
      }
      if (relation.onUpdate().contains(ReferentialAction.SET_NULL)) {
        error(
            path + ".onUpdate",
            "SET_NULL_ON_NOT_NULL",
            "ON UPDATE SET NULL needs a nullable foreign-key column");
      }
    }

    private boolean isUnique(Table table, Column column) {
      var key = table.primaryKey();
      if (key.size() == 1 && key.get(0).id().equals(column.id())) {
        return true;
      }
      if (column.unique() && !column.primaryKey()) {
        return true;
      }
      if (uniqueByOneToOne.contains(table.id() + "\u0000" + column.id()) && !column.primaryKey()) {
        return true;
      }
      return table.indexes().stream()
          .anyMatch(index -> index.unique() && index.columnIds().equals(List.of(column.id())));
    }

    private boolean leadsAnIndex(Table table, Column column) {
      var key = table.primaryKey();
      if (!key.isEmpty() && key.get(0).id().equals(column.id())) {
        return true;
      }
      return (column.unique() && !column.primaryKey())
          || table.indexes().stream()
              .anyMatch(
                  index ->
                      !index.columnIds().isEmpty() && index.columnIds().get(0).equals(column.id()));
    }

    private static boolean compatible(Column source, Column target) {
      var a = source.type().comparable();
      var b = target.type().comparable();
      if (a != b) {
        return false;
      }
      return switch (a) {
        case DECIMAL ->
            source.precision().equals(target.precision())
                && source.scale().getOrElse(0).equals(target.scale().getOrElse(0));
        case BIT, CHAR -> source.length().getOrElse(1).equals(target.length().getOrElse(1));
        case VARBIT -> source.length().equals(target.length());
        case VECTOR, HALFVEC, SPARSEVEC -> source.dimension().equals(target.dimension());
        case ENUM -> source.enumId().equals(target.enumId());
        default -> true;
      };
    }

    private Option<Table> table(String id, String path) {
      var index = tableIndex.get(id);
      if (index == null) {
        error(path, "RELATION_TABLE_NOT_FOUND", "no table has the id " + quoted(id));
        return Option.none();
      }
      return Option.of(document.tables().get(index));
    }

    private Option<Column> column(Table table, String id, String path) {
      var column = table.column(id);
      if (column.isEmpty()) {
        error(
            path,
            "RELATION_COLUMN_NOT_FOUND",
            "table " + quoted(table.name()) + " has no column with the id " + quoted(id));
      }
      return column;
    }

    // ---------------------------------------------------------------------------------- plan

    /** Engine limits that only the resolved tables show (junction tables, MySQL sizes). */
    void checkPlan(SchemaPlan plan) {
      for (var table : plan.tables()) {
        if (table.primaryKey().isDefined()
            && table.primaryKey().get().columns().size() > dialect.maxKeyColumns()) {
          error(
              table.path(),
              "TOO_MANY_KEY_COLUMNS",
              "the primary key of "
                  + quoted(table.name())
                  + " has more than "
                  + dialect.maxKeyColumns()
                  + " columns");
        }
        if (!dialect.limitsRowSize()) {
          continue;
        }
        var byName = new HashMap<String, SchemaPlan.PlannedColumn>();
        table.columns().forEach(column -> byName.put(column.name(), column));
        var rowBytes = 0;
        var inlineBytes = 5 + 13 + (table.primaryKey().isEmpty() ? 6 : 0);
        var nullable = 0;
        for (var column : table.columns()) {
          rowBytes += column.type().rowBytes();
          inlineBytes += column.type().inlineBytes();
          nullable += column.notNull() ? 0 : 1;
        }
        rowBytes += (nullable + 7) / 8;
        inlineBytes += (nullable + 7) / 8;
        if (rowBytes > MySqlDialect.MAX_ROW_BYTES) {
          error(
              table.path(),
              "ROW_TOO_LARGE",
              quoted(table.name())
                  + " rows take up to "
                  + rowBytes
                  + " bytes in utf8mb4; MySQL allows "
                  + MySqlDialect.MAX_ROW_BYTES
                  + " (use TEXT for long strings)");
        } else if (inlineBytes >= MySqlDialect.MAX_INLINE_RECORD_BYTES) {
          error(
              table.path(),
              "ROW_TOO_LARGE",
              quoted(table.name())
                  + " records need up to "
                  + inlineBytes
                  + " bytes inside an InnoDB page; at most "
                  + (MySqlDialect.MAX_INLINE_RECORD_BYTES - 1)
                  + " fit (use fewer or smaller columns)");
        }
        var keys =
            (table.primaryKey().isDefined() ? 1 : 0)
                + table.uniques().size()
                + table.indexes().size();
        var leading = new HashSet<String>();
        table.primaryKey().forEach(key -> leading.add(key.columns().get(0)));
        table.uniques().forEach(key -> leading.add(key.columns().get(0)));
        table.indexes().forEach(index -> leading.add(index.columns().get(0)));
        for (var foreignKey : table.foreignKeys()) {
          if (leading.add(foreignKey.columns().get(0))) {
            keys++;
          }
        }
        if (keys > MySqlDialect.MAX_INDEXES) {
          error(
              table.path(),
              "TOO_MANY_INDEXES",
              quoted(table.name())
                  + " needs "
                  + keys
                  + " indexes (keys, uniques and foreign keys);"
                  + " MySQL allows "
                  + MySqlDialect.MAX_INDEXES);
        }
        table
            .primaryKey()
            .forEach(
                key -> {
                  var bytes = 0;
                  for (var name : key.columns()) {
                    bytes += byName.get(name).type().keyBytes();
                  }
                  checkKeyBytes(bytes, table.path());
                });
      }
    }

    // -------------------------------------------------------------------------------- shared

    private void checkId(String id, Set<String> seen, String path, String what) {
      if (id.isBlank()) {
        error(path + ".id", "BLANK_ID", "a " + what + " needs an id");
      } else if (!seen.add(id)) {
        error(path + ".id", "DUPLICATE_ID", "another " + what + " also has the id " + quoted(id));
      }
    }

    /** Checks a name; true when it is usable (so duplicates can be looked for). */
    private boolean checkName(String name, String path, String what, boolean isIdentifier) {
      if (name.isBlank()) {
        error(path, "BLANK_NAME", "a " + what + " needs a name");
        return false;
      }
      if (!isIdentifier) {
        return true;
      }
      var problem = dialect.identifierProblem(name);
      if (problem.isDefined()) {
        error(
            path,
            problem.get().code(),
            "the " + what + " name " + quoted(abbreviate(name)) + " " + problem.get().message());
        return false;
      }
      var reserved = dialect.reservedPrefix();
      if (reserved.isDefined()
          && (what.equals("table") || what.equals("index") || what.equals("junction table"))
          && name.toLowerCase(java.util.Locale.ROOT).startsWith(reserved.get())) {
        error(
            path,
            "INVALID_NAME",
            engine.displayName()
                + " reserves names starting with "
                + reserved.get()
                + " for itself");
        return false;
      }
      return true;
    }

    private void checkComment(Option<String> comment, String path, Option<Integer> max) {
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

    private String notKeyable(Column column, MappedType mapped, String role) {
      return column.type().wireName()
          + (mapped.sql().equals(column.type().wireName()) ? "" : " (" + mapped.sql() + ")")
          + " columns cannot be "
          + role
          + " on "
          + engine.displayName()
          + (dialect.largeTypesNeedPrefix() ? " without a prefix length" : "");
    }

    private static String describe(Column column) {
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

    private static String abbreviate(String name) {
      return name.length() > 80 ? name.substring(0, 77) + "..." : name;
    }
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
