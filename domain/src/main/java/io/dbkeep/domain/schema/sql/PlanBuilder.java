package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckParser;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedCheck;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedColumn;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedEnum;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedForeignKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedIndex;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedKey;
import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Resolves a document that passed the document checks into a {@link SchemaPlan} for one engine:
 * junction tables for N:M relations, every constraint and index name, types, defaults, and the
 * order tables are created in. Problems only visible here (junction tables that clash) are added.
 */
final class PlanBuilder {

  private final SchemaDocument document;
  private final Dialect dialect;
  private final Engine engine;
  private final List<Problem> problems;
  private final NameRegistry names;
  private final Map<String, Integer> tableIndex;
  private final Set<String> oneToOneSources = new HashSet<>();
  private final Map<String, List<Relation>> compositeOneToOnes = new HashMap<>();
  private final Map<String, List<Relation>> bySource = new HashMap<>();

  /** An N:M relation that gets a junction table. */
  record Junction(int relationIndex, Relation relation, String name) {}

  PlanBuilder(SchemaDocument document, Dialect dialect, List<Problem> problems) {
    this(document, dialect, problems, new HashMap<>());
    indexTables();
  }

  /**
   * A builder that finds tables by {@code tableIndex} (each table's index by id, as {@link
   * ValidationRun#tableIndex} has it for a document without errors) instead of indexing them again.
   */
  PlanBuilder(
      SchemaDocument document,
      Dialect dialect,
      List<Problem> problems,
      Map<String, Integer> tableIndex) {
    this.tableIndex = tableIndex;
    this.document = document;
    this.dialect = dialect;
    this.engine = dialect.engine();
    this.problems = problems;
    this.names = new NameRegistry(dialect);
  }

  SchemaPlan build() {
    reserveDocumentNames();
    groupRelations();
    var junctions = junctions();
    var tables = document.tables();
    var planned = new ArrayList<PlannedTable>(tables.size() + junctions.size());
    for (int i = 0; i < tables.size(); i++) {
      var table = tables.get(i);
      planned.add(table(table, "tables[" + i + "]", bySource.getOrDefault(table.id(), List.of())));
    }
    var dependencies = new ArrayList<List<Integer>>(tables.size() + junctions.size());
    for (int i = 0; i < tables.size(); i++) {
      var targets = new ArrayList<Integer>();
      for (var relation : bySource.getOrDefault(tables.get(i).id(), List.of())) {
        targets.add(tableIndex.get(relation.targetTableId()));
      }
      dependencies.add(targets);
    }
    for (var junction : junctions) {
      planned.add(junctionTable(junction));
      dependencies.add(
          List.of(
              tableIndex.get(junction.relation().sourceTableId()),
              tableIndex.get(junction.relation().targetTableId())));
    }
    var enums = new ArrayList<PlannedEnum>();
    if (dialect.enumsAreTypes()) {
      document.enums().forEach(type -> enums.add(new PlannedEnum(type.name(), type.values())));
    }
    var usesVector = dialect.vectorsNeedExtension() && hasVectorColumn(tables);
    return new SchemaPlan(enums, inDependencyOrder(planned, dependencies), usesVector);
  }

  /** Each table's index by id. */
  private void indexTables() {
    var tables = document.tables();
    for (int i = 0; i < tables.size(); i++) {
      tableIndex.put(tables.get(i).id(), i);
    }
  }

  /**
   * Takes the names the document chooses (tables, enum types where they are types, indexes,
   * checks), so junction tables and generated names keep away from them.
   */
  void reserveDocumentNames() {
    var tables = document.tables();
    for (var table : tables) {
      names.reserve(table.name());
    }
    if (dialect.enumsAreTypes()) {
      document.enums().forEach(type -> names.reserve(type.name()));
    }
    for (var table : tables) {
      table.indexes().forEach(index -> index.name().forEach(names::reserve));
      // Check names may repeat across tables where the engine allows it (PostgreSQL): reserving
      // them only keeps generated names away from them.
      table.checks().forEach(check -> check.name().forEach(names::reserve));
    }
  }

