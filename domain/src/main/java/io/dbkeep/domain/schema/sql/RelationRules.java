package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Relations: ids, the tables and columns they join, N:M relations joining primary keys, foreign
 * keys referencing a key of a compatible type, SET NULL on nullable columns; relations of tables
 * that could not be read are skipped.
 */
final class RelationRules {

  private final ValidationRun run;

  RelationRules(ValidationRun run) {
    this.run = run;
  }

  void checkRelations() {
    var ids = new HashSet<String>();
    for (int r = 0; r < run.document.relations().size(); r++) {
      var relation = run.document.relations().get(r);
      var path = "relations[" + r + "]";
      run.checkId(relation.id(), ids, path, "relation");
      var sourceTable = run.table(relation.sourceTableId(), path + ".sourceTableId");
      var targetTable = run.table(relation.targetTableId(), path + ".targetTableId");
      var source =
          sourceTable.flatMap(
              t -> run.column(t, relation.sourceColumnId(), path + ".sourceColumnId"));
      var target =
          targetTable.flatMap(
              t -> run.column(t, relation.targetColumnId(), path + ".targetColumnId"));
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
    if (!compatible(source, target)) {
      run.error(
          path,
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
    var mapped = run.dialect.map(source, run.enumOfQuiet(source));
    if (!mapped.keyable()) {
      run.error(
          path + ".sourceColumnId",
          "TYPE_NOT_INDEXABLE",
          run.notKeyable(source, mapped, "a foreign key"));
    } else {
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
          "foreign-key column "
              + quoted(sourceTable.name() + "." + source.name())
              + " has no index; "
              + run.engine.displayName()
              + " does not create one (joins and deletes on "
              + quoted(targetTable.name())
              + " scan the table)");
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
    var key = table.primaryKey();
    if (key.size() == 1 && key.get(0).id().equals(column.id())) {
      return true;
    }
    if (column.unique() && !column.primaryKey()) {
      return true;
    }
    if (run.uniqueByOneToOne.contains(table.id() + "\u0000" + column.id())
        && !column.primaryKey()) {
      return true;
    }
    return table.indexes().stream()
        .anyMatch(index -> index.unique() && index.columnIds().equals(List.of(column.id())));
  }

  boolean leadsAnIndex(Table table, Column column) {
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
