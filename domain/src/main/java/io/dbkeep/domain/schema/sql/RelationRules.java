package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Relations: ids, the tables and columns they join (every pair of a composite foreign key, each
 * column once), N:M relations joining primary keys, foreign keys referencing a key of a compatible
 * type, SET NULL on nullable columns; relations of tables that could not be read are skipped.
 */
final class RelationRules {

  private final ValidationRun run;

  RelationRules(ValidationRun run) {
    this.run = run;
  }

  void checkRelations() {
    var relations = run.document.relations();
    var ids = new HashSet<String>();
    var sources = new ArrayList<Column>();
    var targets = new ArrayList<Column>();
    for (int r = 0; r < relations.size(); r++) {
      var relation = relations.get(r);
      var path = "relations[" + r + "]";
      run.checkId(relation.id(), ids, path, "relation");
      var sourceTable = table(relation.sourceTableId(), path, ".sourceTableId");
      var targetTable = table(relation.targetTableId(), path, ".targetTableId");
      if (relation.type() == RelationType.MANY_TO_MANY && relation.isComposite()) {
        run.error(
            path + ".additionalColumns",
            "N_M_COMPOSITE",
            "an N:M relation joins both tables' whole primary keys through its junction table;"
                + " additionalColumns is only for 1:1 and 1:N foreign keys");
      }
      sources.clear();
      targets.clear();
      var resolved = true;
      var pairs = 1 + relation.additionalColumns().size();
      for (int p = 0; p < pairs; p++) {
        var pair = p == 0 ? null : relation.additionalColumns().get(p - 1);
        var source =
            sourceTable == null
                ? null
                : column(
                    sourceTable,
                    p == 0 ? relation.sourceColumnId() : pair.sourceColumnId(),
                    path,
                    p,
                    ".sourceColumnId");
        var target =
            targetTable == null
                ? null
                : column(
                    targetTable,
                    p == 0 ? relation.targetColumnId() : pair.targetColumnId(),
                    path,
                    p,
                    ".targetColumnId");
        resolved &= source != null && target != null;
        if (source != null) {
          sources.add(source);
        }
        if (target != null) {
          targets.add(target);
        }
      }
      if (!resolved) {
        continue;
      }
      if (relation.isComposite() && !distinctColumns(relation, path)) {
        continue;
      }
      if (touchesTaintedTable(relation)) {
        continue;
      }
      if (relation.type() == RelationType.MANY_TO_MANY) {
        checkManyToMany(relation, sourceTable, targetTable, path);
      } else if (relation.isComposite()) {
        checkCompositeForeignKey(relation, sourceTable, sources, targetTable, targets, path);
      } else {
        checkForeignKey(relation, sourceTable, sources.get(0), targetTable, targets.get(0), path);
      }
    }
  }

  /**
   * The table with {@code id}, or null after reporting it missing at {@code path + member}: the
   * path is built only then (every relation of every save is resolved here).
   */
  private Table table(String id, String path, String member) {
    var index = run.tableIndex.get(id);
    if (index == null) {
      run.error(path + member, "RELATION_TABLE_NOT_FOUND", "no table has the id " + quoted(id));
      return null;
    }
    return run.document.tables().get(index);
  }

  /** The column of pair {@code p} with {@code id}, or null after reporting it missing. */
  private Column column(Table table, String id, String path, int p, String member) {
    for (var column : table.columns()) {
      if (column.id().equals(id)) {
        return column;
      }
    }
    run.error(
        pairPath(path, p) + member,
        "RELATION_COLUMN_NOT_FOUND",
        "table " + quoted(table.name()) + " has no column with the id " + quoted(id));
    return null;
  }