  /** The foreign keys of each table, and which of them are 1:1 (they add a unique constraint). */
  void groupRelations() {
    for (var relation : document.relations()) {
      if (relation.type() == RelationType.MANY_TO_MANY) {
        continue;
      }
      bySource.computeIfAbsent(relation.sourceTableId(), id -> new ArrayList<>()).add(relation);
      if (relation.type() == RelationType.ONE_TO_ONE && relation.isComposite()) {
        compositeOneToOnes
            .computeIfAbsent(relation.sourceTableId(), id -> new ArrayList<>())
            .add(relation);
      } else if (relation.type() == RelationType.ONE_TO_ONE) {
        oneToOneSources.add(relation.sourceTableId() + "\u0000" + relation.sourceColumnId());
      }
    }
  }

  /** The foreign keys {@code table} declares, in document order (after {@link #groupRelations}). */
  List<Relation> outgoing(Table table) {
    return bySource.getOrDefault(table.id(), List.of());
  }

  private static boolean hasVectorColumn(List<Table> tables) {
    for (var table : tables) {
      for (var column : table.columns()) {
        if (column.type().isVector()) {
          return true;
        }
      }
    }
    return false;
  }

  List<Junction> junctions() {
    var result = new ArrayList<Junction>();
    var junctionNames = new HashSet<String>();
    for (int r = 0; r < document.relations().size(); r++) {
      var relation = document.relations().get(r);
      if (relation.type() != RelationType.MANY_TO_MANY) {
        continue;
      }
      var path = "relations[" + r + "]";
      var source = table(relation.sourceTableId());
      var target = table(relation.targetTableId());
      var name =
          relation.name().isDefined() && !relation.name().get().isBlank()
              ? relation.name().get()
              : dialect.shorten(source.name() + "_" + target.name());
      var key = dialect.fold(name);
      var existing =
          document.tables().stream().filter(t -> dialect.fold(t.name()).equals(key)).findFirst();
      if (existing.isPresent()) {
        problems.add(
            Problem.warning(
                path,
                "N_M_JUNCTION_EXISTS",
                "table \""
                    + existing.get().name()
                    + "\" already exists; it is taken as this N:M relation's junction table and"
                    + " none is generated"));
      } else if (!junctionNames.add(key)) {
        problems.add(
            Problem.error(
                relation.name().isDefined() ? path + ".name" : path,
                "DUPLICATE_JUNCTION",
                "another N:M relation already creates the junction table \""
                    + name
                    + "\"; give this relation a name to name its junction table"));
      } else if (!names.reserve(name)) {
        problems.add(
            Problem.error(
                relation.name().isDefined() ? path + ".name" : path,
                "DUPLICATE_NAME",
                "the junction table name \""
                    + name
                    + "\" is already the name of an index or type"));
      } else if (dialect.reservedPrefix().exists(prefix -> name.toLowerCase().startsWith(prefix))) {
        problems.add(
            Problem.error(
                path,
                "INVALID_NAME",
                engine.displayName()
                    + " reserves names starting with "
                    + dialect.reservedPrefix().get()
                    + " for itself"));
      } else {
        result.add(new Junction(r, relation, name));
      }
    }
    return result;
  }

