package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's problems for a save's validation, without building the plan (ADR 0137). Every save
 * validates the whole document, and the plan's constraint names, SQL types, defaults and dependency
 * order serve only the DDL; its rules ({@link PlanRules}) need little of them:
 *
 * <ul>
 *   <li>junction tables are looked for as the plan does (the same {@link PlanBuilder} code, with
 *       the document's names reserved), only when there is an N:M relation;
 *   <li>a document table's primary-key width and, on MySQL, its row size, index count and key size
 *       are counted from the document;
 *   <li>a junction table is planned as the DDL plans it (it exists only for N:M relations).
 * </ul>
 *
 * <p>When any of the plan's rules finds a problem (the document is then invalid for the engine) the
 * whole plan is built and checked as the export checks it, so the problems come in the plan's
 * dependency order with the same messages. {@code ValidationMatchesExportTest} compares both on
 * random documents.
 */
final class PlanChecks {

  private final ValidationRun run;

  /** The columns that lead a key of the table being checked (MySQL): one set for every table. */
  private final SeenStrings leading = new SeenStrings();

  PlanChecks(ValidationRun run) {
    this.run = run;
  }

  /** The plan's problems, for a document without errors so far. */
  void check() {
    var document = run.document;
    var builder = new PlanBuilder(document, run.dialect, run.problems, run.tableIndex);
    List<PlanBuilder.Junction> junctions = List.of();
    if (hasManyToMany()) {
      builder.reserveDocumentNames();
      junctions = builder.junctions(); // adds the problems of clashing junction tables
      if (!run.hasNoErrors()) {
        return;
      }
    }
    var rowSizes = run.dialect.limitsRowSize();
    if (rowSizes) {
      builder.groupRelations();
    }
    var before = run.problems.size();
    var tables = document.tables();
    for (int i = 0; i < tables.size(); i++) {
      checkTable(builder, tables.get(i), i, rowSizes);
    }
    for (var junction : junctions) {
      run.plans.checkTable(builder.junctionTable(junction));
    }
    if (run.problems.size() > before) {
      // Rare (an invalid document): the plan orders these problems; build it as the export does.
      run.problems.subList(before, run.problems.size()).clear();
      run.plans.checkPlan(new PlanBuilder(document, run.dialect, new ArrayList<>()).build());
    }
  }

  private boolean hasManyToMany() {
    for (var relation : run.document.relations()) {
      if (relation.type() == RelationType.MANY_TO_MANY) {
        return true;
      }
    }
    return false;
  }

  /** What {@link PlanRules#checkTable} checks of the table the plan makes of {@code table}. */
  private void checkTable(PlanBuilder builder, Table table, int index, boolean rowSizes) {
    var keyColumns = 0;
    for (var column : table.columns()) {
      keyColumns += column.primaryKey() ? 1 : 0;
    }
    if (keyColumns > run.dialect.maxKeyColumns()) {
      run.plans.checkKeyColumns("tables[" + index + "]", table.name(), keyColumns);
    }
    if (!rowSizes) {
      return;
    }
    var size = new PlanRules.RowSize(keyColumns > 0);
    var keyBytes = keyColumns > 0 ? 0 : -1;
    var key = new ArrayList<Column>(keyColumns);
    for (var column : table.columns()) {
      var mapped = run.map(column, builder.enumOf(column));
      size.add(mapped, !column.nullable() || column.primaryKey() || column.type().isSerial());
      if (column.primaryKey()) {
        keyBytes += mapped.keyBytes();
        key.add(column);
      }
    }
    // the indexes: the primary key, each unique and index, and each foreign key whose first
    // column leads none of those (column ids stand for the names: both are unique in a table)
    var uniques = builder.uniqueKeys(table, key);
    var keys = (keyColumns > 0 ? 1 : 0) + uniques.size() + table.indexes().size();
    var leading = this.leading;
    leading.clear();
    if (!key.isEmpty()) {
      leading.add(key.get(0).id());
    }
    uniques.forEach(unique -> leading.add(unique.get(0)));
    table.indexes().forEach(tableIndex -> leading.add(tableIndex.columnIds().get(0)));
    for (var relation : builder.outgoing(table)) {
      var first =
          relation.isComposite()
              ? builder.foreignKeyPairs(relation).sourceIds().get(0)
              : relation.sourceColumnId();
      if (leading.add(first)) {
        keys++;
      }
    }
    run.plans.checkSizes("tables[" + index + "]", table.name(), size, keys, keyBytes);
  }
}