  /**
   * Pair {@code p}'s source can reference its target (compatible types) and be a key: reports what
   * it cannot; the source's mapped type when it can be a key, else null.
   */
  private MappedType checkPair(
      String path, int p, Table sourceTable, Column source, Table targetTable, Column target) {
    if (!compatible(source, target)) {
      run.error(
          pairPath(path, p),
          "INCOMPATIBLE_TYPES",
          quoted(sourceTable.name() + "." + source.name())
              + " ("
              + run.describe(source)
              + ") cannot reference "
              + quoted(targetTable.name() + "." + target.name())
              + " ("
              + run.describe(target)
              + ")");
    }
    var mapped = run.map(source, run.enumOfQuiet(source));
    if (!mapped.keyable()) {
      run.error(
          pairPath(path, p) + ".sourceColumnId",
          "TYPE_NOT_INDEXABLE",
          run.notKeyable(source, mapped, "a foreign key"));
      return null;
    }
    return mapped;
  }

  /** The path of pair {@code p} (0: the relation's own first pair). */
  static String pairPath(String path, int p) {
    return p == 0 ? path : path + ".additionalColumns[" + (p - 1) + "]";
  }

  /** Reports a column used twice on either side; true when there is none. */
  private boolean distinctColumns(Relation relation, String path) {
    var pairs = relation.pairs();
    var seenSources = new HashSet<String>();
    var seenTargets = new HashSet<String>();
    var distinct = true;
    for (int p = 0; p < pairs.size(); p++) {
      var pair = pairs.get(p);
      if (!seenSources.add(pair.sourceColumnId())) {
        distinct = false;
        run.error(
            pairPath(path, p) + ".sourceColumnId",
            "DUPLICATE_RELATION_COLUMN",
            "the column " + quoted(pair.sourceColumnId()) + " is already in this foreign key");
      }
      if (!seenTargets.add(pair.targetColumnId())) {
        distinct = false;
        run.error(
            pairPath(path, p) + ".targetColumnId",
            "DUPLICATE_RELATION_COLUMN",
            "the referenced column "
                + quoted(pair.targetColumnId())
                + " is already in this foreign key");
      }
    }
    return distinct;
  }

  /**
   * A foreign key of several columns: the referenced columns, as a set, are the target's primary
   * key or a unique index (PostgreSQL requires exactly that, SQLite reports "foreign key mismatch"
   * otherwise); each pair's types are compatible; SET NULL needs every column nullable.
   */
  void checkCompositeForeignKey(
      Relation relation,
      Table sourceTable,
      List<Column> sources,
      Table targetTable,
      List<Column> targets,
      String path) {
    if (!isUniqueSet(targetTable, relation.targetColumnIds())) {
      run.error(
          path + ".targetColumnId",
          "FK_TARGET_NOT_UNIQUE",
          "a composite foreign key must reference exactly the primary key or a unique index; "
              + quoted(targetTable.name())
              + " has none over "
              + names(targets));
    }
    var keyable = true;
    for (int p = 0; p < sources.size(); p++) {
      if (checkPair(path, p, sourceTable, sources.get(p), targetTable, targets.get(p)) == null) {
        keyable = false;
      }
    }
    if (keyable) {
      run.checkKeySize(sources, path + ".additionalColumns", "the foreign key");
    }
    var allNullable = sources.stream().allMatch(c -> c.nullable() && !c.primaryKey());
    checkSetNull(relation, path, allNullable);
    if (run.dialect.refusesCascadeIntoNotNull()
        && relation.onUpdate().contains(ReferentialAction.CASCADE)) {
      for (int p = 0; p < sources.size(); p++) {
        var source = sources.get(p);
        var target = targets.get(p);
        if (!(source.nullable() && !source.primaryKey())
            && target.nullable()
            && !target.primaryKey()) {
          run.error(
              path + ".onUpdate",
              "CASCADE_INTO_NOT_NULL",
              "on MySQL, ON UPDATE CASCADE from a NOT NULL column needs a NOT NULL referenced"
                  + " column (the referenced value could become NULL)");
          break;
        }
      }
    }
    if (run.dialect.warnsUnindexedForeignKeys()
        && relation.type() == RelationType.ONE_TO_MANY
        && !leadsAnIndex(sourceTable, relation.sourceColumnIds())) {
      run.warning(
          path,
          "FK_WITHOUT_INDEX",
          "foreign-key columns "
              + names(sources)
              + " of "
              + quoted(sourceTable.name())
              + " lead no index; "
              + run.engine.displayName()
              + " does not create one (joins and deletes on "
              + quoted(targetTable.name())
              + " scan the table)");
    }
  }