  private PlannedTable table(Table table, String path, List<Relation> outgoing) {
    var key = table.primaryKey();
    var inlineKey =
        dialect.autoIncrementOnlyAsSoleKey() && key.size() == 1 && key.get(0).type().isSerial();
    var columns = new ArrayList<PlannedColumn>(table.columns().size());
    for (var column : table.columns()) {
      columns.add(column(table, column, inlineKey && column.primaryKey()));
    }
    Option<PlannedKey> primaryKey =
        key.isEmpty()
            ? Option.none()
            : Option.of(new PlannedKey(names.allocate("pk_" + table.name()), columnNames(key)));
    var uniques = new ArrayList<PlannedKey>();
    for (var columnIds : uniqueKeys(table, key)) {
      var uniqueNames = columnNames(table, columnIds);
      uniques.add(
          new PlannedKey(
              names.allocate("uq_" + table.name() + "_" + String.join("_", uniqueNames)),
              uniqueNames));
    }
    var indexes = new ArrayList<PlannedIndex>();
    for (var index : table.indexes()) {
      var indexColumns = new ArrayList<String>();
      index.columnIds().forEach(id -> indexColumns.add(table.column(id).get().name()));
      var name =
          index
              .name()
              .getOrElse(
                  () ->
                      names.allocate(
                          (index.unique() ? "ux_" : "ix_")
                              + table.name()
                              + "_"
                              + String.join("_", indexColumns)));
      indexes.add(new PlannedIndex(name, indexColumns, index.unique()));
    }
    var foreignKeys = new ArrayList<PlannedForeignKey>();
    for (var relation : outgoing) {
      var target = table(relation.targetTableId());
      var pairs = foreignKeyPairs(relation);
      var sourceNames = columnNames(table, pairs.sourceIds());
      foreignKeys.add(
          new PlannedForeignKey(
              names.allocate("fk_" + table.name() + "_" + String.join("_", sourceNames)),
              sourceNames,
              target.name(),
              columnNames(target, pairs.targetIds()),
              relation.onDelete(),
              relation.onUpdate()));
    }
    return new PlannedTable(
        table.id(),
        path,
        table.name(),
        table.comment(),
        columns,
        primaryKey,
        uniques,
        indexes,
        foreignKeys,
        checks(table));
  }

  /**
   * The column ids of each unique constraint {@code table} gets besides its primary key, in the
   * plan's order: unique columns and sources of 1:1 relations (unless the column is the whole
   * primary key), then the source columns of composite 1:1 relations that no key covers yet.
   */
  List<List<String>> uniqueKeys(Table table, List<Column> key) {
    var uniques = new ArrayList<List<String>>();
    for (var column : table.columns()) {
      var soleKey = key.size() == 1 && column.primaryKey();
      var unique =
          (column.unique() && !column.primaryKey())
              || (!oneToOneSources.isEmpty()
                  && oneToOneSources.contains(table.id() + "\u0000" + column.id()));
      if (unique && !soleKey) {
        uniques.add(List.of(column.id()));
      }
    }
    var oneToOnes = compositeOneToOnes.getOrDefault(table.id(), List.of());
    var uniqueSets = oneToOnes.isEmpty() ? Set.<Set<String>>of() : new HashSet<Set<String>>();
    for (var oneToOne : oneToOnes) {
      var sourceIds = uniqueOrder(oneToOne);
      if (RelationRules.uniqueKeyOver(table, sourceIds).isEmpty()
          && uniqueSets.add(new HashSet<>(sourceIds))) {
        uniques.add(sourceIds);
      }
    }
    return uniques;
  }

  /** A foreign key's column ids, source and referenced, in the order its DDL lists them. */
  record KeyPairs(List<String> sourceIds, List<String> targetIds) {}

  /**
   * The column ids of {@code relation}'s foreign key as written: on an engine that {@link
   * Dialect#referencesInKeyOrder() references in key order} a composite key follows the referenced
   * key's order.
   */
  KeyPairs foreignKeyPairs(Relation relation) {
    var sourceIds = relation.sourceColumnIds();
    var targetIds = relation.targetColumnIds();
    if (relation.isComposite() && dialect.referencesInKeyOrder()) {
      var order = keyOrder(table(relation.targetTableId()), targetIds);
      sourceIds = inOrder(sourceIds, targetIds, order);
      targetIds = order;
    }
    return new KeyPairs(sourceIds, targetIds);
  }

  /** The table's checks in the engine's spelling; unnamed ones get {@code chk_<table>_<n>}. */
  private List<PlannedCheck> checks(Table table) {
    var checks = new ArrayList<PlannedCheck>(table.checks().size());
    for (int k = 0; k < table.checks().size(); k++) {
      var check = table.checks().get(k);
      var name =
          check.name().isDefined()
              ? check.name().get()
              : names.allocate("chk_" + table.name() + "_" + (k + 1));
      checks.add(
          new PlannedCheck(
              check.id(), name, dialect.checkSql(CheckParser.parse(check.expression()).get())));
    }
    return checks;
  }

  private PlannedColumn column(Table table, Column column, boolean inlineKey) {
    var enumType = enumOf(column);
    var mapped = dialect.map(column, enumType);
    var defaultSql =
        column
            .defaultValue()
            .filter(text -> !text.isBlank())
            .map(
                text ->
                    DefaultRules.render(DefaultValue.parse(text).get(), column, mapped, dialect));
    var autoIncrement = column.type().isSerial() && (dialect.autoIncrementColumns() || inlineKey);
    Option<PlannedKey> check = Option.none();
    if (dialect.enumsAsCheck() && column.type() == ColumnType.ENUM) {
      var values = new StringBuilder();
      for (var value : enumType.get().values()) {
        values.append(values.length() == 0 ? "" : ", ").append(dialect.literal(value));
      }
      check =
          Option.of(
              new PlannedKey(
                  names.allocate("ck_" + table.name() + "_" + column.name()),
                  List.of(dialect.quote(column.name()) + " IN (" + values + ")")));
    }
    var notNull = !column.nullable() || column.primaryKey() || column.type().isSerial();
    return new PlannedColumn(
        column.id(),
        column.name(),
        mapped,
        notNull,
        defaultSql,
        autoIncrement,
        check,
        column.comment());
  }

  PlannedTable junctionTable(Junction junction) {
    var relation = junction.relation();
    var source = table(relation.sourceTableId());
    var target = table(relation.targetTableId());
    var local = new NameRegistry(dialect);
    var columns = new ArrayList<PlannedColumn>();
    var sourceColumns = junctionColumns("source:", source, local, columns);
    var targetColumns = junctionColumns("target:", target, local, columns);
    var all = new ArrayList<>(sourceColumns);
    all.addAll(targetColumns);
    var onDelete = relation.onDelete().orElse(Option.of(ReferentialAction.CASCADE));
    var name = junction.name();
    var foreignKeys =
        List.of(
            new PlannedForeignKey(
                names.allocate("fk_" + name + "_" + source.name()),
                sourceColumns,
                source.name(),
                columnNames(source.primaryKey()),
                onDelete,
                relation.onUpdate()),
            new PlannedForeignKey(
                names.allocate("fk_" + name + "_" + target.name()),
                targetColumns,
                target.name(),
                columnNames(target.primaryKey()),
                onDelete,
                relation.onUpdate()));
    return new PlannedTable(
        "relation:" + relation.id(),
        "relations[" + junction.relationIndex() + "]",
        name,
        Option.none(),
        columns,
        Option.of(new PlannedKey(names.allocate("pk_" + name), all)),
        List.of(),
        List.of(),
        foreignKeys,
        List.of());
  }

  /** Columns referencing {@code table}'s primary key: {@code <table>_<column>}, NOT NULL. */
  private List<String> junctionColumns(
      String side, Table table, NameRegistry local, List<PlannedColumn> columns) {
    var result = new ArrayList<String>();
    for (var key : table.primaryKey()) {
      var column =
          new Column(
              key.id(),
              key.name(),
              key.type().withoutAutoIncrement(),
              true,
              false,
              false,
              Option.none(),
              key.length(),
              key.precision(),
              key.scale(),
              key.dimension(),
              key.enumId(),
              Option.none(),
              key.extra());
      var name = local.allocate(table.name() + "_" + key.name());
      columns.add(
          new PlannedColumn(
              side + key.id(),
              name,
              dialect.map(column, enumOf(column)),
              true,
              Option.none(),
              false,
              Option.none(),
              Option.none()));
      result.add(name);
    }
    return result;
  }