  private static String names(List<Column> columns) {
    var result = new StringBuilder("(");
    for (var column : columns) {
      result.append(result.length() == 1 ? "" : ", ").append(quoted(column.name()));
    }
    return result.append(')').toString();
  }

  /**
   * Whether {@code columnIds}, as a set, are exactly {@code table}'s primary key, a unique index,
   * or the source columns of a 1:1 relation (which get a unique constraint).
   */
  boolean isUniqueSet(Table table, List<String> columnIds) {
    return uniqueKeyOver(table, columnIds).isDefined()
        || run.uniqueByOneToOne.contains(ValidationRun.setKey(table.id(), columnIds));
  }

  /**
   * The primary key or else the first unique index of {@code table} whose columns are, as a set,
   * exactly {@code columnIds}: its column ids in its own order.
   */
  static Option<List<String>> uniqueKeyOver(Table table, List<String> columnIds) {
    var wanted = new HashSet<>(columnIds);
    var key = new ArrayList<String>();
    table.primaryKey().forEach(column -> key.add(column.id()));
    if (key.size() == wanted.size() && new HashSet<>(key).equals(wanted)) {
      return Option.of(key);
    }
    for (var index : table.indexes()) {
      if (index.unique()
          && index.columnIds().size() == wanted.size()
          && new HashSet<>(index.columnIds()).equals(wanted)) {
        return Option.of(index.columnIds());
      }
    }
    return Option.none();
  }

  /** Whether the primary key or an index starts with {@code columnIds}, in any order. */
  boolean leadsAnIndex(Table table, List<String> columnIds) {
    var wanted = new HashSet<>(columnIds);
    var key = new ArrayList<String>();
    table.primaryKey().forEach(column -> key.add(column.id()));
    if (leads(key, wanted)) {
      return true;
    }
    return table.indexes().stream().anyMatch(index -> leads(index.columnIds(), wanted));
  }

  private static boolean leads(List<String> indexColumns, Set<String> wanted) {
    return indexColumns.size() >= wanted.size()
        && new HashSet<>(indexColumns.subList(0, wanted.size())).equals(wanted);
  }

  boolean touchesTaintedTable(Relation relation) {
    if (taintedTables == null) {
      taintedTables = new HashSet<>();
      for (var path : run.tainted) {
        if (path.startsWith("tables[")) {
          var end = path.indexOf(']');
          taintedTables.add(Integer.parseInt(path.substring("tables[".length(), end)));
        }
      }
    }
    return taintedTables.contains(run.tableIndex.get(relation.sourceTableId()))
        || taintedTables.contains(run.tableIndex.get(relation.targetTableId()));
  }

  private Set<Integer> taintedTables;

  void checkManyToMany(Relation relation, Table source, Table target, String path) {
    if (source.primaryKey().isEmpty()) {
      run.error(
          path + ".sourceTableId",
          "N_M_WITHOUT_PRIMARY_KEY",
          "an N:M relation joins primary keys, and " + quoted(source.name()) + " has none");
    }
    if (target.primaryKey().isEmpty()) {
      run.error(
          path + ".targetTableId",
          "N_M_WITHOUT_PRIMARY_KEY",
          "an N:M relation joins primary keys, and " + quoted(target.name()) + " has none");
    }
    checkSetNull(relation, path, false);
    relation.name().forEach(name -> run.checkName(name, path + ".name", "junction table", true));
  }

  void checkForeignKey(
      Relation relation,
      Table sourceTable,
      Column source,
      Table targetTable,
      Column target,
      String path) {
    if (!isUnique(targetTable, target)) {
      run.error(
          path + ".targetColumnId",
          "FK_TARGET_NOT_UNIQUE",
          "a foreign key must reference a primary key or unique column; "
              + quoted(targetTable.name() + "." + target.name())
              + " is neither");
    }
    var mapped = checkPair(path, 0, sourceTable, source, targetTable, target);
    if (mapped != null) {
      run.checkKeyBytes(mapped.keyBytes(), path + ".sourceColumnId");
    }
    checkSetNull(relation, path, source.nullable() && !source.primaryKey());
    if (run.dialect.refusesCascadeIntoNotNull()
        && relation.onUpdate().contains(ReferentialAction.CASCADE)
        && !(source.nullable() && !source.primaryKey())
        && target.nullable()
        && !target.primaryKey()) {
      run.error(
          path + ".onUpdate",
          "CASCADE_INTO_NOT_NULL",
          "on MySQL, ON UPDATE CASCADE from a NOT NULL column needs a NOT NULL referenced column"
              + " (the referenced value could become NULL)");
    }
    if (run.dialect.warnsUnindexedForeignKeys()
        && relation.type() == RelationType.ONE_TO_MANY
        && !leadsAnIndex(sourceTable, source)) {
      run.warning(
          path,
          "FK_WITHOUT_INDEX",
          // one concatenation (a PostgreSQL save warns about every such key): quoted(…) spelled out
          "foreign-key column \""
              + sourceTable.name()
              + "."
              + source.name()
              + "\" has no index; "
              + run.engine.displayName()
              + " does not create one (joins and deletes on \""
              + targetTable.name()
              + "\" scan the table)");
    }
  }

  void checkSetNull(Relation relation, String path, boolean nullable) {
    if (nullable) {
      return;
    }
    if (relation.onDelete().contains(ReferentialAction.SET_NULL)) {
      run.error(
          path + ".onDelete",
          "SET_NULL_ON_NOT_NULL",
          "ON DELETE SET NULL needs a nullable foreign-key column");
    }
    if (relation.onUpdate().contains(ReferentialAction.SET_NULL)) {
      run.error(
          path + ".onUpdate",
          "SET_NULL_ON_NOT_NULL",
          "ON UPDATE SET NULL needs a nullable foreign-key column");
    }
  }

  boolean isUnique(Table table, Column column) {
    if (isSoleKey(table, column)) {
      return true;
    }
    if (column.unique() && !column.primaryKey()) {
      return true;
    }
    if (run.uniqueByOneToOne.contains(table.id() + "\u0000" + column.id())
        && !column.primaryKey()) {
      return true;
    }
    for (var index : table.indexes()) {
      if (index.unique()
          && index.columnIds().size() == 1
          && index.columnIds().get(0).equals(column.id())) {
        return true;
      }
    }
    return false;
  }

  boolean leadsAnIndex(Table table, Column column) {
    var firstKey = firstKeyColumn(table);
    if (firstKey != null && firstKey.id().equals(column.id())) {
      return true;
    }
    if (column.unique() && !column.primaryKey()) {
      return true;
    }
    for (var index : table.indexes()) {
      if (!index.columnIds().isEmpty() && index.columnIds().get(0).equals(column.id())) {
        return true;
      }
    }
    return false;
  }

  /** The first primary-key column of {@code table}, or null: without copying the key. */
  static Column firstKeyColumn(Table table) {
    for (var column : table.columns()) {
      if (column.primaryKey()) {
        return column;
      }
    }
    return null;
  }

  /** Whether {@code column}'s id is that of the only primary-key column of {@code table}. */
  static boolean isSoleKey(Table table, Column column) {
    Column key = null;
    for (var each : table.columns()) {
      if (each.primaryKey()) {
        if (key != null) {
          return false;
        }
        key = each;
      }
    }
    return key != null && key.id().equals(column.id());
  }

  static boolean compatible(Column source, Column target) {
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
}