  /**
   * Tables ordered so each comes after the tables it references (self references and cycles aside);
   * among tables free to go, document order first, junction tables last.
   */
  private static List<PlannedTable> inDependencyOrder(
      List<PlannedTable> tables, List<List<Integer>> dependencies) {
    var count = tables.size();
    var waitingOn = new int[count];
    var dependents = new ArrayList<List<Integer>>(count);
    for (int i = 0; i < count; i++) {
      dependents.add(new ArrayList<>());
    }
    for (int i = 0; i < count; i++) {
      var targets = dependencies.get(i);
      for (int t = 0; t < targets.size(); t++) {
        var target = targets.get(t);
        // each distinct target once (a table has few); the order does not matter: i joins each
        // target's dependents once, and in increasing i
        if (target != i && targets.indexOf(target) == t) {
          waitingOn[i]++;
          dependents.get(target).add(i);
        }
      }
    }
    var ready = new PriorityQueue<Integer>();
    var remaining = new java.util.TreeSet<Integer>();
    for (int i = 0; i < count; i++) {
      remaining.add(i);
      if (waitingOn[i] == 0) {
        ready.add(i);
      }
    }
    var ordered = new ArrayList<PlannedTable>(count);
    while (!remaining.isEmpty()) {
      if (ready.isEmpty()) {
        ready.add(remaining.first()); // a cycle: break it at the earliest table
      }
      var next = ready.poll();
      if (!remaining.remove(next)) {
        continue;
      }
      ordered.add(tables.get(next));
      for (var dependent : dependents.get(next)) {
        if (--waitingOn[dependent] == 0 && remaining.contains(dependent)) {
          ready.add(dependent);
        }
      }
    }
    return ordered;
  }

  private Table table(String id) {
    return document.tables().get(tableIndex.get(id));
  }

  Option<EnumType> enumOf(Column column) {
    return column.type() == ColumnType.ENUM
        ? column.enumId().flatMap(document::enumType)
        : Option.none();
  }

  /**
   * The order of the unique key {@code targetIds} are, as a set: the primary key, a unique index or
   * the unique constraint of a composite 1:1 relation; {@code targetIds} as they are otherwise.
   */
  private List<String> keyOrder(Table target, List<String> targetIds) {
    var key = RelationRules.uniqueKeyOver(target, targetIds);
    if (key.isDefined()) {
      return key.get();
    }
    var wanted = new HashSet<>(targetIds);
    for (var oneToOne : compositeOneToOnes.getOrDefault(target.id(), List.of())) {
      var sourceIds = oneToOne.sourceColumnIds();
      if (sourceIds.size() == wanted.size() && new HashSet<>(sourceIds).equals(wanted)) {
        return uniqueOrder(oneToOne);
      }
    }
    return targetIds;
  }

  /**
   * The column order of the unique constraint a composite 1:1 relation adds: its source columns, on
   * an engine that {@link Dialect#referencesInKeyOrder() references in key order} in the order its
   * own foreign key is written (so the constraint and the key list the same columns alike).
   */
  private List<String> uniqueOrder(Relation oneToOne) {
    var sourceIds = oneToOne.sourceColumnIds();
    if (!dialect.referencesInKeyOrder()) {
      return sourceIds;
    }
    var targetIds = oneToOne.targetColumnIds();
    var key = RelationRules.uniqueKeyOver(table(oneToOne.targetTableId()), targetIds);
    return key.isEmpty() ? sourceIds : inOrder(sourceIds, targetIds, key.get());
  }

  /** {@code sourceIds} reordered as {@code targetIds} are in {@code order}. */
  private static List<String> inOrder(
      List<String> sourceIds, List<String> targetIds, List<String> order) {
    var result = new ArrayList<String>(order.size());
    for (var targetId : order) {
      result.add(sourceIds.get(targetIds.indexOf(targetId)));
    }
    return result;
  }

  private static List<String> columnNames(Table table, List<String> columnIds) {
    var result = new ArrayList<String>(columnIds.size());
    columnIds.forEach(id -> result.add(table.column(id).get().name()));
    return result;
  }

  private static List<String> columnNames(List<Column> columns) {
    var result = new ArrayList<String>(columns.size());
    columns.forEach(column -> result.add(column.name()));
    return result;
  }
}
